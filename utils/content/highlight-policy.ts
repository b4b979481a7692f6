/**
 * Whether a page gets highlights, and why (the popup shows the reason). Pure.
 * Order: the user's per-site choice, then the global switch, then the page's
 * own detection; on social platforms official posts are highlighted one by one.
 */
import type { Detection, Platform } from '../detect/types';
import type { Settings } from '../settings';

export type HighlightMode = 'off' | 'page' | 'posts';

export interface HighlightDecision {
  mode: HighlightMode;
  reason: string;
}

export function decideHighlighting(
  host: string,
  detection: Detection,
  platform: Platform,
  settings: Settings,
  override: boolean | null = null,
): HighlightDecision {
  if (override === false) return { mode: 'off', reason: 'Highlights are off on this page until it is reloaded.' };
  if (override === true) return { mode: 'page', reason: 'Highlights are on for this page until it is reloaded.' };
  const site = settings.sites[host];
  if (site === 'off') return { mode: 'off', reason: `Highlights are switched off for ${host}.` };
  if (site === 'on') return { mode: 'page', reason: `Highlights are switched on for ${host}.` };
  if (settings.highlightEverywhere) return { mode: 'page', reason: 'Highlights are on for every page (settings).' };
  if (platform !== 'web') return { mode: 'posts', reason: 'Posts by official accounts are highlighted.' };
  if (detection.kind !== 'none') return { mode: 'page', reason: 'Highlighted because this is an official source.' };
  return { mode: 'off', reason: 'Not an official source: switch highlights on to see the concepts here.' };
}
