import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The declarations inside the first block that follows `selector` in the tokens file. */
function block(css: string, selector: string): string[] {
  const start = css.indexOf(selector);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const open = css.indexOf('{', start);
  const close = css.indexOf('}', open);
  return css
    .slice(open + 1, close)
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
}

describe('design tokens', () => {
  it('give the dark theme the same values whether it follows the system or was chosen', () => {
    const css = readFileSync('src/styles/tokens.css', 'utf8');
    const followed = block(css, ":root:not([data-theme='light'])");
    const chosen = block(css, ":root[data-theme='dark']");
    expect(followed.length).toBeGreaterThan(10);
    expect(chosen).toEqual(followed);
  });
});
