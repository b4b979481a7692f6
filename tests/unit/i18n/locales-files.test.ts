/** The manifest's words in public/_locales are the catalogs' (scripts/i18n-locales.ts writes them). */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LOCALES } from '../../../utils/i18n/locales';
import { localeMessages } from '../../../utils/i18n/manifest';
import { PAGE_CATALOGS } from '../../../utils/i18n/index';

const ROOT = resolve(import.meta.dirname, '../../..');

test.each(LOCALES)('public/_locales/%s/messages.json is up to date (run npx tsx scripts/i18n-locales.ts)', (locale) => {
  expect(readFileSync(resolve(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')).toBe(localeMessages(locale));
});

test.each(LOCALES)('the %s description fits the stores’ 132 characters', (locale) => {
  expect([...PAGE_CATALOGS[locale]['manifest.description']].length).toBeLessThanOrEqual(132);
});

test('every __MSG_ name in wxt.config.ts is in the messages', () => {
  const config = readFileSync(resolve(ROOT, 'wxt.config.ts'), 'utf8');
  const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
  const known = Object.keys(JSON.parse(localeMessages('en')));
  expect(used.length).toBeGreaterThan(2);
  expect(used.filter((u) => !known.includes(u))).toEqual([]);
});
