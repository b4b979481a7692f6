/**
 * The Firefox launcher and the harness's error watch themselves: a run leaves
 * no browser process and no profile behind, a start that does not come up fails
 * with a message that says so, and an error in the background page or an
 * extension page reaches the test (otherwise "no error from the extension"
 * could never fail).
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { launchFirefox, PROFILE_PREFIX } from './firefox';
import { launch, waitFor, type ExtensionPage } from './harness';

/** Processes whose process group is `pgid` (Firefox leads its own; its content processes join it). */
function groupMembers(pgid: number): string[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([, g]) => Number(g) === pgid)
    .map((f) => f.join(' '));
}

const profiles = () => new Set(readdirSync(tmpdir()).filter((n) => n.startsWith(PROFILE_PREFIX)));

describe('the Firefox launcher', () => {
  test('closing ends the browser with all its processes and removes the profile', async () => {
    const ff = await launchFirefox();
    const { pid, profile } = ff;
    expect(existsSync(profile)).toBe(true);
    const status = await ff.bidi.send<{ ready: boolean }>('session.status');
    expect(typeof status.ready).toBe('boolean');
    expect(groupMembers(pid).length).toBeGreaterThan(1);
    await ff.close();
    expect(existsSync(profile)).toBe(false);
    await waitFor(async () => groupMembers(pid), (m) => m.length === 0, 'no process of the group left', 5_000);
  });

  test('a browser that does not come up in time fails with a clear message and leaves nothing', async () => {
    const before = profiles();
    await expect(launchFirefox({ startTimeoutMs: 1 })).rejects.toThrow(/did not open its WebDriver BiDi port within 1 ms/);
    const left = [...profiles()].filter((p) => !before.has(p));
    expect(left).toEqual([]);
  });

  test('the error watch hears the background page and the extension pages', async () => {
    const h = await launch();
    try {
      expect(await h.extensionErrors()).toEqual([]);
      // As a failure of the extension's own code would: in its background page's realm…
      await h.control.evaluate(async () => {
        const bg = (await (globalThis as ExtensionPage).browser.runtime.getBackgroundPage()) as unknown as typeof globalThis;
        bg.console.error('probe: console.error in the background');
        void bg.Promise.reject(new bg.Error('probe: rejection in the background'));
      });
      // …and in an extension page opened as a tab.
      const popup = await h.openExtensionPage('popup.html');
      await popup.evaluate(() => {
        void Promise.reject(new Error('probe: rejection in the popup'));
      });
      const errors = await waitFor(() => h.extensionErrors(), (e) => e.length >= 3, 'three errors reported');
      expect(errors.join('\n')).toMatch(/background: console.error: probe: console.error in the background/);
      expect(errors.join('\n')).toMatch(/background: unhandled rejection: Error: probe: rejection in the background/);
      expect(errors.join('\n')).toMatch(/popup.html: unhandled rejection: Error: probe: rejection in the popup/);
    } finally {
      await h.close();
    }
  });
});
