// Runs before the page paints (a blocking script in <head>, not inline, so the
// Content-Security-Policy needs no 'unsafe-inline'): applies the reader's saved theme so a
// dark-mode reader never sees a flash of the light theme. No saved choice: follow the system.
try {
  var saved = localStorage.getItem('theme');
  if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
} catch (e) {
  /* storage blocked: follow the system setting */
}
