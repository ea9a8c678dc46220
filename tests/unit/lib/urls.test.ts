import { describe, expect, it } from 'vitest';
import { readExplainerSite } from '../../../src/lib/explainer-site.ts';
import { printedAddress } from '../../../src/lib/print/addresses.ts';
import { anchorIds, href, normaliseBase, pathOf, paths, placeHref, publicUrl } from '../../../src/lib/urls.ts';
import { tinyCopy } from '../../support/fixture.ts';

describe('addresses', () => {
  it('puts a path within the site under the base, and takes it back out', () => {
    expect(href(paths.place('basra'), '/')).toBe('/people-and-places/#place-basra');
    expect(href(paths.place('basra'), '/explainers/border/')).toBe('/explainers/border/people-and-places/#place-basra');
    expect(href(paths.home, '/explainers/border/')).toBe('/explainers/border/');
    expect(pathOf('/explainers/border/sources/003/#p12', '/explainers/border/')).toBe('/sources/003/#p12');
    expect(pathOf('/explainers/border', '/explainers/border/')).toBe('/');
    expect(pathOf('/elsewhere/', '/explainers/border/')).toBeUndefined();
    expect(() => href('sources/', '/')).toThrow('not a path within the site: "sources/"');
  });

  it('links to the same id a page gives its target', () => {
    expect(placeHref('al-qaim').split('#')[1]).toBe(anchorIds.place('al-qaim'));
    expect(paths.actor('sohr').split('#')[1]).toBe(anchorIds.actor('sohr'));
    expect(paths.event('x').split('#')[1]).toBe(anchorIds.event('x'));
    expect(paths.anomaly('y').split('#')[1]).toBe(anchorIds.anomaly('y'));
  });

  it('writes a base with one slash at each end, and public addresses with the base', () => {
    expect(normaliseBase('explainers/border')).toBe('/explainers/border/');
    expect(normaliseBase('/')).toBe('/');
    expect(publicUrl(paths.chronology, 'https://news.example', '/explainers/border/')).toBe(
      'https://news.example/explainers/border/chronology/',
    );
    expect(publicUrl(paths.chronology, undefined, '/')).toBeUndefined();
  });

  it('prints a note’s address after the public address the cover gives, base and all', () => {
    expect(printedAddress('/explainers/border/sources/003/#p12', 'https://news.example', '/explainers/border/')).toBe(
      '…/sources/003/#p12',
    );
    // Without a public address, the path is all there is, and the base is part of it.
    expect(printedAddress('/explainers/border/sources/003/#p12', undefined, '/explainers/border/')).toBe(
      '/explainers/border/sources/003/#p12',
    );
  });

  it('reads where the explainer is published, refusing a bad base in one line naming the file and field', () => {
    const f = tinyCopy();
    expect(readExplainerSite(f.root)).toEqual({ site: 'https://tiny.example.org', base: '/' });
    f.yaml('content/explainer.yaml', (e) => {
      e.base = '/explainers/border/';
    });
    expect(readExplainerSite(f.root).base).toBe('/explainers/border/');
    for (const bad of ['explainers/border/', '/explainers/border', 'https://news.example/x/', '/a b/']) {
      f.yaml('content/explainer.yaml', (e) => {
        e.base = bad;
      });
      expect(() => readExplainerSite(f.root)).toThrow(
        `content/explainer.yaml › field "base": must be a path that starts and ends with "/", such as "/explainers/border/" (is "${bad}")`,
      );
    }
  });
});
