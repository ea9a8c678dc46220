// Runs before the first paint (async and render-blocking in <head>, not inline, so the
// Content-Security-Policy needs no 'unsafe-inline' and the stylesheets load alongside it): applies
// the reader's saved theme, so a dark-mode reader never sees a flash of the light theme (no saved
// choice: the system setting applies, in CSS), and marks the page as scripted, which shows the
// controls that need JavaScript from the first paint instead of moving the page when they appear.
document.documentElement.dataset.js = '';
try {
  var saved = localStorage.getItem('theme');
  if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
} catch (e) {
  /* storage blocked: follow the system setting */
}
