package dev.qadocs.maven;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/** The built plugin jar as a user's Maven and IDE see it: its files, and the goals of its {@code plugin.xml}. */
final class PluginDescriptor {

    /** One configurable parameter of a goal, as the descriptor (and so the goals reference) describes it. */
    record Parameter(String goal, String name, String type, String description, Optional<String> property,
                     Optional<String> defaultValue) {
    }

    private PluginDescriptor() {
    }

    static Path jar() {
        return Path.of(System.getProperty("qadocs.pluginJar"));
    }

    /** A file of the jar, parsed; fails the test naming the file when the jar lacks it. */
    static Document xml(String entry) throws IOException {
        try (JarFile jar = new JarFile(jar().toFile())) {
            ZipEntry found = jar.getEntry(entry);
            if (found == null) {
                throw new AssertionError(jar() + " has no " + entry);
            }
            try (InputStream in = jar.getInputStream(found)) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return factory.newDocumentBuilder().parse(in);
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError(entry + " in " + jar() + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Every goal the plugin declares, in descriptor order. */
    static List<String> goals() throws IOException {
        List<String> goals = new ArrayList<>();
        for (Element mojo : children(xml("META-INF/maven/plugin.xml").getDocumentElement(), "mojos", "mojo")) {
            goals.add(text(mojo, "goal"));
        }
        return goals;
    }

    /** The parameters a user can set ({@code editable}), of every goal. */
    static List<Parameter> parameters() throws IOException {
        List<Parameter> parameters = new ArrayList<>();
        for (Element mojo : children(xml("META-INF/maven/plugin.xml").getDocumentElement(), "mojos", "mojo")) {
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            for (Element parameter : children(mojo, "parameters", "parameter")) {
                if (!"true".equals(text(parameter, "editable"))) {
                    continue;
                }
                String name = text(parameter, "name");
                Optional<Element> value = children(configuration, name).stream().findFirst();
                parameters.add(new Parameter(text(mojo, "goal"), name, text(parameter, "type"),
                        text(parameter, "description"),
                        value.map(Element::getTextContent).filter(v -> v.matches("\\$\\{[^}]+}"))
                                .map(v -> v.substring(2, v.length() - 1)),
                        value.map(v -> v.getAttribute("default-value")).filter(v -> !v.isEmpty())));
            }
        }
        return parameters;
    }

    /** The elements reached from {@code parent} by the path of child names. */
    static List<Element> children(Element parent, String... path) {
        List<Element> level = parent == null ? List.of() : List.of(parent);
        for (String name : path) {
            List<Element> next = new ArrayList<>();
            for (Element element : level) {
                NodeList nodes = element.getChildNodes();
                for (int i = 0; i < nodes.getLength(); i++) {
                    if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
                        next.add((Element) nodes.item(i));
                    }
                }
            }
            level = next;
        }
        return level;
    }

    static String text(Element parent, String child) {
        return children(parent, child).stream().findFirst().map(e -> e.getTextContent().strip()).orElse("");
    }
}
