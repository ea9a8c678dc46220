import { describe, expect, it } from 'vitest';
import { jsonForScript, unsafeUrlReason, urlScheme } from '../../../src/lib/html/escape.ts';

const HOSTILE = [
  `</script><meta http-equiv=refresh content='0;url=https://example.com/'>`,
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'line\u2028separator\u2029paragraph',
  '<!-- & -->',
];

describe('jsonForScript', () => {
  it.each(HOSTILE)('leaves no <, >, & or line separator in the text, and parses back to the same value: %s', (s) => {
    const value = { headline: s, nested: [{ name: s }] };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('refuses a value that has no JSON form', () => {
    expect(() => jsonForScript(undefined)).toThrow('no JSON form');
  });
});

describe('URL schemes', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,<b>',
    'vbscript:msgbox',
    'file:///etc/passwd',
  ])('refuses %j', (href) => {
    expect(unsafeUrlReason(href)).toMatch(/URL is not allowed/);
  });

  it.each([
    'https://example.org/',
    'http://example.org/',
    'mailto:desk@example.org',
    '/sources/000/',
    '#note-1',
    '../x',
    'page?q=a:b',
  ])('allows %j', (href) => {
    expect(unsafeUrlReason(href)).toBeUndefined();
  });

  it('reads the scheme as a browser does', () => {
    expect(urlScheme('\u0000JAVA\nSCRIPT:x')).toBe('javascript');
    expect(urlScheme('/a:b')).toBeUndefined();
  });
});
