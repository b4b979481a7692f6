/**
 * The manifest's words in each language, as browser.i18n reads them from
 * public/_locales/<lang>/messages.json (the one place a browser lets an extension's
 * name and description follow its own interface language). Generated from the catalogs
 * by scripts/i18n-locales.ts; the __MSG_…__ names here are the ones wxt.config.ts uses.
 */
import { PAGE_CATALOGS } from './index';
import type { Locale } from './locales';

/** Manifest message name → catalog key. */
export const MANIFEST_MESSAGES = {
  extName: 'app.name',
  extDescription: 'manifest.description',
  cmdToggleHighlights: 'command.toggle-highlights',
  cmdSaveSelection: 'command.save-selection',
  cmdShowDefinition: 'command.show-definition',
} as const;

/** The messages.json text of one language (stable order, two-space indent, final newline). */
export function localeMessages(locale: Locale): string {
  const catalog = PAGE_CATALOGS[locale];
  const out: Record<string, { message: string }> = {};
  for (const [name, key] of Object.entries(MANIFEST_MESSAGES)) out[name] = { message: catalog[key] };
  return `${JSON.stringify(out, null, 2)}\n`;
}
