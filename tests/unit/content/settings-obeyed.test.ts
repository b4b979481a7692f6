// @vitest-environment happy-dom
/**
 * The content script does what the settings page says: the global switch, hidden
 * categories (neither painted nor counted), and a site rule chosen after the popup's
 * one-page switch (the popup then says what the rule says, not 'until it is reloaded').
 */
import { afterEach, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mount } from './harness';
import { decideHighlighting } from '../../../utils/content/highlight-policy';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import { MFA, NONE } from './harness';

const PAGES = resolve(import.meta.dirname, '../../fixtures/pages');
const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
const REUTERS = 'http://www.reuters.com/world/asia/central-asia-tech';
function load(path: string) {
  document.documentElement.innerHTML = readFileSync(resolve(PAGES, path), 'utf8').replace(/^<!doctype html>/i, '');
}
let current: ReturnType<typeof mount> | null = null;
afterEach(() => {
  current?.abort();
  current = null;
  document.documentElement.innerHTML = '<head></head><body></body>';
});

type Status = { ok: true; value: { highlighting: boolean; highlightReasonCode: string; concepts: Array<{ category: string }> } };

describe('the decision, in order: this page’s switch, the site rule, the global switch, every page, the source', () => {
  const s = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });
  test.each([
    ['an official page', 'mfa.uz', MFA, s(), null, 'page', 'official'],
    ['an ordinary page', 'reuters.com', NONE, s(), null, 'off', 'notOfficial'],
    ['the global switch off, on an official page', 'mfa.uz', MFA, s({ highlightOn: false }), null, 'off', 'masterOff'],
    ['the global switch off beats every page', 'reuters.com', NONE, s({ highlightOn: false, highlightEverywhere: true }), null, 'off', 'masterOff'],
    ['a site rule beats the global switch', 'reuters.com', NONE, s({ highlightOn: false, sites: { 'reuters.com': 'on' } }), null, 'page', 'siteOn'],
    ['Never on an official site', 'mfa.uz', MFA, s({ sites: { 'mfa.uz': 'off' } }), null, 'off', 'siteOff'],
    ['every page', 'reuters.com', NONE, s({ highlightEverywhere: true }), null, 'page', 'everywhere'],
    ['the popup’s switch beats all', 'mfa.uz', MFA, s({ sites: { 'mfa.uz': 'off' } }), true, 'page', 'overrideOn'],
  ] as const)('%s', (_name, host, detection, settings, override, mode, code) => {
    expect(decideHighlighting(host, detection, 'web', settings, override)).toMatchObject({ mode, code });
  });
});

describe('in the page', () => {
  test('with the global switch off an official page is not highlighted, and the popup can still switch it on', async () => {
    load('mfa.uz/en/press/news/2025/digital-diplomacy-forum.html');
    current = mount(PRESS, { settings: { highlightOn: false } });
    await current.settle();
    expect(current.registry.size).toBe(0);
    expect((await current.ask<Status>('status.get')).value.highlightReasonCode).toBe('masterOff');
    await current.ask('highlights.set', { on: true });
    await current.settle();
    expect(current.allPainted().length).toBeGreaterThan(0);
  });

  test('a hidden category is neither painted nor counted; showing it again paints it', async () => {
    load('mfa.uz/en/press/news/2025/digital-diplomacy-forum.html');
    current = mount(PRESS);
    await current.settle();
    expect(Object.keys(current.painted())).toContain('diplolens-goals');
    current.changeSettings({ hiddenCategories: ['goals'] });
    await current.settle();
    expect(Object.keys(current.painted())).not.toContain('diplolens-goals');
    expect(current.allPainted().map((t) => t.toLowerCase())).not.toContain('soft power');
    expect(current.allPainted().map((t) => t.toLowerCase())).toContain('digital diplomacy');
    const st = await current.ask<Status>('status.get');
    expect(st.value.concepts.length).toBeGreaterThan(0);
    expect(st.value.concepts.some((c) => c.category === 'goals')).toBe(false);
    current.changeSettings({ hiddenCategories: [] });
    await current.settle();
    expect(current.allPainted().map((t) => t.toLowerCase())).toContain('soft power');
  });

  test('Always chosen for the site after the one-page switch: the rule is what the popup reports, not “until it is reloaded”', async () => {
    load('www.reuters.com/world/asia/central-asia-tech.html');
    current = mount(REUTERS);
    await current.settle();
    await current.ask('highlights.set', { on: true });
    expect((await current.ask<Status>('status.get')).value.highlightReasonCode).toBe('overrideOn');
    current.changeSettings({ sites: { 'reuters.com': 'on' } });
    await current.settle();
    const st = await current.ask<Status>('status.get');
    expect(st.value).toMatchObject({ highlighting: true, highlightReasonCode: 'siteOn' });
    // And Never, chosen next, switches the page off.
    current.changeSettings({ sites: { 'reuters.com': 'off' } });
    await current.settle();
    expect((await current.ask<Status>('status.get')).value).toMatchObject({ highlighting: false, highlightReasonCode: 'siteOff' });
    expect(current.registry.size).toBe(0);
  });
});
