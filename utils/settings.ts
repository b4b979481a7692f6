/**
 * The user's settings, in extension storage (WXT storage items): readable by the
 * content script, which must not open the database, and watched for changes, so
 * every open page (popup, library, settings) and every tab follows a change at once.
 */
import { storage } from 'wxt/utils/storage';
import { isLanguageChoice, type LanguageChoice } from './i18n/locales';
import type { CategoryId } from './lexicon/types';
import { CATEGORIES } from '../seeds/lexicon';

export type SiteRule = 'on' | 'off';
/** Days between backup reminders; 0 never reminds. */
export type BackupReminder = 0 | 7 | 30;

export interface Settings {
  /** Interface language: the browser's ('auto') or one of DiploLens's. */
  language: LanguageChoice;
  /** The global switch: when off, no page is highlighted by itself (the popup's switch still works for one page). */
  highlightOn: boolean;
  /** Highlight concepts on every page, not only official ones. Off by default. */
  highlightEverywhere: boolean;
  /** Per-site choice by hostname without 'www.': 'on' forces highlights, 'off' suppresses them. */
  sites: Record<string, SiteRule>;
  /** Categories whose concepts are neither highlighted nor counted in pages. */
  hiddenCategories: CategoryId[];
  /** Add a UTF-8 byte-order mark to CSV exports (Excel needs it to read UTF-8). */
  csvBom: boolean;
  /** Whether the library shows its charts (the choice is kept). */
  showCharts: boolean;
  backupReminderDays: BackupReminder;
  /** When the last JSON backup was exported (epoch ms), or null. */
  lastBackupAt: number | null;
  /** The backup reminder is not shown before this time (epoch ms). */
  backupSnoozedUntil: number | null;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  language: 'auto',
  highlightOn: true,
  highlightEverywhere: false,
  sites: {},
  hiddenCategories: [],
  csvBom: true,
  showCharts: true,
  backupReminderDays: 30,
  lastBackupAt: null,
  backupSnoozedUntil: null,
}) as Settings;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/**
 * Stored settings as the code may trust them: every field of the right type or its
 * default. Storage is shared with older versions and can be edited by hand, so an
 * unknown language, a rule other than on/off or a number as text never reaches the code.
 */
export function sanitiseSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  const d = DEFAULT_SETTINGS;
  const bool = (k: 'highlightOn' | 'highlightEverywhere' | 'csvBom' | 'showCharts') => (typeof s[k] === 'boolean' ? (s[k] as boolean) : d[k]);
  const sites: Record<string, SiteRule> = {};
  if (typeof s.sites === 'object' && s.sites !== null) {
    for (const [host, rule] of Object.entries(s.sites)) if (rule === 'on' || rule === 'off') sites[host] = rule;
  }
  const hidden = Array.isArray(s.hiddenCategories) ? s.hiddenCategories.filter((c): c is CategoryId => CATEGORY_IDS.includes(c as CategoryId)) : [];
  const days = s.backupReminderDays;
  return {
    language: isLanguageChoice(s.language) ? s.language : d.language,
    highlightOn: bool('highlightOn'),
    highlightEverywhere: bool('highlightEverywhere'),
    sites,
    hiddenCategories: [...new Set(hidden)],
    csvBom: bool('csvBom'),
    showCharts: bool('showCharts'),
    backupReminderDays: days === 0 || days === 7 || days === 30 ? days : d.backupReminderDays,
    lastBackupAt: isTime(s.lastBackupAt) ? s.lastBackupAt : null,
    backupSnoozedUntil: isTime(s.backupSnoozedUntil) ? s.backupSnoozedUntil : null,
  };
}

export async function loadSettings(): Promise<Settings> {
  return sanitiseSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitiseSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with the settings as they are after every change (from any page or tab); returns the unsubscribe. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((next) => cb(sanitiseSettings(next)));
}

/**
 * The site a rule is for, from what the user typed: an address or a host name
 * ('https://www.mfa.gov.kz/ru/press' → 'mfa.gov.kz'), as the content script names the
 * site of a page (its hostname without 'www.', international names in punycode as the
 * browser gives them). null when it is no host name.
 */
export function siteRuleHost(input: string): string | null {
  const text = input.trim();
  if (!text || /\s/.test(text)) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  // A site needs a dot (a domain or an IPv4 address), or is localhost; labels of letters, digits and hyphens.
  if (host !== 'localhost' && !/^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]*[a-z0-9]$/.test(host)) return null;
  return host;
}
