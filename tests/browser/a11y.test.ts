import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-session.ts';
import { builtPages } from '../support/site.ts';
import { AXE_VERSION, axe } from '../support/axe.ts';

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

// Every page at desktop width; the pages with figures also on a phone, where the charts scroll sideways.
const cases = builtPages().flatMap((path) => [
  { path, width: 1280, height: 800 },
  ...(path.startsWith('/chapters/') || path === '/print/' ? [{ path, width: 390, height: 844 }] : []),
]);

describe.each(['light', 'dark'] as const)('axe, %s theme', (scheme) => {
  it.each(cases)('$path at $width px has no WCAG 2.2 A or AA violations', async ({ path, width, height }) => {
    const ctx = await session.context({ colorScheme: scheme, viewport: { width, height } });
    const page = await ctx.newPage();
    await page.goto(session.origin() + path);
    await page.evaluate(() => document.fonts.ready);
    expect((await axe(page)).violations).toEqual([]);
    await ctx.close();
  });
});
