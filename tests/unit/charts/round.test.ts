import { describe, expect, it } from 'vitest';
import { r1 } from '../../../src/charts/round.ts';

describe('r1', () => {
  it('rounds to a tenth of a unit, half up, and never gives -0', () => {
    expect(r1(12.345)).toBe(12.3);
    expect(r1(12.35)).toBe(12.4);
    expect(r1(-3.26)).toBe(-3.3);
    expect(Object.is(r1(-0.04), 0)).toBe(true);
  });
});
