import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-session.ts';
import { page as builtPage } from '../support/site.ts';
import { representativePages } from '../support/templates.ts';
import { AXE_VERSION, axe, LAYOUT_RULES, THEME_RULES, type AxeScope } from '../support/axe.ts';
import { PRINT_HREF } from '../../src/lib/urls.ts';

const session = useBrowser();

describe('axe', () => {
  it('is the project’s own axe-core, 4.14 or later, where label-in-name is a WCAG rule', async () => {
    const ctx = await session.context();
    const page = await ctx.newPage();
    await page.goto(session.origin() + '/chapters/february-strike/');
    const { version, ran } = await axe(page);
    expect(version).toBe(AXE_VERSION);
    expect(ran).toContain('label-content-name-mismatch');
    const [major, minor] = version.split('.').map(Number);
    expect(major! > 4 || (major === 4 && minor! >= 14), `axe-core ${version} ran`).toBe(true);
    await ctx.close();
  });
});

/** Runs axe on a built page in a fresh context of its own, so the checks of one theme run side by side. */
async function violations(
  path: string,
  options: { scheme: 'light' | 'dark'; width: number; height: number },
  scope?: AxeScope,
): Promise<string[]> {
  const ctx = await session.context({ colorScheme: options.scheme, viewport: { width: options.width, height: options.height } });
  try {
    const page = await ctx.newPage();
    await page.goto(session.origin() + path);
    await page.evaluate(() => document.fonts.ready);
    return (await axe(page, scope)).violations;
  } finally {
    await ctx.close();
  }
}

// Every page that differs from the others in markup (see representativePages) at desktop width;
// the chapters, which hold the figures, also on a phone, where the charts scroll sideways.
const pages = representativePages().filter((p) => p !== PRINT_HREF);
const cases = pages.flatMap((path) => [
  { path, width: 1280, height: 800 },
  ...(path.startsWith('/chapters/') ? [{ path, width: 390, height: 844 }] : []),
]);

// The rules that read only the DOM give the same answer in either theme: every rule in the light
// theme, and in the dark one the rules whose answer the theme can change.
describe.concurrent('axe, light theme', () => {
  it.each(cases)('$path at $width px has no WCAG 2.2 A or AA violations', async ({ path, width, height }) => {
    expect(await violations(path, { scheme: 'light', width, height })).toEqual([]);
  });
});
describe.concurrent('axe, dark theme', () => {
  it.each(cases)(
    `$path at $width px has no violations of the rules the theme can change (${THEME_RULES.join(', ')})`,
    async ({ path, width, height }) => {
      expect(await violations(path, { scheme: 'dark', width, height }, { rules: THEME_RULES })).toEqual([]);
    },
  );
});

/**
 * The print edition holds every chapter on one long page, so axe on all of it costs as much as
 * on all the other pages together. Its figures are the chapters' own (the test below holds it
 * to that), checked there in both themes and at both widths; the rules that read only the DOM
 * give the same answer in either theme and at any width. So the layout rules run per theme and
 * width on all of it but its figures, and the others once on the whole page.
 */
const FIGURE = 'figure[data-figure]';

describe('axe on the print edition', () => {
  it('prints the figures with the markup checked on the site’s pages', () => {
    // The chapters' figures, and the chronology's timeline; on paper a figure may name its source differently.
    const chapters = pages.filter((p) => p !== PRINT_HREF);
    const markup = (html: string): string =>
      html
        .replace(/ (?:id|href|for|aria-labelledby|aria-describedby)="[^"]*"/g, '')
        .replace(/<p class="figure-source[^"]*"[^>]*>[^<]*<\/p>/g, '');
    const figures = builtPage(PRINT_HREF).querySelectorAll(FIGURE);
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      const kind = figure.getAttribute('data-figure')!;
      const onChapters = chapters.flatMap((c) =>
        builtPage(c)
          .querySelectorAll(`figure[data-figure="${kind}"]`)
          .map((f) => markup(f.outerHTML)),
      );
      expect(onChapters, `the print edition's figure ${kind} on a checked page`).toContain(markup(figure.outerHTML));
    }
  });

  it(`${PRINT_HREF} has no WCAG 2.2 A or AA violations of the rules that read the DOM`, async () => {
    expect(await violations(PRINT_HREF, { scheme: 'light', width: 1280, height: 800 }, { without: LAYOUT_RULES })).toEqual([]);
  }, 90_000);

  describe.concurrent.each(['light', 'dark'] as const)('%s theme', (scheme) => {
    it.each([
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ])(
      `${PRINT_HREF} at $width px has no contrast or link violations, nor in the light theme target-size ones, outside its figures`,
      async ({ width, height }) => {
        // Target sizes are the layout's, not the theme's: checked once, in the light theme.
        const rules = scheme === 'light' ? LAYOUT_RULES : THEME_RULES;
        expect(await violations(PRINT_HREF, { scheme, width, height }, { rules, exclude: [FIGURE] })).toEqual([]);
      },
      90_000,
    );
  });
});
