/**
 * Whether a page gets highlights, and why (the popup shows the reason, in its own
 * language, from `code`; `reason` is the English sentence, for logs and tests). Pure.
 * Order: the popup's switch for this page, then the user's per-site rule, then the
 * global switch (off: nothing by itself), then 'every page', then the page's own
 * detection; on social platforms official posts are highlighted one by one.
 */
import type { Detection, Platform } from '../detect/types';
import type { HighlightReasonCode } from '../messages/protocol';
import type { Settings } from '../settings';

export type HighlightMode = 'off' | 'page' | 'posts';

export interface HighlightDecision {
  mode: HighlightMode;
  code: HighlightReasonCode;
  reason: string;
}

export function decideHighlighting(
  host: string,
  detection: Detection,
  platform: Platform,
  settings: Settings,
  override: boolean | null = null,
): HighlightDecision {
  if (override === false) return { mode: 'off', code: 'overrideOff', reason: 'Highlights are off on this page until it is reloaded.' };
  if (override === true) return { mode: 'page', code: 'overrideOn', reason: 'Highlights are on for this page until it is reloaded.' };
  const site = settings.sites[host];
  if (site === 'off') return { mode: 'off', code: 'siteOff', reason: `Never highlighted on ${host} (your site rule).` };
  if (site === 'on') return { mode: 'page', code: 'siteOn', reason: `Always highlighted on ${host} (your site rule).` };
  if (settings.highlightOn === false)
    return { mode: 'off', code: 'masterOff', reason: 'Highlighting is switched off in the settings; switch it on here for this page.' };
  if (settings.highlightEverywhere) return { mode: 'page', code: 'everywhere', reason: 'Highlights are on for every page (your setting).' };
  if (platform !== 'web') return { mode: 'posts', code: 'posts', reason: 'Posts by official accounts are highlighted.' };
  if (detection.kind !== 'none') return { mode: 'page', code: 'official', reason: 'Highlighted because this is an official source.' };
  return { mode: 'off', code: 'notOfficial', reason: 'Not an official source: switch highlights on to see the concepts here.' };
}
