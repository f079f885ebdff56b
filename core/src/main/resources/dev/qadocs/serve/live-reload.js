// qadocs preview: reloads the page when the site is rebuilt, and shows build problems over it.
// Served by `qadocs:serve` only; built sites never contain it.
(function () {
  'use strict';
  var script = document.currentScript;
  var servedGeneration = script.getAttribute('data-generation');
  var overlay = null;

  function hideProblems() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  // Diagnostics are text from the author's files: built with textContent only, never parsed as HTML.
  function showProblems(problems) {
    hideProblems();
    overlay = document.createElement('div');
    overlay.id = 'qadocs-problems';
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;' +
      'background:rgba(20,20,24,.94);color:#f4f4f5;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace';
    var title = document.createElement('h2');
    title.textContent = 'qadocs: the last change does not build; the page below is the last good one';
    title.style.cssText = 'margin:0 0 1rem;font-size:16px;color:#fca5a5';
    overlay.appendChild(title);
    var list = document.createElement('pre');
    list.style.cssText = 'margin:0;white-space:pre-wrap';
    list.textContent = problems.join('\n');
    overlay.appendChild(list);
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Dismiss';
    close.style.cssText = 'margin-top:1rem';
    close.addEventListener('click', hideProblems);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }

  var events = new EventSource(script.getAttribute('data-events'));
  events.addEventListener('state', function (event) {
    var state = JSON.parse(event.data);
    if (state.generation !== servedGeneration) {
      location.reload();
    } else if (state.problems.length > 0) {
      showProblems(state.problems);
    } else {
      hideProblems();
    }
  });
}());
