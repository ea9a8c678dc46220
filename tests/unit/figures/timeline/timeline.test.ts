import { describe, expect, it } from 'vitest';
import { dateSpan, layoutTimeline } from '../../../../src/figures/timeline/timeline.ts';
import { laneOf } from '../../../../src/lib/event-kinds.ts';
import { KINDS } from '../../../support/event-kinds.ts';
import { event } from '../../../support/timeline-events.ts';

const options = { width: 720, from: '2021-01-01', to: '2021-06-30', lanes: KINDS.eventKinds };

describe('dateSpan', () => {
  it('spans a day, a month or a year, ending the day after', () => {
    expect(dateSpan('2021-02-15').map((d) => d.toISOString().slice(0, 10))).toEqual(['2021-02-15', '2021-02-16']);
    expect(dateSpan('2020-08').map((d) => d.toISOString().slice(0, 10))).toEqual(['2020-08-01', '2020-09-01']);
    expect(dateSpan('2019', '2021-02').map((d) => d.toISOString().slice(0, 10))).toEqual(['2019-01-01', '2021-03-01']);
  });
});

describe('layoutTimeline', () => {
  it('puts each kind of event in its own lane with its own shape', () => {
    const layout = layoutTimeline([event('a', 'rocket-attack', '2021-02-15'), event('s', 'airstrike', '2021-02-25')], options);
    const [a, s] = layout.overview.marks;
    expect(a).toMatchObject({ lane: 'attacks', shape: 'triangle', emphasis: false });
    expect(s).toMatchObject({ lane: 'strikes', shape: 'diamond', emphasis: true });
    expect(a!.y).not.toBe(s!.y);
    expect(laneOf(KINDS, 'statement').key).toBe('words');
  });

  it('places later dates further right, inside the plot', () => {
    const layout = layoutTimeline(
      [event('a', 'rocket-attack', '2021-01-02'), event('b', 'rocket-attack', '2021-06-29')],
      options,
    );
    const [a, b] = layout.overview.marks;
    expect(a!.x).toBeLessThan(b!.x);
    expect(a!.x).toBeGreaterThanOrEqual(layout.overview.x0);
    expect(b!.x).toBeLessThanOrEqual(layout.overview.x1);
  });

  it('leaves out, and lists, events without a date or outside the range', () => {
    const layout = layoutTimeline(
      [event('u', 'statement'), event('old', 'agreement', '2015'), event('in', 'statement', '2021-03-01')],
      options,
    );
    expect(layout.omitted).toEqual(['u', 'old']);
    expect(layout.overview.marks.map((m) => m.id)).toEqual(['in']);
  });

  it('draws a month-only date or a period as a span, and flags one that began before the range', () => {
    const layout = layoutTimeline(
      [event('m', 'bombing', '2021-03', { approximate: true }), event('p', 'deployment', '2019', { until: '2021-02' })],
      options,
    );
    const [m, p] = layout.overview.marks;
    expect(m!.x1! - m!.x).toBeGreaterThan(20);
    expect(m!.approximate).toBe(true);
    expect(p!.clipped).toBe(true);
    expect(p!.x).toBe(layout.overview.x0);
  });

  it('keeps labels that would collide apart', () => {
    const events = [event('s1', 'airstrike', '2021-02-25'), event('s2', 'airstrike', '2021-02-26')];
    const layout = layoutTimeline(events, options);
    const [l1, l2] = layout.overview.marks.map((m) => m.label!);
    expect(l1!.y).not.toBe(l2!.y);
    expect(Math.min(l1!.y, l2!.y)).toBeGreaterThanOrEqual(14);
  });

  it('spreads the detail days one event per row, in date order, and measures the gap', () => {
    const events = [
      event('strike', 'airstrike', '2021-02-25'),
      event('attack', 'rocket-attack', '2021-02-15'),
      event('call', 'call', '2021-02-23'),
      event('month', 'investigation', '2021-02'),
    ];
    const layout = layoutTimeline(events, {
      ...options,
      detail: { from: '2021-02-14', to: '2021-02-27', gap: ['attack', 'strike'] },
    });
    const rows = layout.detail!.marks;
    expect(rows.map((m) => m.id)).toEqual(['attack', 'call', 'strike']);
    expect(new Set(rows.map((m) => m.y)).size).toBe(3);
    expect(layout.detail!.gap?.label).toBe('10 days');
    expect(layout.detail!.ticks).toHaveLength(14);
    expect(layout.height).toBe(layout.detail!.top + layout.detail!.height);
  });

  it('is deterministic', () => {
    const events = [event('a', 'rocket-attack', '2021-02-15'), event('s', 'airstrike', '2021-02-25')];
    expect(layoutTimeline(events, options)).toEqual(layoutTimeline(events, options));
  });
});
