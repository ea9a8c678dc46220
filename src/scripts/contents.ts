/**
 * A chapter's contents: open beside the text on wide screens, collapsed into a bar on narrow ones;
 * marks the section being read in the list and names it in the bar; closes the bar's list once a
 * section is chosen. Also keeps --header-h equal to the sticky header's real height, so what
 * sticks below it, and jumps to anchors, stay clear of it whatever the fonts and the width.
 */
const wide = matchMedia('(min-width: 72rem)');
const header = document.querySelector<HTMLElement>('.site-header');

if (header) {
  new ResizeObserver(() => {
    // Unrounded: the header's own min-height is this value, so rounding would move the page.
    document.documentElement.style.setProperty('--header-h', `${header.getBoundingClientRect().height}px`);
  }).observe(header);
}

for (const details of document.querySelectorAll<HTMLDetailsElement>('.toc details')) {
  const sync = (): void => {
    details.open = wide.matches;
  };
  sync();
  wide.addEventListener('change', sync);

  const current = details.querySelector<HTMLElement>('[data-toc-current]');
  const links = [...details.querySelectorAll<HTMLAnchorElement>('ol a')];
  const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));

  // The section being read is the last whose heading has passed a line a third of the way down
  // the screen below what sticks at the top (the header, and on a narrow screen the bar); none
  // before the first heading.
  const bar = details.closest<HTMLElement>('.side');
  let shown = -2;
  const update = (): void => {
    const covered = wide.matches || !bar ? (header?.getBoundingClientRect().bottom ?? 0) : bar.getBoundingClientRect().bottom;
    const line = covered + (innerHeight - covered) / 3;
    let index = -1;
    targets.forEach((t, i) => {
      if (t && t.getBoundingClientRect().top < line) index = i;
    });
    if (index === shown) return;
    shown = index;
    links.forEach((a, i) => {
      if (i === index) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    });
    if (current) current.textContent = index >= 0 ? links[index]!.textContent : '';
  };
  let queued = false;
  const schedule = (): void => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule);
  update();

  // On a narrow screen the list covers the text: close it once the reader has picked a section.
  for (const a of links) {
    a.addEventListener('click', () => {
      if (!wide.matches) details.open = false;
    });
  }
}
