import type { Catalog } from '../types';
import type { contentEn } from './en';

export const contentUz: Catalog<typeof contentEn, 'uz'> = {
  'card.label': 'DiploLens: {label}',
  'card.close': 'Yopish',
  'card.matched': 'Topildi: {matched}',
  'card.term': '(atama: {term})',
  'card.discussed': 'Quyidagi ishlarda muhokama qilingan',
  'card.added': 'Leksikonga qoʻshilgan manba: {source}',
  'card.save': 'Misol sifatida saqlash',
  'card.saving': 'Saqlanmoqda…',
  'card.saved': 'Saqlandi',
  'card.inLibrary': 'Kutubxonangizda.',
  'card.notSaved': 'Saqlanmadi: {error}',
  'card.position': 'Bu sahifadagi uchrashuv: {index} / {count}',
  'card.noHighlights': 'Bu sahifada ajratib koʻrsatilgan tushuncha yoʻq.',
  'toast.region': 'DiploLens',
  'toast.saved': 'DiploLens kutubxonangizga saqlandi.',
  'toast.duplicate': 'Yana saqlandi: bu sahifadagi bu iqtibos kutubxonangizda allaqachon bor edi.',
  'toast.addDetails': 'Teg yoki izoh qoʻshish',
  'toast.undo': 'Bekor qilish',
  'toast.undone': 'Kutubxonadan yana olib tashlandi.',
  'toast.undoFailed': 'Bekor qilib boʻlmadi: {error}',
  'toast.failed': 'Saqlanmadi: {error}',
  'toast.close': 'Yopish',
};
