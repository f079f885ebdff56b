assert !new File(basedir, 'pom.xml').exists()
def site = new File(basedir, 'built-site')
assert new File(site, '.qadocs-output').isFile() : "no site in ${basedir.list()}"
assert new File(site, 'basics.html').text.contains('What does a build without a pom need?')
assert new File(site, 'index.html').isFile()
return true
