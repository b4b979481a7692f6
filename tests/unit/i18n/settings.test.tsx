// @vitest-environment happy-dom
/**
 * The settings as every view reads them (WXT storage on WXT's fake browser), and the
 * language following them: a change made in one place re-renders every open view.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, sanitiseSettings, settingsItem, siteRuleHost, updateSettings, watchSettings } from '../../../utils/settings';
import { LanguageRoot, browserLanguageSource, useI18n, type LanguageSource } from '../../../components/i18n';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('stored settings', () => {
  test('nothing stored gives the defaults: follow the browser, highlight official sources, BOM on, charts on', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ language: 'auto', highlightOn: true, highlightEverywhere: false, csvBom: true, showCharts: true });
  });

  test('settings stored by the previous version (three fields) keep their values and gain the new defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlightEverywhere: true, sites: { 'mfa.uz': 'off' }, csvBom: false } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, highlightEverywhere: true, sites: { 'mfa.uz': 'off' }, csvBom: false });
  });

  test('damaged values fall back to their defaults, one by one', () => {
    expect(
      sanitiseSettings({
        language: 'de',
        highlightOn: 'yes',
        sites: { 'a.uz': 'on', 'b.uz': 'maybe', 'c.uz': 1 },
        hiddenCategories: ['risks', 'nonsense', 'risks'],
        backupReminderDays: 3,
        lastBackupAt: '2025-01-01',
        showCharts: false,
      }),
    ).toEqual({ ...DEFAULT_SETTINGS, sites: { 'a.uz': 'on' }, hiddenCategories: ['risks'], showCharts: false });
    expect(sanitiseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(sanitiseSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  test('an update changes only what it names, and watchers hear the result', async () => {
    const heard: string[] = [];
    const stop = watchSettings((s) => heard.push(s.language));
    await updateSettings({ sites: { 'mfa.kz': 'on' } });
    const next = await updateSettings({ language: 'kk' });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, sites: { 'mfa.kz': 'on' }, language: 'kk' });
    await waitFor(() => expect(heard).toEqual(['auto', 'kk']));
    stop();
  });
});

describe('the site a rule is for', () => {
  test.each([
    ['mfa.gov.kz', 'mfa.gov.kz'],
    ['  MFA.GOV.KZ ', 'mfa.gov.kz'],
    ['www.mfa.uz', 'mfa.uz'],
    ['https://www.mfa.gov.tr/sub.en.mfa?x=1', 'mfa.gov.tr'],
    ['http://mid.ru:8080/ru/press', 'mid.ru'],
    ['mfa.uz/', 'mfa.uz'],
    ['xn--80aealotwbjpid2k.xn--p1ai', 'xn--80aealotwbjpid2k.xn--p1ai'],
    ['мид.рф', 'xn--d1ahl.xn--p1ai'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%j → %s', (input, host) => {
    expect(siteRuleHost(input)).toBe(host);
  });
  test.each(['', 'mfa', 'mfa gov kz', 'javascript:alert(1)', 'http://', '-bad-.uz', 'a..uz'])('%j is no site', (input) => {
    expect(siteRuleHost(input)).toBeNull();
  });
});

function Probe() {
  const { t, locale } = useI18n();
  return <p data-locale={locale}>{t('common.openLibrary')}</p>;
}

describe('the language root', () => {
  test('follows the browser until a language is chosen, then the choice, in every open view at once, without a reload', async () => {
    const source = browserLanguageSource({ load: loadSettings, watch: watchSettings }, { navigator: { languages: ['ru-RU', 'en'] }, addEventListener() {}, removeEventListener() {} } as unknown as Window);
    render(
      <>
        <LanguageRoot source={source}>
          <Probe />
        </LanguageRoot>
        <LanguageRoot source={source}>
          <Probe />
        </LanguageRoot>
      </>,
    );
    await waitFor(() => expect(screen.getAllByText('Открыть библиотеку')).toHaveLength(2));
    expect(document.documentElement.lang).toBe('ru');
    await updateSettings({ language: 'uz' });
    await waitFor(() => expect(screen.getAllByText('Kutubxonani ochish')).toHaveLength(2));
    expect(document.documentElement.lang).toBe('uz-Latn');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, language: 'auto' });
    await waitFor(() => expect(screen.getAllByText('Открыть библиотеку')).toHaveLength(2));
  });

  test('renders nothing until the stored choice is known (no flash of English), and follows a browser language change', async () => {
    let release!: () => void;
    let langs = ['en'];
    let onChange: (() => void) | null = null;
    const source: LanguageSource = {
      load: () => new Promise((ok) => (release = () => ok('auto'))),
      watch: () => () => {},
      preferred: () => langs,
      onPreferredChange: (cb) => ((onChange = cb), () => (onChange = null)),
    };
    const { container } = render(
      <LanguageRoot source={source}>
        <Probe />
      </LanguageRoot>,
    );
    expect(container.textContent).toBe('');
    release();
    expect(await screen.findByText('Open library')).toBeTruthy();
    langs = ['tr-TR'];
    onChange!();
    expect(await screen.findByText('Kitaplığı aç')).toBeTruthy();
  });
});
