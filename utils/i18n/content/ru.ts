import type { Catalog } from '../types';
import type { contentEn } from './en';

export const contentRu: Catalog<typeof contentEn, 'ru'> = {
  'card.label': 'DiploLens: {label}',
  'card.close': 'Закрыть',
  'card.matched': 'Найдено: {matched}',
  'card.term': '(термин: {term})',
  'card.discussed': 'Обсуждается в работах',
  'card.added': 'Добавлено в лексикон по источнику: {source}',
  'card.save': 'Сохранить как пример',
  'card.saving': 'Сохраняем…',
  'card.saved': 'Сохранено',
  'card.inLibrary': 'В вашей библиотеке.',
  'card.notSaved': 'Не сохранено: {error}',
  'card.position': 'Вхождение {index} из {count} на этой странице',
  'card.noHighlights': 'На этой странице нет подсвеченных понятий.',
  'toast.region': 'DiploLens',
  'toast.saved': 'Сохранено в библиотеку DiploLens.',
  'toast.duplicate': 'Сохранено ещё раз: эта цитата с этой страницы уже была в библиотеке.',
  'toast.addDetails': 'Добавить метки или заметку',
  'toast.undo': 'Отменить',
  'toast.undone': 'Снова удалено из библиотеки.',
  'toast.undoFailed': 'Не удалось отменить: {error}',
  'toast.failed': 'Не сохранено: {error}',
  'toast.close': 'Закрыть',
};
