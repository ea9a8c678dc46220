import type { Page } from 'playwright-core';

/**
 * Tooltips as a reader without a mouse reaches them: by Tab from the figure's caption, and by a
 * tap on a touch screen. Each returns one line per problem, starting with the figure's id and the
 * layout shown; the test adds the page, width and theme.
 */

/** Longer than Chromium's double-tap window, so two taps are read as two. */
const DOUBLE_TAP_MS = 350;

/** A click seen at the end of its dispatch: on a link or not, and whether something prevented its default. */
interface Tap {
  link: boolean;
  prevented: boolean;
}

/** What the page says of a figure's shown layout, its first mark or the focused element, and its tip. */
interface TipState {
  at: string;
  /** The focused element, or the tapped mark, named for a message. */
  target: string;
  /** Whether that element is a mark (`data-tip`) of the layout on screen. */
  isMark: boolean;
  expected: string;
  shown: boolean;
  text: string;
  /** Where the tip runs out of sight, if it does. */
  clipped: string | undefined;
}

/** The ids of the figures on screen. */
export async function shownFigures(page: Page): Promise<string[]> {
  return page.$$eval('figure[data-figure]', (all) =>
    all.filter((f) => f.checkVisibility()).map((f) => (f as HTMLElement).dataset.figure!),
  );
}

/**
 * Reads the state of figure `id` in the page: `subject` is the focused element (`'focus'`) or
 * the element marked `data-tapped`.
 */
function tipState([id, subject]: [string, 'focus' | 'tapped']): TipState {
  const figure = document.querySelector<HTMLElement>(`figure[data-figure="${CSS.escape(id)}"]`)!;
  const body = figure.querySelector<HTMLElement>('.figure-body')!;
  const layouts = [...body.querySelectorAll<HTMLElement>(':scope > .layout')];
  const layout = layouts.find((l) => l.checkVisibility()) ?? body;
  const at = `${id} › ${layout.classList.contains('layout-narrow') ? 'narrow' : 'wide'}`;
  const el = subject === 'focus' ? document.activeElement : document.querySelector('[data-tapped]');
  const mark = el?.closest('[data-tip]') ?? null;
  const name = (e: Element | null): string => {
    if (!e) return 'nothing';
    const key = e.getAttribute('data-key');
    const label = e.getAttribute('aria-label') ?? e.textContent.replace(/\s+/g, ' ').trim();
    const short = label.length > 48 ? `${label.slice(0, 47)}…` : label;
    return key ? `mark data-key="${key}"` : `<${e.tagName.toLowerCase()}> ${JSON.stringify(short)}`;
  };
  const tip = figure.querySelector<HTMLElement>('.figure-tip');
  const shown = !!tip?.checkVisibility();
  let clipped: string | undefined;
  if (tip && shown) {
    const box = tip.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const bodyBox = body.getBoundingClientRect();
    const clips = getComputedStyle(body).overflowY !== 'visible';
    const parts = [
      box.left < -1 && `${Math.round(-box.left)} px off the left of the screen`,
      box.right > width + 1 && `${Math.round(box.right - width)} px off the right of the screen`,
      clips &&
        box.bottom > bodyBox.top + body.clientTop + body.clientHeight + 1 &&
        `${Math.round(box.bottom - bodyBox.top - body.clientHeight)} px hidden below the figure body`,
      clips && box.right > bodyBox.left + body.clientLeft + body.clientWidth + 1 && `cut off by the figure body on the right`,
    ].filter(Boolean);
    clipped = parts.length ? parts.join(', ') : undefined;
  }
  return {
    at,
    target: name(mark ?? el),
    isMark: !!mark && layout.contains(mark),
    expected: mark?.getAttribute('data-tip') ?? '',
    shown,
    text: tip?.textContent ?? '',
    clipped,
  };
}

/** A tip shows the mark's own words and stays on screen. */
function tipProblems(state: TipState, how: string): string[] {
  if (!state.shown) return [`${state.at}: ${how} ${state.target} shows no tooltip`];
  const out: string[] = [];
  if (state.text !== state.expected)
    out.push(`${state.at}: ${how} ${state.target} shows the tooltip ${JSON.stringify(state.text)}, not its own`);
  if (state.clipped) out.push(`${state.at}: the tooltip of ${state.target} is out of sight (${state.clipped})`);
  return out;
}

