import { describe, expect, it } from 'vitest';
import { timelineMarkName, timelineTip, timelineView } from '../../../../src/figures/timeline/timeline-view.ts';
import { stripView } from '../../../../src/figures/timeline/strip-view.ts';
import { loadDataset } from '../../../../src/lib/data/load.ts';
import { TINY } from '../../../support/fixture.ts';

const data = loadDataset(TINY);
const attack = data.events.find((e) => e.id === 'base-attack')!;
// An event the sources do not date: the figure cannot draw it and says so under its table.
const talks = { ...attack, id: 'talks', title: 'Talks begin' };
delete (talks as { when?: unknown }).when;
const withTalks = { ...data, events: [...data.events, talks] };
const props = { from: '2021-02-01', to: '2021-03-31', detailFrom: '2021-02-26', detailTo: '2021-03-04' };
const links = new Map([['base-attack', '/chapters/one/#cite-1']]);

describe('timelineView', () => {
  const view = timelineView(withTalks, links, props);

  it('draws each event in the overview and in the detail panel, each mark with a key unique in the figure', () => {
    expect(view.marks.map((m) => m.key)).toEqual(['overview-base-attack', 'detail-base-attack']);
    expect(new Set(view.marks.map((m) => m.key)).size).toBe(view.marks.length);
  });

  it('links a mark where the chapters first mention its event, and otherwise to the chronology', () => {
    expect(view.marks[0]!.href).toBe('/chapters/one/#cite-1');
    expect(timelineView(data, new Map(), props).marks[0]!.href).toBe('/chronology/#event-base-attack');
  });

  it('gives each mark a tooltip with its date, a name that starts with its title, and a description ending in its kind', () => {
    const m = view.marks[0]!;
    expect(m.tip).toBe(timelineTip(attack, 'en'));
    expect(m.tip).toMatch(/^March 1, 2021: Rockets hit Example Base\./);
    expect(m.name).toBe(timelineMarkName(m.mark, attack, 'en'));
    expect(m.name).toMatch(/Rockets hit Example Base, March 1, 2021$/);
    expect(m.description).toBe(`${m.tip} Rocket attack.`);
  });

  it('lists each drawn event once in the table, names the detail panel’s month, and lists what it cannot date', () => {
    expect(view.rows).toEqual([
      expect.objectContaining({
        key: 'base-attack',
        kind: 'Rocket attack',
        title: 'Rockets hit Example Base',
        approximate: false,
      }),
    ]);
    expect(view.detailMonth).toBe('February 2021');
    expect(view.undated).toEqual(['Talks begin']);
  });
});

describe('timelineView, phone layout', () => {
  const view = timelineView(withTalks, links, props);

  it('draws the same events as the wide layout, with the same links and words, at 320 units', () => {
    expect(view.narrow.layout.width).toBe(320);
    expect(view.narrow.marks.map((m) => [m.key, m.href, m.tip])).toEqual(view.marks.map((m) => [m.key, m.href, m.tip]));
  });
});

describe('stripView', () => {
  const view = stripView(withTalks, (id) => `#event-${id}`);

  it('links each mark by the page’s own rule and finds the period with the most events', () => {
    expect(view.wide.marks.every((m) => m.href === `#event-${m.mark.id}`)).toBe(true);
    expect(view.narrow.marks.map((m) => m.key).sort()).toEqual(view.wide.marks.map((m) => m.key).sort());
    expect(view.dated).toBe(data.events.filter((e) => e.when).length);
    expect(view.busiest!.count).toBeGreaterThanOrEqual(1);
    expect(view.undated).toEqual(['Talks begin']);
  });
});
