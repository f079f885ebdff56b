def site = new File(basedir, 'target/site')

// maven-site-plugin's own page, with the menu entry that leads to the Q&A site
def home = new File(site, 'index.html')
assert home.isFile() : "maven-site-plugin wrote no index.html: ${site.list()}"
assert home.text.contains('href="qadocs/index.html"')

// the Q&A site, whole, in its folder
def qa = new File(site, 'qadocs')
assert new File(qa, '.qadocs-output').isFile()
assert new File(qa, 'index.html').isFile() : "no Q&A home page in ${qa.list()}"
assert new File(qa, 'basics.html').text.contains('Where does mvn site put the questions?')
assert !site.list().any { it.contains('.staging-') } : "staging folder left behind: ${site.list()}"
return true