/**
 * Tab from each figure's caption reaches a mark of the layout on screen (past any other link of the
 * figure before it, such as a table's column heads), which shows its own tip; Escape hides it.
 */
export async function keyboardTipProblems(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const id of await shownFigures(page)) {
    await page.evaluate((id) => {
      const caption = document.querySelector(`figure[data-figure="${CSS.escape(id)}"] figcaption`) as HTMLElement;
      caption.tabIndex = -1;
      caption.focus();
    }, id);
    await page.keyboard.press('Tab');
    let state = await page.evaluate(tipState, [id, 'focus'] as [string, 'focus']);
    // In a table the column heads' links come before the cells' marks: Tab on through the figure to the first.
    for (let i = 0; !state.isMark && i < 10; i++) {
      const inside = await page.evaluate(
        (id) => !!document.activeElement?.closest(`figure[data-figure="${CSS.escape(id)}"] .figure-body`),
        id,
      );
      if (!inside) break;
      await page.keyboard.press('Tab');
      state = await page.evaluate(tipState, [id, 'focus'] as [string, 'focus']);
    }
    if (!state.isMark) {
      out.push(`${state.at}: Tab from the caption reaches ${state.target}, not a mark of the chart on screen`);
      continue;
    }
    out.push(...tipProblems(state, 'Tab to'));
    await page.keyboard.press('Escape');
    if ((await page.evaluate(tipState, [id, 'focus'] as [string, 'focus'])).shown)
      out.push(`${state.at}: Escape leaves the tooltip of ${state.target} shown`);
  }
  return out;
}

/**
 * A tap on the first mark of each figure that can be tapped shows its tip and, on a link, stays
 * on the page; a second tap on a link follows it. Navigations are answered with 204 No Content,
 * so the page stays as it is and the next figure can be tried on it. Open the page with
 * `reducedMotion: 'reduce'`: a tapped link takes focus and is scrolled into view, and a smooth
 * scroll would move the next mark while it is aimed at.
 */
