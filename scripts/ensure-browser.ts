/**
 * Makes sure Debian's Chromium and firefox-esr (for the end-to-end tests)
 * are installed, installing them with apt-get when we are root on Debian, and
 * otherwise saying exactly what to run. Playwright's own browser download
 * cannot be used here (no network beyond the package registries).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let updated = false;

function aptInstall(...pkgs: string[]): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return false;
  console.log(`Installing ${pkgs.join(' ')} with apt-get (once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!updated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    updated = true;
  }
  execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env });
  return true;
}

export function ensureChromium(): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  // The emoji font lets flags (country labels) render in screenshots.
  if (aptInstall('chromium', 'fonts-noto-color-emoji') && existsSync(CHROMIUM)) return CHROMIUM;
  throw new Error(
    `Chromium is not installed at ${CHROMIUM}. Install it with 'sudo apt-get install -y chromium' (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  );
}

/** firefox-esr for the Firefox end-to-end tests (tests/e2e-firefox/); null when it cannot be had. */
export function ensureFirefox(): string | null {
  if (existsSync(FIREFOX)) return FIREFOX;
  try {
    if (aptInstall('firefox-esr') && existsSync(FIREFOX)) return FIREFOX;
  } catch (error) {
    console.warn(`firefox-esr could not be installed: ${String(error)}`);
  }
  return null;
}
