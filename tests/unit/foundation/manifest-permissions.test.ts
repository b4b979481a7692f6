/**
 * The permissions each build asks for are exactly the ones the README explains: a new one
 * cannot slip in unexplained (the standard: ask only for what the features need, and say why).
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../../wxt.config';

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' | 'serve' }) => { permissions?: string[] };
const manifest = config.manifest as unknown as ManifestFn;
const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
const permissionsSection = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Architecture'));

describe('permissions', () => {
  test.each([
    ['chrome', 3, ['storage', 'unlimitedStorage', 'activeTab', 'contextMenus']],
    // Host permissions for the content script's own sites: Firefox's tabs.insertCSS (the user-origin
    // highlight sheet for shadow roots) is refused without them.
    ['firefox', 2, ['storage', 'unlimitedStorage', 'activeTab', 'contextMenus', 'http://*/*', 'https://*/*']],
  ] as const)('the %s build asks for exactly these, each explained in the README', (browser, manifestVersion, expected) => {
    const permissions = manifest({ browser, manifestVersion, mode: 'production', command: 'build' }).permissions ?? [];
    expect(permissions).toEqual(expected);
    for (const p of permissions) expect(permissionsSection, `README's Permissions section names ${p}`).toContain(`\`${p}\``);
  });
});
