/**
 * What the type checker refuses (this file is type-checked by `tsc --noEmit` in npm test:
 * an @ts-expect-error that no longer errs fails the build). The run-time assertions only
 * keep the values used.
 */
import { expect, test } from 'vitest';
import type { Catalog } from '../../../utils/i18n/types';
import type { en } from '../../../utils/i18n/en';
import { ru } from '../../../utils/i18n/ru';
import { pageTranslator } from '../../../utils/i18n/index';

test('a catalog without a key, or without a Russian plural form, or with an unknown key does not type-check', () => {
  const { 'form.save': _dropped, ...withoutKey } = ru;
  // @ts-expect-error 'form.save' is missing
  const missing: Catalog<typeof en, 'ru'> = withoutKey;
  // @ts-expect-error Russian needs few and many
  const fewMissing: Catalog<typeof en, 'ru'> = { ...ru, 'library.deleted': { one: 'a', other: 'b' } };
  // @ts-expect-error a key English does not have
  const extra: Catalog<typeof en, 'ru'> = { ...ru, 'no.such.key': 'x' };
  // @ts-expect-error a plural where English has a plain text
  const shape: Catalog<typeof en, 'ru'> = { ...ru, 'form.save': { one: 'a', few: 'b', many: 'c', other: 'd' } };
  expect([missing, fewMissing, extra, shape].length).toBe(4);
});

test('t() takes exactly the placeholders of the English text', () => {
  const t = pageTranslator('en').t;
  // @ts-expect-error {error} is not given
  t('popup.notSaved');
  // @ts-expect-error a plural needs its count as a number
  t('library.deleted', { count: '3' });
  // @ts-expect-error no such key
  t('popup.nope');
  expect(t('popup.notSaved', { error: 'x' })).toBe('Not saved: x');
});
