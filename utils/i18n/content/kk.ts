import type { Catalog } from '../types';
import type { contentEn } from './en';

export const contentKk: Catalog<typeof contentEn, 'kk'> = {
  'card.label': 'DiploLens: {label}',
  'card.close': 'Жабу',
  'card.matched': 'Табылды: {matched}',
  'card.term': '(термин: {term})',
  'card.discussed': 'Мына еңбектерде талқыланады',
  'card.added': 'Лексиконға қосылған дереккөз: {source}',
  'card.save': 'Мысал ретінде сақтау',
  'card.saving': 'Сақталып жатыр…',
  'card.saved': 'Сақталды',
  'card.inLibrary': 'Кітапханаңызда.',
  'card.notSaved': 'Сақталмады: {error}',
  'card.position': 'Бұл беттегі кездесу: {index} / {count}',
  'card.noHighlights': 'Бұл бетте бөлектелген ұғым жоқ.',
  'toast.region': 'DiploLens',
  'toast.saved': 'DiploLens кітапханаңызға сақталды.',
  'toast.duplicate': 'Қайта сақталды: бұл беттегі осы дәйексөз кітапханаңызда бұрыннан бар еді.',
  'toast.addDetails': 'Тег немесе жазба қосу',
  'toast.undo': 'Болдырмау',
  'toast.undone': 'Кітапханадан қайта алып тасталды.',
  'toast.undoFailed': 'Болдырмау мүмкін болмады: {error}',
  'toast.failed': 'Сақталмады: {error}',
  'toast.close': 'Жабу',
};
