/**
 * Writes public/_locales/<lang>/messages.json from the catalogs (utils/i18n), so the
 * manifest's name, description and shortcut descriptions (__MSG_…__ in wxt.config.ts)
 * say what the interface says. Run after changing those keys:
 *   npx tsx scripts/i18n-locales.ts
 * tests/unit/i18n/locales-files.test.ts fails when the files and the catalogs differ.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localeMessages } from '../utils/i18n/manifest.ts';
import { LOCALES } from '../utils/i18n/locales.ts';

const DIR = resolve(import.meta.dirname, '../public/_locales');
for (const locale of LOCALES) {
  mkdirSync(join(DIR, locale), { recursive: true });
  writeFileSync(join(DIR, locale, 'messages.json'), localeMessages(locale));
}
console.log(`Wrote ${LOCALES.length} files in ${DIR}`);
