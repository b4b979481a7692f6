/**
 * The user's settings, in extension storage (WXT storage items): readable by the
 * content script, which must not open the database, and watched for changes.
 */
import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** Highlight concepts on every page, not only official ones. Off by default. */
  highlightEverywhere: boolean;
  /** Per-site choice by hostname: 'on' forces highlights, 'off' suppresses them. */
  sites: Record<string, 'on' | 'off'>;
  /** Add a UTF-8 byte-order mark to CSV exports (Excel needs it to read UTF-8). */
  csvBom: boolean;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  highlightEverywhere: false,
  sites: {},
  csvBom: true,
}) as Settings;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return { ...DEFAULT_SETTINGS, ...stored, sites: { ...(stored?.sites ?? {}) } };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}
