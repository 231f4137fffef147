// Applies the reader's stored theme before first paint. Loaded as a tiny blocking external
// script (no inline script: the site runs under `script-src 'self'`). Key: src/lib/theme.ts.
(function () {
  var stored = null;
  try {
    stored = window.localStorage.getItem('paper-atlas-theme');
  } catch (error) {
    // Storage is blocked (private mode, disabled cookies): the system preference applies.
    stored = null;
  }
  if (stored === 'light' || stored === 'dark') document.documentElement.setAttribute('data-theme', stored);
})();
