import { describe, expect, it } from 'vitest';
import { affiliationsView } from '../../../../src/figures/affiliations/affiliations-view.ts';
import { loadDataset } from '../../../../src/lib/data/load.ts';
import { TINY } from '../../../support/fixture.ts';

const data = loadDataset(TINY);

describe('affiliationsView', () => {
  const view = affiliationsView(data, { focus: 'monitor', relations: ['allied-with'] });

  it('links every actor in the network to its entry on the people, groups and places page', () => {
    expect(view.nodes.map((n) => [n.node.id, n.href])).toEqual(
      expect.arrayContaining([
        ['monitor', '/people-and-places/#actor-monitor'],
        ['officials', '/people-and-places/#actor-officials'],
      ]),
    );
    expect(view.nodes).toHaveLength(2);
  });

  it('names a node by the words it shows, and describes it by its role and the links it makes', () => {
    const monitor = view.nodes.find((n) => n.node.id === 'monitor')!;
    expect(monitor.name).toBe(monitor.node.lines.join(' '));
    expect(monitor.tip).toBe('A local monitor: A monitoring group. allied with Officials.');
    const officials = view.nodes.find((n) => n.node.id === 'officials')!;
    expect(officials.tip).toBe('Officials: Unnamed officials.');
  });

  it('lists each actor and its links in words for the text alternative', () => {
    expect(view.items.find((i) => i.key === 'monitor')).toEqual({
      key: 'monitor',
      href: '/people-and-places/#actor-monitor',
      name: 'A local monitor',
      links: 'allied with Officials',
    });
    expect(view.items.find((i) => i.key === 'officials')!.links).toBe('');
  });

  it('leaves out the actors the chapter excludes', () => {
    expect(affiliationsView(data, { focus: 'monitor', relations: ['allied-with'], exclude: ['officials'] }).nodes).toHaveLength(
      1,
    );
  });
});