export async function touchTipProblems(page: Page): Promise<string[]> {
  const out: string[] = [];
  const navigations: string[] = [];
  await page.route('**/*', (route) => {
    if (!route.request().isNavigationRequest()) return route.continue();
    navigations.push(route.request().url());
    return route.fulfill({ status: 204 });
  });
  await page.evaluate(() => {
    const w = window as unknown as { taps: Tap[] };
    w.taps = [];
    // The mark a finger lands on is the one the browser's hit test picks, which near a smaller
    // mark may not be the one aimed at: the tip must be that mark's.
    window.addEventListener(
      'pointerdown',
      (event) => {
        for (const old of document.querySelectorAll('[data-tapped]')) old.removeAttribute('data-tapped');
        (event.target as Element | null)?.closest('[data-tip]')?.setAttribute('data-tapped', '');
      },
      { capture: true },
    );
    // Last of the click listeners, so it sees whether anything before it kept the link from opening.
    window.addEventListener('click', (event) => {
      w.taps.push({ link: !!(event.target as Element | null)?.closest('a[href]'), prevented: event.defaultPrevented });
    });
  });
  const taps = (): Promise<number> => page.evaluate(() => (window as unknown as { taps: Tap[] }).taps.length);
  const settle = (): Promise<void> =>
    page.evaluate(
      () =>
        new Promise<void>((done) =>
          requestAnimationFrame(() => {
            requestAnimationFrame(() => {
              done();
            });
          }),
        ),
    );
  /** Taps at a point; waits for the click a tap makes, or for a second if the page cancels it. */
  const tap = async (x: number, y: number): Promise<Tap | undefined> => {
    const before = await taps();
    await page.touchscreen.tap(x, y);
    await page
      .waitForFunction((n) => (window as unknown as { taps: Tap[] }).taps.length > n, before, { timeout: 1000 })
      .catch(() => undefined);
    await settle();
    return page.evaluate((n) => (window as unknown as { taps: Tap[] }).taps[n], before);
  };
  /** The tapped mark's link without its fragment (which no request carries), and whether it leads to this page. */
  const tappedLink = (): Promise<{ url: string; here: boolean } | undefined> =>
    page.evaluate(() => {
      const href = document.querySelector('[data-tapped]')?.closest('a[href]')?.getAttribute('href');
      if (!href) return undefined;
      const url = new URL(href, location.href);
      const here = url.origin + url.pathname === location.origin + location.pathname;
      url.hash = '';
      return { url: here ? new URL(href, location.href).href : url.href, here };
    });

  /**
   * Where to tap the mark aimed at (or landed on), once the page has stopped scrolling (a focused link
   * may still be brought into view smoothly); undefined if a tap there would land elsewhere.
   */
  const aim = async (): Promise<{ x: number; y: number } | undefined> => {
    let last: { x: number; y: number } | undefined;
    for (let i = 0; i < 20; i++) {
      await settle();
      const point = await page.evaluate(() => {
        // The mark a first tap landed on, else the one aimed at; the part aimed at first, else
        // any part of that mark still under a finger's reach.
        const aimed = document.querySelector('[data-aim]');
        const mark = document.querySelector('[data-tapped]') ?? aimed?.closest('[data-tip]');
        if (!mark) return undefined;
        for (const part of [...(aimed && mark.contains(aimed) ? [aimed] : []), mark, ...mark.querySelectorAll('*')]) {
          const box = part.getBoundingClientRect();
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          if (!box.width || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
          if (document.elementFromPoint(x, y)?.closest('[data-tip]') === mark) return { x, y };
        }
        mark.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
        return undefined;
      });
      if (point && last && Math.abs(point.x - last.x) < 0.5 && Math.abs(point.y - last.y) < 0.5) return point;
      last = point;
    }
    return undefined;
  };

  for (const id of await shownFigures(page)) {
    // A point on the first mark where a tap lands on it, brought on screen.
    const found = await page.evaluate((id) => {
      for (const old of document.querySelectorAll('[data-tapped], [data-aim]')) {
        old.removeAttribute('data-tapped');
        old.removeAttribute('data-aim');
      }
      const figure = document.querySelector<HTMLElement>(`figure[data-figure="${CSS.escape(id)}"]`)!;
      const body = figure.querySelector<HTMLElement>('.figure-body')!;
      const layout = [...body.querySelectorAll<HTMLElement>(':scope > .layout')].find((l) => l.checkVisibility()) ?? body;
      for (const mark of layout.querySelectorAll('[data-tip]')) {
        mark.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
        for (const part of [mark, ...mark.querySelectorAll('*')]) {
          const box = part.getBoundingClientRect();
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          if (!box.width || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
          if (document.elementFromPoint(x, y)?.closest('[data-tip]') !== mark) continue;
          part.setAttribute('data-aim', '');
          return true;
        }
      }
      return false;
    }, id);
    const target = found ? await aim() : undefined;
    if (!target) {
      out.push(`${id}: no mark can be tapped (none has a point on screen where a tap lands on it)`);
      continue;
    }
    navigations.length = 0;
    const firstAt = Date.now();
    const first = await tap(target.x, target.y);
    const state = await page.evaluate(tipState, [id, 'tapped'] as [string, 'tapped']);
    if (!state.isMark) {
      out.push(`${state.at}: a tap on the chart on screen lands on no mark`);
      continue;
    }
    const link = await tappedLink();
    if (link && (navigations.length || (first?.link && !first.prevented)))
      out.push(`${state.at}: the first tap on ${state.target} follows its link instead of showing its tooltip first`);
    out.push(...tipProblems(state, 'a tap on'));
    if (!link) continue;
    navigations.length = 0;
    const again = await aim();
    if (!again) {
      out.push(`${state.at}: after the first tap, ${state.target} is no longer on screen to tap again`);
      continue;
    }
    // A second tap within the browser's double-tap window (300 ms) would be read as a double tap.
    await page.waitForTimeout(Math.max(0, DOUBLE_TAP_MS - (Date.now() - firstAt)));
    await tap(again.x, again.y);
    if (!link.here && !navigations.length)
      await page.waitForRequest((r) => r.isNavigationRequest(), { timeout: 2000 }).catch(() => undefined);
    const followed = link.here ? await page.evaluate(() => location.href) : navigations[0];
    const path = (url: string): string => url.replace(/^[^/]*\/\/[^/]*/, '');
    if (followed !== link.url)
      out.push(
        `${state.at}: a second tap on ${state.target} does not follow its link to ${path(link.url)} (${followed ? `it opens ${path(followed)}` : 'nothing opens'})`,
      );
  }
  await page.unroute('**/*');
  return out;
}
