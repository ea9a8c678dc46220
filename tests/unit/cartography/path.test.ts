import { describe, expect, it } from 'vitest';
import { pathData } from '../../../src/cartography/path.ts';

describe('pathData', () => {
  it('pathData(project) writes rings as SVG path data rounded to a tenth', () => {
    const d = pathData((ctx) => {
      ctx.moveTo(0.04, 0);
      ctx.lineTo(10.06, 0);
      ctx.lineTo(10, 10.04);
      ctx.closePath();
    });
    expect(d).toBe('M0,0L10.1,0L10,10Z');
  });

  it('pathData(project, minStep) drops points closer than minStep to the last one kept', () => {
    const d = pathData((ctx) => {
      ctx.moveTo(0, 0);
      ctx.lineTo(0.5, 0);
      ctx.lineTo(2, 0);
      ctx.lineTo(2, 2);
      ctx.closePath();
    }, 1);
    expect(d).toBe('M0,0L2,0L2,2Z');
  });

  it('drops a ring too small to see, and a lone point', () => {
    const d = pathData((ctx) => {
      ctx.moveTo(0, 0);
      ctx.lineTo(0.1, 0.1);
      ctx.closePath();
      ctx.moveTo(5, 5);
      ctx.closePath();
      ctx.moveTo(10, 10);
      ctx.lineTo(20, 10);
    }, 0.4);
    expect(d).toBe('M10,10L20,10');
  });
});
