import { describe, expect, it } from 'vitest';
import { binOf, layoutStrip } from '../../../../src/figures/timeline/strip.ts';
import { KINDS } from '../../../support/event-kinds.ts';
import { event } from '../../../support/timeline-events.ts';

const events = [
  event('deal', 'agreement', '2015'),
  event('jan', 'rocket-attack', '2020-01-03'),
  ...Array.from({ length: 9 }, (_, i) => event(`w${i}`, 'statement', `2021-02-${String(10 + i)}`)),
  event('strike', 'airstrike', '2021-02-25'),
  event('undated', 'statement'),
];
const lanes = KINDS.eventKinds;

describe('layoutStrip', () => {
  it('puts an event in its month, or its year when dated only to the year', () => {
    expect(binOf(events[0]!)).toBe('2015');
    expect(binOf(events[1]!)).toBe('2020-01');
  });

  const wide = layoutStrip(events, { width: 608, orientation: 'horizontal', text: 13, lanes });
  const narrow = layoutStrip(events, { width: 320, orientation: 'vertical', text: 13.5, lanes });

  it('draws one column per period with events, in order, naming the year where it changes', () => {
    expect(wide.bins.map((b) => [b.key, b.lines])).toEqual([
      ['2015', ['2015']],
      ['2020-01', ['Jan', '2020']],
      ['2021-02', ['Feb', '2021']],
    ]);
    expect(narrow.bins.map((b) => b.key)).toEqual(wide.bins.map((b) => b.key));
  });

  it('draws every dated event once, inside the chart, and lists the undated', () => {
    for (const layout of [wide, narrow]) {
      expect(layout.marks.map((m) => m.id).sort()).toEqual(
        events
          .filter((e) => e.when)
          .map((e) => e.id)
          .sort(),
      );
      for (const m of layout.marks) {
        expect(m.x).toBeGreaterThan(0);
        expect(m.x).toBeLessThan(layout.width);
        expect(m.y).toBeGreaterThan(0);
        expect(m.y).toBeLessThan(layout.height);
      }
      expect(layout.omitted).toEqual(['undated']);
    }
  });

  it('keeps the marks of a crowded cell apart, and each inside its period and lane', () => {
    for (const layout of [wide, narrow]) {
      const words = layout.marks.filter((m) => m.lane === 'words');
      const spots = new Set(words.map((m) => `${m.x},${m.y}`));
      expect(spots.size).toBe(words.length);
      const feb = layout.bins.find((b) => b.key === '2021-02')!;
      const lane = layout.lanes.find((l) => l.key === 'words')!;
      for (const m of words) {
        if (layout.orientation === 'horizontal') {
          expect(m.x).toBeGreaterThan(feb.x);
          expect(m.x).toBeLessThan(feb.x + feb.width);
          expect(m.y).toBeGreaterThan(lane.y);
          expect(m.y).toBeLessThan(lane.y + lane.height);
        } else {
          expect(m.y).toBeGreaterThan(feb.y);
          expect(m.y).toBeLessThan(feb.y + feb.height);
          expect(m.x).toBeGreaterThan(lane.x);
          expect(m.x).toBeLessThan(lane.x + lane.width);
        }
      }
    }
  });

  it('fits across its width, wrapping a crowded cell onto more rows', () => {
    const crowded = Array.from({ length: 40 }, (_, i) => event(`c${i}`, 'statement', `2021-0${1 + (i % 9)}-01`));
    const layout = layoutStrip(crowded, { width: 608, orientation: 'horizontal', text: 13, lanes });
    const last = layout.bins.at(-1)!;
    expect(last.x + last.width).toBeLessThanOrEqual(608);
    expect(layout.marks.every((m) => m.x < 608)).toBe(true);
  });
});
