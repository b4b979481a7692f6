/**
 * Inflection: which stems a lexicon word has, and which endings may follow each stem.
 *
 * The matcher accepts a text word when it is `stem + ending` with the ending drawn from
 * the stem's ending class. Classes are generous unions (they accept some forms no grammar
 * would produce), because precision comes from the stems: a false ending on a real stem
 * of a multi-word term is rare in practice, while a missed case form is a missed concept.
 *
 * Rules per language (all forms are FOLDED: lower case, ı→i, ё→е, see normalise.ts):
 * - en: the head (last word) takes -s/-es/-'s; consonant+y → -ies ("embassy/embassies").
 *   Modifiers stay as written: 'soft' must be followed by 'power' directly.
 * - ru: every word of a phrase declines (adjectives agree with the noun), so every word
 *   is reduced to a stem by removing the longest case ending that leaves ≥3 letters
 *   (Зализняк, Грамматический словарь русского языка, 1977: endings of the noun and
 *   adjective declensions); neuter nouns in -ние keep -ни-. Fleeting vowels (конец/конца) need an explicit stem.
 * - tr, uz, kk: agglutinative; only the head takes suffixes (modifiers in a Turkic noun
 *   phrase are uninflected: Göksel & Kerslake, Turkish: A Comprehensive Grammar, 2005, ch. 14;
 *   Muhamedowa, Kazakh: A Comprehensive Grammar, 2016, §2). Endings are generated as
 *   [plural][possessive][case]. Final voiceless stops soften before a vowel-initial suffix
 *   (tr güç→gücü, kitap→kitabı; uz -k→-gi, -q→-g'i; kk -к→-гі, -қ→-ғы, -п→-бы), so a
 *   softened stem is added automatically.
 */
import type { Lang } from './types.ts';
import { isCyrillic } from './normalise.ts';

export type EndingClass = 'exact' | 'en' | 'en-y' | 'ru' | 'tr' | 'uz-latn' | 'uz-cyrl' | 'kk';

function cross(...parts: string[][]): string[] {
  let acc = [''];
  for (const p of parts) {
    const next: string[] = [];
    for (const a of acc) for (const b of p) next.push(a + b);
    acc = next;
  }
  return [...new Set(acc)];
}

const RU_ENDINGS = [
  '', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
  'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ов', 'ев', 'ью',
  'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ий', 'ый', 'ую', 'юю', 'ого', 'его', 'ому', 'ему',
  'ым', 'им', 'ых', 'их', 'ыми', 'ими', 'ою', 'ею',
];

// Turkish, folded as the text is (normalise.ts: ı→i, ü→u, ö→o, ş→s, ç→c, ğ→g), so one
// ending serves both 'gücün' and 'gucun': plural, possessive, case and copula.
const TR_POSSESSIVE = ['', 'i', 'u', 'si', 'su', 'm', 'im', 'um', 'n', 'in', 'un',
  'miz', 'muz', 'imiz', 'umuz', 'niz', 'nuz', 'iniz', 'unuz', 'lari', 'leri'];
const TR_CASE = ['', 'i', 'u', 'yi', 'yu', 'ni', 'nu', 'a', 'e', 'ya', 'ye', 'na', 'ne',
  'da', 'de', 'ta', 'te', 'nda', 'nde', 'dan', 'den', 'tan', 'ten', 'ndan', 'nden',
  'in', 'un', 'nin', 'nun', 'yla', 'yle', 'la', 'le',
  'ki', 'daki', 'deki', 'taki', 'teki', 'ndaki', 'ndeki', 'dir', 'dur', 'tir', 'tur'];
const TR_ENDINGS = [
  ...cross(['', 'lar', 'ler'], TR_POSSESSIVE, TR_CASE),
  // Proper names and abbreviations take their suffixes after an apostrophe ('Twitter'da',
  // 'BM'de', 'e-Devlet'ten', 'Bakanlığı'ndan': TDK Yazım Kılavuzu, kesme işareti), folded to
  // "'" like every apostrophe variant (normalise.ts). Plurals of names are rare, so only
  // possessive and case endings follow the apostrophe (a third of the strings to compile).
  ...cross(["'"], TR_POSSESSIVE, TR_CASE).filter((e) => e !== "'"),
];

const UZ_LATN_ENDINGS = cross(
  ['', 'lar'],
  ['', 'i', 'si', 'im', 'm', 'ing', 'ng', 'imiz', 'miz', 'ingiz', 'ngiz', 'lari'],
  ['', 'ning', 'ni', 'ga', 'ka', 'qa', 'da', 'dan', 'dagi', 'gacha', 'dir', 'mi', 'day', 'dek', 'cha'],
);

