import type { Page } from 'playwright-core';

/** Kinds of the site's own files without which the print edition prints in the wrong shape. */
const STYLE_KINDS = new Set(['stylesheet', 'font']);

/**
 * Watches a page of the site for its own stylesheets and fonts that do not load: a request
 * that fails or answers 400 or more, and, once the page has loaded, a stylesheet link with no
 * rules behind it or a page with no stylesheet of the site at all. A page built for another
 * base than it is served under loses every one of them, yet still prints, in the browser's
 * default styles; `verify` refuses it instead, naming the first address that did not load.
 */
export function watchSiteStyles(page: Page, origin: string): { verify(): Promise<void> } {
  // One problem per address: the first thing said of it (a failed answer also fails the request).
  const problems = new Map<string, string>();
  const note = (url: string, problem: string): void => {
    if (!problems.has(url)) problems.set(url, problem);
  };
  const ours = (url: string): boolean => new URL(url).origin === origin;
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (STYLE_KINDS.has(type) && ours(response.url()) && response.status() >= 400)
      note(response.url(), `${type} ${response.url()} answered ${response.status()}`);
  });
  page.on('requestfailed', (request) => {
    const type = request.resourceType();
    if (STYLE_KINDS.has(type) && ours(request.url()))
      note(request.url(), `${type} ${request.url()} did not load (${request.failure()?.errorText ?? 'failed'})`);
  });
  return {
    async verify() {
      const unstyled = await page.evaluate((site) => {
        const found: Array<[url: string, problem: string]> = [];
        const sheets = [...document.styleSheets];
        const rules = (sheet: CSSStyleSheet): number => {
          try {
            return sheet.cssRules.length;
          } catch {
            return 0;
          }
        };
        for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')) {
          const sheet = sheets.find((s) => s.href === link.href);
          if (!sheet || rules(sheet) === 0) found.push([link.href, `stylesheet ${link.href} did not load`]);
        }
        if (!sheets.some((s) => s.href?.startsWith(`${site}/`) && rules(s) > 0))
          found.push([location.href, `${location.href} has none of the site's stylesheets`]);
        return found;
      }, origin);
      for (const [url, problem] of unstyled) note(url, problem);
      if (problems.size) throw new Error(`refusing to print without the site's styles: ${[...problems.values()].join('; ')}`);
    },
  };
}
