/**
 * What a reader sees of each figure on a laid-out page, measured in the browser: which layout is
 * shown, whether it fits its column, how large its chart text is drawn, whether every mark and
 * label lies inside the part of the chart that is on screen, and the contrast of that text.
 *
 * `inspectFigures` runs inside the page (`page.evaluate(inspectFigures, options)`), so it uses
 * nothing but the browser's globals and returns one line per problem, each starting with the
 * figure's id and layout; the test adds the page, width and theme.
 */

export interface FrameOptions {
  /** The layout every figure must show (print takes the wide one); otherwise whichever fits. */
  layout?: 'wide' | 'narrow';
  /** Smallest chart text, in CSS px as rendered. */
  minText: number;
  /** Lines listed per figure and kind of problem before the rest are counted in one line. */
  listed: number;
}

export function inspectFigures(options: FrameOptions): string[] {
  const out: string[] = [];
  // A box may overhang by rounding; a label's glyph box by a pixel of its font's ascent.
  const SLACK = 1;
  const viewportWidth = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > viewportWidth)
    out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} px of content in ${viewportWidth} px`);

  const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  /** Any CSS colour as sRGB 0–255 and alpha 0–1, as the browser itself reads it. */
  const rgba = (colour: string): [number, number, number, number] | undefined => {
    if (!colour || colour === 'none' || colour.startsWith('url(')) return undefined;
    canvas.clearRect(0, 0, 1, 1);
    canvas.fillStyle = '#000';
    canvas.fillStyle = colour;
    canvas.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!, a! / 255];
  };
  const over = (top: [number, number, number, number], below: [number, number, number]): [number, number, number] => [
    top[0] * top[3] + below[0] * (1 - top[3]),
    top[1] * top[3] + below[1] * (1 - top[3]),
    top[2] * top[3] + below[2] * (1 - top[3]),
  ];
  const luminance = ([r, g, b]: [number, number, number]): number => {
    const lin = (c: number): number => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const ratio = (a: [number, number, number], b: [number, number, number]): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  /** Opacity as drawn: the element's own times every ancestor's up to the chart. */
  const opacity = (el: Element, svg: Element): number => {
    let o = 1;
    for (let e: Element | null = el; e && e !== svg.parentElement; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const short = (text: string): string => JSON.stringify(text.length > 48 ? `${text.slice(0, 47)}…` : text);
  // A text's lines are tspans with no space between them in the markup.
  const words = (el: Element): string => {
    const parts = el.querySelectorAll('tspan');
    const text = parts.length ? [...parts].map((t) => t.textContent).join(' ') : el.textContent;
    return short(text.replace(/\s+/g, ' ').trim());
  };
  // Marks of one column or row may share a key: the label tells them apart.
  const markName = (el: Element): string => {
    const key = el.getAttribute('data-key');
    const label = el.getAttribute('aria-label');
    return [`mark${key ? ` data-key="${key}"` : ` <${el.tagName.toLowerCase()}>`}`, label && short(label)]
      .filter(Boolean)
      .join(' ');
  };
  const px = (n: number): string => `${Math.round(n * 10) / 10} px`;

  const reports: Array<{ at: string; lines: Map<string, string[]> }> = [];
  const later: Array<{
    text: SVGTextElement;
    svg: SVGSVGElement;
    page: [number, number, number];
    size: number;
    report: (line: string) => void;
  }> = [];
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-figure]')) {
    if (!figure.checkVisibility()) continue;
    const body = figure.querySelector<HTMLElement>('.figure-body');
    if (!body) continue;
    const layouts = [...body.querySelectorAll<HTMLElement>(':scope > .layout')];
    const shown = layouts.length ? layouts.filter((l) => l.checkVisibility()) : [body];
    const layoutName = (l: HTMLElement): string => (l.classList.contains('layout-narrow') ? 'narrow' : 'wide');
    const id = figure.dataset.figure ?? '';
    if (shown.length !== 1) {
      out.push(`${id}: shows ${shown.length} layouts (${shown.map(layoutName).join(', ') || 'none'}), not one`);
      continue;
    }
    const layout = shown[0]!;
    const name = layoutName(layout);
    const at = `${id} › ${name}`;
    const lines = new Map<string, string[]>();
    const report = (kind: string, line: string): void => {
      const list = lines.get(kind) ?? [];
      list.push(line);
      lines.set(kind, list);
    };

    if (options.layout && name !== options.layout)
      report('layout', `${at}: shows the ${name} layout, not the ${options.layout} one`);

    const column = figure.parentElement!;
    const figureBox = figure.getBoundingClientRect();
    if (figureBox.width > column.clientWidth + SLACK)
      report('fit', `${at}: figure is ${px(figureBox.width)} wide in a column of ${px(column.clientWidth)}`);
    if (figureBox.right > viewportWidth + SLACK || figureBox.left < -SLACK)
      report('fit', `${at}: figure spans ${px(figureBox.left)} to ${px(figureBox.right)} of a ${viewportWidth} px viewport`);
    if (body.scrollWidth > body.clientWidth)
      report('fit', `${at}: figure body scrolls sideways: ${body.scrollWidth} px of chart in ${body.clientWidth} px`);

    // The visible frame: the chart's own box, clipped by the figure body and by the viewport.
    const bodyBox = body.getBoundingClientRect();
    const bodyLeft = bodyBox.left + body.clientLeft;
    const charts = [...layout.querySelectorAll<SVGSVGElement>('svg')].filter(
      (s) => !s.parentElement?.closest('svg') && s.checkVisibility(),
    );
    // A figure drawn as an HTML table (words that reflow): its text as set, at its own size.
    const table = charts.length ? null : layout.querySelector('table');
    if (table && table.checkVisibility()) {
      const tableBox = table.getBoundingClientRect();
      if (tableBox.width > body.clientWidth + SLACK)
        report('fit', `${at}: table is ${px(tableBox.width)} wide in ${body.clientWidth} px`);
      for (const el of table.querySelectorAll<HTMLElement>('*')) {
        if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) continue;
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < options.minText - 0.05)
          report(
            'size',
            `${at}: text ${short(el.textContent.replace(/\s+/g, ' ').trim())} is set at ${px(size)}, under ${options.minText} px`,
          );
      }
    } else if (!charts.length) report('fit', `${at}: no chart is shown`);
    for (const svg of charts) {
      const svgBox = svg.getBoundingClientRect();
      if (svgBox.width > body.clientWidth + SLACK)
        report('fit', `${at}: chart is ${px(svgBox.width)} wide in ${body.clientWidth} px`);
      const frame = {
        left: Math.max(svgBox.left, bodyLeft, 0),
        right: Math.min(svgBox.right, bodyLeft + body.clientWidth, viewportWidth),
        top: svgBox.top,
        bottom: svgBox.bottom,
      };
      const outside = (box: DOMRect): string | undefined => {
        const sides = [
          box.left < frame.left - SLACK && `${px(frame.left - box.left)} past the left edge`,
          box.right > frame.right + SLACK && `${px(box.right - frame.right)} past the right edge`,
          box.top < frame.top - SLACK && `${px(frame.top - box.top)} past the top`,
          box.bottom > frame.bottom + SLACK && `${px(box.bottom - frame.bottom)} past the bottom`,
        ].filter(Boolean);
        return sides.length ? sides.join(', ') : undefined;
      };

      for (const mark of svg.querySelectorAll('[data-tip]')) {
        const box = mark.getBoundingClientRect();
        if (!box.width && !box.height) continue;
        const where = outside(box);
        if (where) report('mark', `${at}: ${markName(mark)} lies outside the visible chart (${where})`);
      }

      const page = (() => {
        for (let e: Element | null = svg; e; e = e.parentElement) {
          const c = rgba(getComputedStyle(e).backgroundColor);
          if (c && c[3] > 0) return over(c, [255, 255, 255]);
        }
        return [255, 255, 255] as [number, number, number];
      })();

      for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
        if (!text.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || !text.textContent.trim()) continue;
        const box = text.getBoundingClientRect();
        const where = outside(box);
        if (where) report('label', `${at}: text ${words(text)} lies outside the visible chart (${where})`);

        const ctm = text.getScreenCTM();
        const scale = ctm ? Math.hypot(ctm.c, ctm.d) : 1;
        // Each run of words at its own size: the text itself and any tspan that sets its own.
        const runs = [text, ...text.querySelectorAll<SVGTSpanElement>('tspan, textPath')].filter((el) =>
          [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
        );
        let smallest = Infinity;
        for (const run of runs) {
          const size = parseFloat(getComputedStyle(run).fontSize);
          const drawn = size * scale;
          smallest = Math.min(smallest, drawn);
          if (drawn < options.minText - 0.05)
            report(
              'size',
              `${at}: text ${words(run)} is drawn at ${px(drawn)} (${px(size)} × ${Math.round(scale * 1000) / 1000}), under ${options.minText} px`,
            );
        }

        // Contrast is measured once every box is (scrolling to a text moves them all).
        if (!where && runs.length)
          later.push({
            text,
            svg,
            page,
            size: smallest,
            report: (line) => {
              report('contrast', `${at}: ${line}`);
            },
          });
      }
    }
    reports.push({ at, lines });
  }

  for (const { text, svg, page, size, report } of later) {
    const style = getComputedStyle(text);
    const fill = rgba(style.fill);
    if (!fill) continue;
    // Its fill over its halo (a stroke painted first), or over whatever the chart paints beneath
    // its middle, over the page.
    const first = text.getBoundingClientRect();
    if (first.top + first.height / 2 < 0 || first.top + first.height / 2 >= innerHeight)
      text.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    const box = text.getBoundingClientRect();
    const layers: Array<[number, number, number, number]> = [];
    for (const el of document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)) {
      // Shapes of the chart beneath the text; a line has no inside to paint, whatever its fill says.
      if (
        !svg.contains(el) ||
        el.contains(text) ||
        text.contains(el) ||
        !(el instanceof SVGGeometryElement) ||
        el instanceof SVGLineElement
      )
        continue;
      const s = getComputedStyle(el);
      const c = rgba(s.fill);
      if (!c) continue;
      const alpha = c[3] * Number(s.fillOpacity) * opacity(el, svg);
      if (alpha === 0) continue;
      layers.push([c[0], c[1], c[2], alpha]);
      if (alpha >= 1) break;
    }
    let ground = page;
    for (const layer of layers.reverse()) ground = over(layer, ground);
    const halo = rgba(style.stroke);
    const ctm = text.getScreenCTM();
    const haloWidth = parseFloat(style.strokeWidth) * (ctm ? Math.hypot(ctm.c, ctm.d) : 1);
    if (halo && halo[3] > 0 && style.paintOrder.startsWith('stroke') && haloWidth >= 2)
      ground = over([halo[0], halo[1], halo[2], halo[3] * Number(style.strokeOpacity)], ground);
    const ink = over([fill[0], fill[1], fill[2], fill[3] * Number(style.fillOpacity) * opacity(text, svg)], ground);
    const need = size < 18 ? 4.5 : 3;
    const got = ratio(ink, ground);
    if (got < need)
      report(
        `text ${words(text)} has contrast ${Math.round(got * 100) / 100}:1 (${style.fill} on rgb(${ground.map(Math.round).join(', ')})), under ${need}:1`,
      );
  }

  for (const { at, lines } of reports)
    for (const [kind, list] of lines) {
      out.push(...list.slice(0, options.listed));
      if (list.length > options.listed) out.push(`${at}: … and ${list.length - options.listed} more of the same kind (${kind})`);
    }
  return out;
}