const UZ_CYRL_ENDINGS = cross(
  ['', 'лар'],
  ['', 'и', 'си', 'им', 'м', 'инг', 'нг', 'имиз', 'миз', 'ингиз', 'нгиз', 'лари'],
  ['', 'нинг', 'ни', 'га', 'ка', 'қа', 'да', 'дан', 'даги', 'гача', 'дир', 'ми', 'дай', 'дек', 'ча'],
);

const KK_ENDINGS = cross(
  ['', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер'],
  ['', 'ы', 'і', 'сы', 'сі', 'ым', 'ім', 'м', 'ың', 'ің', 'ң', 'мыз', 'міз', 'ымыз', 'іміз'],
  ['', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'на', 'не', 'а', 'е',
    'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'н', 'да', 'де', 'та', 'те', 'нда', 'нде',
    'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен', 'бен', 'пен', 'менен',
    'ндағы', 'ндегі', 'дағы', 'дегі', 'тағы', 'тегі'],
);

export const ENDINGS: Readonly<Record<EndingClass, readonly string[]>> = {
  exact: [''],
  en: ['', 's', 'es', "'s"],
  'en-y': ['y', 'ies', "y's"],
  ru: RU_ENDINGS,
  tr: TR_ENDINGS,
  'uz-latn': UZ_LATN_ENDINGS,
  'uz-cyrl': UZ_CYRL_ENDINGS,
  kk: KK_ENDINGS,
};

export interface Stem {
  stem: string;
  cls: EndingClass;
}

const RU_STRIPPABLE = RU_ENDINGS.filter((e) => e !== '').sort((a, b) => b.length - a.length);
const SOFTEN: Partial<Record<Lang, Record<string, string>>> = {
  // Folded: ğ is g here (and ç, already folded to c, has nothing left to soften to).
  tr: { p: 'b', t: 'd', k: 'g' },
  uz: { k: 'g', q: "g'", к: 'г', қ: 'ғ' },
  kk: { к: 'г', қ: 'ғ', п: 'б' },
};

const hasLetters = (w: string): boolean => /\p{L}/u.test(w);

/**
 * The stems of one FOLDED word of a term in language `lang`.
 * `final`: whether it is the last word of the term (the head that takes suffixes).
 * `exact`: the term is matched only as written (acronyms, short or ambiguous terms).
 */
export function stemsOf(word: string, lang: Lang, final: boolean, exact: boolean): Stem[] {
  if (exact || !hasLetters(word)) return [{ stem: word, cls: 'exact' }];
  switch (lang) {
    case 'ru': {
      if (!isCyrillic(word)) return final ? stemsOf(word, 'en', true, false) : [{ stem: word, cls: 'exact' }];
      if (word.length <= 3) return [{ stem: word, cls: 'exact' }];
      // Neuter nouns in -ние/-тие/-вие/-ье keep their и/ь in the stem (привлечени-е, -я, -ем),
      // unlike adjectives in -ие (консульск-ие), so only the last letter is removed.
      if (/(ни|ти|ви|ь)е$/.test(word)) return [{ stem: word.slice(0, -1), cls: 'ru' }];
      for (const e of RU_STRIPPABLE) {
        if (word.endsWith(e) && word.length - e.length >= 3) return [{ stem: word.slice(0, -e.length), cls: 'ru' }];
      }
      return [{ stem: word, cls: 'ru' }];
    }
    case 'en': {
      if (!final) return [{ stem: word, cls: 'exact' }];
      if (/[^aeiou]y$/.test(word)) return [{ stem: word.slice(0, -1), cls: 'en-y' }];
      if (/[^aeiou]ies$/.test(word) && word.length > 4) return [{ stem: word.slice(0, -3), cls: 'en-y' }];
      const out: Stem[] = [{ stem: word, cls: 'en' }];
      if (/[^su]s$/.test(word) && word.length > 3 && !/(is|us|ss)$/.test(word)) {
        out.push({ stem: word.slice(0, -1), cls: 'en' });
      }
      return out;
    }
    default: {
      if (!final) return [{ stem: word, cls: 'exact' }];
      const cls: EndingClass = lang === 'tr' ? 'tr' : lang === 'kk' ? 'kk' : isCyrillic(word) ? 'uz-cyrl' : 'uz-latn';
      const out: Stem[] = [{ stem: word, cls }];
      const last = word.at(-1) ?? '';
      const soft = SOFTEN[lang]?.[last];
      if (soft !== undefined && word.length > 2) out.push({ stem: word.slice(0, -1) + soft, cls });
      return out;
    }
  }
}
