import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../../src/charts/text.ts';
import { layoutTimelineVertical, NARROW_TEXT } from '../../../../src/figures/timeline/timeline-vertical.ts';
import { KINDS } from '../../../support/event-kinds.ts';
import { event } from '../../../support/timeline-events.ts';

const options = { width: 320, from: '2021-01-01', to: '2021-06-30', lanes: KINDS.eventKinds };

const detail = { from: '2021-02-14', to: '2021-02-27', gap: ['attack', 'strike'] as [string, string] };
const events = [
  event('strike', 'airstrike', '2021-02-25'),
  event('attack', 'rocket-attack', '2021-02-15'),
  event('call', 'call', '2021-02-23'),
  event('later', 'airstrike', '2021-06-27'),
  event('period', 'deployment', '2019', { until: '2021-02' }),
  { ...event('long', 'statement', '2021-02-20'), title: 'A statement whose title is far too long to fit on one line of a phone' },
];

describe('layoutTimelineVertical', () => {
  const layout = layoutTimelineVertical(events, { ...options, detail });

  it('runs time down the page: a later date is lower, in its lane’s column', () => {
    const y = (id: string) => layout.overview.marks.find((m) => m.id === id)!.y;
    expect(y('attack')).toBeLessThan(y('strike'));
    expect(y('strike')).toBeLessThan(y('later'));
    const columns = new Set(layout.overview.marks.map((m) => m.x));
    expect(columns.size).toBe(4);
    expect(layout.columns.map((c) => c.key)).toEqual(KINDS.eventKinds.map((l) => l.key));
  });

  it('draws every event in range, the last month included, and a period as a span down its column', () => {
    expect(layout.overview.marks.map((m) => m.id).sort()).toEqual(['attack', 'call', 'later', 'long', 'period', 'strike']);
    const period = layout.overview.marks.find((m) => m.id === 'period')!;
    expect(period.clipped).toBe(true);
    expect(period.y1!).toBeGreaterThan(period.y);
    expect(layout.overview.marks.every((m) => m.y <= layout.overview.bottom)).toBe(true);
  });

  it('labels emphasised events right of the columns, wrapped to fit the width, and keeps labels apart', () => {
    const labelled = layout.overview.marks.filter((m) => m.label).sort((a, b) => a.label!.y - b.label!.y);
    expect(labelled.map((m) => m.id)).toEqual(['strike', 'later']);
    for (const m of [...labelled, ...layout.detail!.marks]) {
      for (const line of m.label!.lines!)
        expect(m.label!.x + textWidth(line, NARROW_TEXT, { strong: m.emphasis })).toBeLessThanOrEqual(320);
    }
    expect(labelled[1]!.label!.y - labelled[0]!.label!.y).toBeGreaterThanOrEqual(NARROW_TEXT);
    const long = layout.detail!.marks.find((m) => m.id === 'long')!;
    expect(long.label!.lines!.length).toBeGreaterThan(1);
  });

  it('spreads the detail days one row per event, in date order, a day named once, and measures the gap', () => {
    expect(layout.detail!.marks.map((m) => m.id)).toEqual(['attack', 'long', 'call', 'strike']);
    expect(layout.detail!.days.map((d) => d.label)).toEqual(['15', '20', '23', '25']);
    expect(layout.detail!.gap).toMatchObject({ label: '10 days' });
    expect(layout.height).toBeGreaterThan(layout.detail!.marks.at(-1)!.y);
  });

  it('has no detail panel when no event falls in its days, and is deterministic', () => {
    expect(
      layoutTimelineVertical(events, { ...options, detail: { from: '2021-05-01', to: '2021-05-03' } }).detail,
    ).toBeUndefined();
    expect(layoutTimelineVertical(events, { ...options, detail })).toEqual(layout);
  });
});
