// @vitest-environment happy-dom
/** How sure DiploLens is, said in the interface language: the tier's name and what it means. */
import { afterEach, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { SourceStatus } from '../../../components/SourceStatus';
import { I18nProvider } from '../../../components/i18n';
import { pageTranslator } from '../../../utils/i18n/index';
import type { Detection } from '../../../utils/detect/types';

afterEach(cleanup);

const detection = { kind: 'mfa', subkind: 'ministry', country: 'UZ', confidence: 0.98, reasons: [], platform: 'web', tier: 'certain' } as unknown as Detection;

test.each([
  ['en', 'Certain', /registry of official sources/],
  ['ru', 'Достоверно', /реестре официальных источников/],
  ['tr', 'Kesin', /Resmî kaynaklar kaydında/],
] as const)('%s: the tier is %s', (locale, name, help) => {
  render(
    <I18nProvider value={pageTranslator(locale)}>
      <SourceStatus detection={detection} countryLabel="🇺🇿 Uzbekistan" />
    </I18nProvider>,
  );
  const chip = screen.getByText(name);
  expect(chip.getAttribute('title')).toMatch(help);
});
