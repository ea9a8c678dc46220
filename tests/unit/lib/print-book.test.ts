import { describe, expect, it } from 'vitest';
import { mendCitations } from '../../../src/lib/print/citations.ts';
import { findIndexPages, normaliseText, pageList } from '../../../src/lib/print/index-pages.ts';
import { fillPdfFacts, pdfFacts } from '../../../src/lib/print/pdf-facts.ts';
import { printedAddress } from '../../../src/lib/print/addresses.ts';
import { printParts } from '../../../src/lib/print/parts.ts';

const mark = (n: number): string => `<sup class="print-cite" data-astro-cid-x><a href="#n${n}" id="r${n}">${n}</a></sup>`;
const next = (n: number): string => mark(n).replace('class="print-cite"', 'class="print-cite print-cite-next"');

describe('note markers on paper', () => {
  it('marks every marker that follows another, so "4" "5" never print as "45"', () => {
    expect(mendCitations(`<p>a.${mark(4)}${mark(5)} b${mark(6)}</p>`)).toBe(`<p>a.${mark(4)}${next(5)} b${mark(6)}</p>`);
    expect(mendCitations(`<p>a.${mark(13)}\n${mark(14)}${mark(15)}</p>`)).toBe(`<p>a.${mark(13)}${next(14)}${next(15)}</p>`);
  });

  it('moves markers left on a line of their own into the paragraph before them', () => {
    expect(mendCitations(`<p>Seven bombs.</p>\n${mark(54)}\n<p>Next.</p>`)).toBe(`<p>Seven bombs.${mark(54)}</p>\n<p>Next.</p>`);
    expect(mendCitations(`<p>Qaim.</p>\n${mark(55)}\n${mark(56)}\n<figure></figure>`)).toBe(
      `<p>Qaim.${mark(55)}${next(56)}</p>\n<figure></figure>`,
    );
  });

  it('leaves a marker that begins a paragraph, and other superscripts, alone', () => {
    const html = `<p>${mark(3)} text</p><p>1<sup>st</sup> <sup>2</sup></p>`;
    expect(mendCitations(html)).toBe(html);
  });
});

describe('the index', () => {
  const pages = new Map([
    [3, normaliseText('Kata’ib Hezbollah and the Popular Mobilisation Forces')],
    [4, normaliseText('the Iraqi government in Baghdad; Kataib Hezbollah')],
    [5, normaliseText('Kata’ib Sayyid al-\nShuhada')],
    [9, normaliseText('Iraq and Iran')],
  ]);

  it('finds each term on the pages that name it, as whole words, in any spelling', () => {
    const found = findIndexPages(
      [
        { key: 'kh', names: ["Kata'ib Hezbollah", 'Kataib Hezbollah'] },
        { key: 'iraq', names: ['Iraq'] },
        { key: 'gov', names: ['Iraqi government'] },
        { key: 'kss', names: ["Kata'ib Sayyid al-Shuhada"] },
        { key: 'none', names: ['Tehran'] },
      ],
      pages,
    );
    expect(Object.fromEntries(found)).toEqual({ kh: [3, 4], iraq: [9], gov: [4], kss: [5], none: [] });
  });

  it('prints runs of three or more pages as ranges', () => {
    expect(pageList([12, 3, 4, 5, 9, 10, 3])).toBe('3–5, 9, 10, 12');
    expect(pageList([7])).toBe('7');
  });

  it('orders the parts: chapters, then chronology, sources and method, index', () => {
    const parts = printParts([{ id: 'one', title: 'One', short: 'I', number: 1 }]);
    expect(parts.map((p) => [p.id, p.label, p.short, p.chapter])).toEqual([
      ['part-one', 'Chapter 1', 'I', true],
      ['part-chronology', 'Chronology', 'Chronology', false],
      ['part-sources', 'Appendix', 'Sources and method', false],
      ['part-index', 'Index', 'Index', false],
    ]);
  });
});

describe('addresses and facts on paper', () => {
  it('shortens the site’s own addresses, or gives the path when no site is set', () => {
    expect(printedAddress('/sources/003/#p12', 'https://news.example/')).toBe('…/sources/003/#p12');
    expect(printedAddress('/sources/003/#p12', undefined)).toBe('/sources/003/#p12');
    expect(printedAddress('https://other.example/a', undefined)).toBe('https://other.example/a');
  });

  it('writes the PDF’s length and size into every download link', () => {
    expect(pdfFacts(43, 1_187_840)).toBe('43 pages, 1.1 MB');
    expect(pdfFacts(1, 90_000)).toBe('1 page, 88 KB');
    expect(
      fillPdfFacts(
        '<a>PDF<span data-pdf-facts data-astro-cid-x></span></a> <a>PDF<span data-pdf-facts></span></a>',
        '2 pages, 3 KB',
      ),
    ).toBe(
      '<a>PDF<span data-pdf-facts data-astro-cid-x> (2 pages, 3 KB)</span></a> <a>PDF<span data-pdf-facts> (2 pages, 3 KB)</span></a>',
    );
  });
});
