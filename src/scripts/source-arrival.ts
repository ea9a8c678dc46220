/**
 * On a source page reached from a note, a link straight back to that note, set just under the
 * highlighted passage. The passage's "Cited in" list already links every note that cites it; this
 * picks the one the reader came from (the referring chapter), or the only one there is.
 */
export function showWayBack(): void {
  for (const old of document.querySelectorAll('.way-back')) old.remove();
  const id = decodeURIComponent(location.hash.slice(1));
  const anchor = id ? document.getElementById(id) : null;
  if (!anchor?.classList.contains('anchor')) return;
  const block = anchor.closest('.block');
  const entry = block?.querySelector(`.cited-in [data-passage="${CSS.escape(id)}"]`);
  const links = entry ? [...entry.querySelectorAll<HTMLAnchorElement>('a[data-note]')] : [];
  const from = document.referrer ? new URL(document.referrer) : undefined;
  const fromHere = from?.origin === location.origin ? links.filter((a) => new URL(a.href).pathname === from.pathname) : [];
  const back = fromHere.length > 0 ? fromHere : links.length === 1 ? links : [];
  if (!block || back.length === 0) return;
  const p = document.createElement('p');
  p.className = 'way-back ui';
  back.forEach((a, i) => {
    if (i > 0) p.append(' · ');
    const link = document.createElement('a');
    link.href = a.href;
    link.textContent = `Back to ${a.textContent.trim().replace(/\s+/g, ' ')}`;
    p.append(link);
  });
  block.querySelector('.body')?.after(p);
}
