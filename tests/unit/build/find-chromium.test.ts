import { describe, expect, it } from 'vitest';
import { findChromium } from '../../../src/lib/build/find-chromium.ts';

const bundled = (): Promise<string> => Promise.resolve('/opt/bundled/chromium');
const only =
  (...paths: string[]) =>
  (p: string): boolean =>
    paths.includes(p);

describe('findChromium(env, platform, arch, exists, bundled)', () => {
  it('takes CHROMIUM_PATH first', async () => {
    expect(await findChromium({ CHROMIUM_PATH: '/opt/chrome' }, 'linux', 'x64', only('/opt/chrome'), bundled)).toEqual({
      path: '/opt/chrome',
      from: 'CHROMIUM_PATH',
    });
  });

  it('says so when CHROMIUM_PATH names nothing', async () => {
    expect(await findChromium({ CHROMIUM_PATH: '/opt/none' }, 'linux', 'x64', only(), bundled)).toBe(
      'CHROMIUM_PATH is set to /opt/none, which does not exist',
    );
  });

  it('treats an empty CHROMIUM_PATH as unset', async () => {
    expect(await findChromium({ CHROMIUM_PATH: '' }, 'linux', 'x64', only(), bundled)).toEqual({
      path: '/opt/bundled/chromium',
      from: 'bundled',
    });
  });

  it('uses the bundled Linux x64 binary only where it runs', async () => {
    expect(await findChromium({}, 'linux', 'arm64', only('/usr/bin/chromium'), bundled)).toEqual({
      path: '/usr/bin/chromium',
      from: 'installed',
    });
  });

  it('finds Chrome where macOS and Windows install it', async () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(await findChromium({}, 'darwin', 'arm64', only(mac), bundled)).toEqual({ path: mac, from: 'installed' });
    const win = 'C:\\Program Files/Google/Chrome/Application/chrome.exe';
    expect(await findChromium({ PROGRAMFILES: 'C:\\Program Files' }, 'win32', 'x64', only(win), bundled)).toEqual({
      path: win,
      from: 'installed',
    });
  });

  it('says in one line what to install when there is no browser', async () => {
    const message = await findChromium({}, 'darwin', 'arm64', only(), bundled);
    expect(message).toBe(
      'No Chromium found for the PDF and the browser tests: install Google Chrome (or Chromium) in /Applications, set CHROMIUM_PATH to a Chrome or Chromium executable, or build without the PDF (npm run build -- --no-pdf)',
    );
    expect(message).not.toMatch(/playwright install/);
  });
});
