package dev.qadocs.serve;

import java.net.BindException;

/** The preview's port is taken: most often another preview still running. The message names the port. */
public final class PortInUseException extends BindException {

    private final int port;

    PortInUseException(String host, int port, BindException cause) {
        super("port " + port + " on " + host + " is already in use (another preview still running?); "
                + "stop it or choose another port");
        initCause(cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
