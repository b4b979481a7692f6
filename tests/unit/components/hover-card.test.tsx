// @vitest-environment happy-dom
/** The hover card speaks the interface language; the lexicon's own text stays English and is marked so. */
import { afterEach, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { HoverCard } from '../../../components/HoverCard';
import type { HoverCardProps } from '../../../utils/content/hover-card';
import { contentTranslator } from '../../../utils/i18n/content/index';

afterEach(cleanup);

const props: HoverCardProps = {
  label: 'Soft power',
  category: 'goals',
  categoryLabel: 'Goals',
  term: 'мягкая сила',
  matched: 'мягкой силы',
  lang: 'ru',
  definition: 'The ability to shape what others want through attraction.',
  refs: ['Jumayeva (2023). Digital diplomacy'],
  saveState: 'idle',
  onSave: () => {},
  onClose: () => {},
};

test.each([
  ['en', 'Save as example', 'Matched', 'Russian', 'Discussed in'],
  ['ru', 'Сохранить как пример', 'Найдено', 'русский', 'Обсуждается в работах'],
  ['uz', 'Misol sifatida saqlash', 'Topildi', 'rus', 'Quyidagi ishlarda muhokama qilingan'],
  ['kk', 'Мысал ретінде сақтау', 'Табылды', 'орыс', 'Мына еңбектерде талқыланады'],
  ['tr', 'Örnek olarak kaydet', 'Eşleşen', 'Rusça', 'Ele alındığı çalışmalar'],
] as const)('in %s', (locale, save, matched, language, discussed) => {
  const t = contentTranslator(locale);
  render(<HoverCard {...props} t={t} />);
  const card = screen.getByRole('dialog', { name: 'DiploLens: Soft power' });
  expect(card.getAttribute('lang')).toBe(t.tag);
  expect(screen.getByRole('button', { name: save })).toBeTruthy();
  expect(card.textContent).toContain(matched);
  expect(card.textContent).toContain(language);
  expect(card.textContent).toContain(discussed);
  // The matched words are the page's, in its language.
  expect(card.querySelector('q')!.getAttribute('lang')).toBe('ru');
  if (locale !== 'en') expect(screen.getByText(props.definition).getAttribute('lang')).toBe('en');
});
