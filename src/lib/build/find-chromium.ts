import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where a browser was found, and how, so a failure can say what was tried. */
export interface ChromiumChoice {
  path: string;
  from: 'CHROMIUM_PATH' | 'bundled' | 'installed';
}

/** CHROMIUM_PATH when it names something; empty (as `CHROMIUM_PATH= npm run build` leaves it) counts as unset. */
export function chromiumPathFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.CHROMIUM_PATH?.trim() || undefined;
}

/** Installed Chrome or Chromium, in the places each system's installers put them. */
export function installedCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  switch (platform) {
    case 'darwin':
      return [
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ];
    case 'win32': {
      const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
      return roots.flatMap((r) => [
        join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(r, 'Chromium', 'Application', 'chrome.exe'),
        join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      ]);
    }
    default:
      return [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/snap/bin/chromium',
      ];
  }
}

/** What to install, in one line, for a machine where no browser was found. */
export function noChromiumMessage(platform: NodeJS.Platform): string {
  const how =
    platform === 'darwin'
      ? 'install Google Chrome (or Chromium) in /Applications'
      : platform === 'win32'
        ? 'install Google Chrome or Microsoft Edge'
        : 'install Chromium (e.g. apt-get install chromium)';
  return `No Chromium found for the PDF and the browser tests: ${how}, set CHROMIUM_PATH to a Chrome or Chromium executable, or build without the PDF (npm run build -- --no-pdf)`;
}

/**
 * Chooses the browser: CHROMIUM_PATH when set (an empty value counts as unset); the Linux x64
 * binary the @sparticuz/chromium npm package ships, where the machine is Linux x64; otherwise an
 * installed Chrome or Chromium. Returns the reason in words when there is none.
 */
export async function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
  exists: (path: string) => boolean = existsSync,
  bundled: () => Promise<string> = async () => (await import('@sparticuz/chromium')).default.executablePath(),
): Promise<ChromiumChoice | string> {
  const chosen = chromiumPathFromEnv(env);
  if (chosen)
    return exists(chosen) ? { path: chosen, from: 'CHROMIUM_PATH' } : `CHROMIUM_PATH is set to ${chosen}, which does not exist`;
  if (platform === 'linux' && arch === 'x64') return { path: await bundled(), from: 'bundled' };
  const installed = installedCandidates(platform, env).find(exists);
  return installed ? { path: installed, from: 'installed' } : noChromiumMessage(platform);
}
