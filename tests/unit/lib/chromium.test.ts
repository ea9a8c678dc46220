import { describe, expect, it } from 'vitest';
import { chromiumPathFromEnv, launchBrowser } from '../../../src/lib/build/chromium.ts';
import { strayTempFiles } from '../../support/temp.ts';

describe('CHROMIUM_PATH', () => {
  it('counts empty or blank as unset', () => {
    expect(chromiumPathFromEnv({ CHROMIUM_PATH: '' })).toBeUndefined();
    expect(chromiumPathFromEnv({ CHROMIUM_PATH: '  ' })).toBeUndefined();
    expect(chromiumPathFromEnv({})).toBeUndefined();
    expect(chromiumPathFromEnv({ CHROMIUM_PATH: '/usr/bin/chromium' })).toBe('/usr/bin/chromium');
  });

  it('a failed launch says which Chromium and what to set, never to install Playwright, and leaves nothing behind', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/bin/false';
    try {
      const error = await launchBrowser().then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toMatch(
        /^could not start Chromium at \/bin\/false \(from CHROMIUM_PATH\): .*; point CHROMIUM_PATH at a working Chromium/,
      );
      expect(error?.message).not.toContain('playwright install');
      expect(error?.message.split('\n')).toHaveLength(1);
      expect(strayTempFiles()).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  }, 60_000);
});
