/* Runs before first paint (a blocking script, not deferred, so the page never shows in the wrong theme): applies the
   reader's saved theme and study mode. A file rather than inline code, so a Content-Security-Policy of 'self' allows it. */
(function (root) {
  try {
    var theme = localStorage.getItem('qadocs-theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    if (localStorage.getItem('qadocs-study') === 'on') root.setAttribute('data-qd-study', '');
  } catch (e) { /* storage disabled: the reader's system setting applies */ }
})(document.documentElement);
