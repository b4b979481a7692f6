import type { Catalog } from '../types';
import type { contentEn } from './en';

export const contentTr: Catalog<typeof contentEn, 'tr'> = {
  'card.label': 'DiploLens: {label}',
  'card.close': 'Kapat',
  'card.matched': 'Eşleşen: {matched}',
  'card.term': '(terim: {term})',
  'card.discussed': 'Ele alındığı çalışmalar',
  'card.added': 'Sözlüğe eklendiği kaynak: {source}',
  'card.save': 'Örnek olarak kaydet',
  'card.saving': 'Kaydediliyor…',
  'card.saved': 'Kaydedildi',
  'card.inLibrary': 'Kitaplığınızda.',
  'card.notSaved': 'Kaydedilmedi: {error}',
  'card.position': 'Bu sayfadaki geçiş: {index} / {count}',
  'card.noHighlights': 'Bu sayfada vurgulanmış kavram yok.',
  'toast.region': 'DiploLens',
  'toast.saved': 'DiploLens kitaplığınıza kaydedildi.',
  'toast.duplicate': 'Yeniden kaydedildi: bu sayfadaki bu alıntı zaten kitaplığınızdaydı.',
  'toast.addDetails': 'Etiket veya not ekle',
  'toast.undo': 'Geri al',
  'toast.undone': 'Kitaplıktan yeniden kaldırıldı.',
  'toast.undoFailed': 'Geri alınamadı: {error}',
  'toast.failed': 'Kaydedilmedi: {error}',
  'toast.close': 'Kapat',
};
