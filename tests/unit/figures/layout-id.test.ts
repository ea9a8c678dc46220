import { describe, expect, it } from 'vitest';
import { descId, layoutId } from '../../../src/figures/shared/describe.ts';

describe('layoutId(figure, layout)', () => {
  it('keeps the figure id for the wide layout and sets the narrow one apart', () => {
    expect(layoutId('map', 'wide')).toBe('map');
    expect(layoutId('map', 'narrow')).toBe('map-narrow');
    expect(descId(layoutId('map', 'narrow'), 'erbil')).not.toBe(descId(layoutId('map', 'wide'), 'erbil'));
  });
});
