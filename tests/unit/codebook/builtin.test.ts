import { describe, expect, test } from 'vitest';
import { builtinCodebook, BUILTIN_ID, BUILTIN_VERSION } from '../../../utils/codebook/builtin';
import { compileCodebook } from '../../../utils/codebook/compile';
import { conceptColour } from '../../../utils/codebook/model';
import { errorsOf, validateCodebook } from '../../../utils/codebook/validate';
import { defaultLexicon, match } from '../../../utils/lexicon/index';
import { LEXICON, LEXICON_VERSION } from '../../../seeds/lexicon';
import { CODEBOOK, CODEBOOK_VERSION } from '../../../seeds/codebook';

/**
 * The concept ids of the built-in lexicon when codebooks were introduced (lexicon 2026.11.5). Saved examples
 * name concepts by these ids: each must stay (new concepts may be added).
 */
const STABLE_CONCEPT_IDS = [
  'digital-diplomacy', 'twiplomacy', 'public-diplomacy', 'traditional-diplomacy', 'economic-diplomacy',
  'cultural-diplomacy', 'multilateral-diplomacy', 'data-diplomacy', 'soft-power', 'nation-branding',
  'investment-promotion', 'international-image', 'foreign-policy-promotion', 'national-interests',
  'international-cooperation', 'social-media', 'official-websites', 'video-conferencing', 'e-government',
  'mobile-applications', 'new-media', 'blogs', 'email', 'electronic-document-management', 'hotline',
  'consular-services', 'e-visa', 'citizens-abroad', 'diaspora', 'crisis-communication', 'policy-planning',
  'information-flow', 'negotiations', 'official-statements', 'transparency', 'public-engagement',
  'audience-engagement', 'public-opinion', 'disinformation', 'propaganda', 'information-security', 'cybersecurity',
  'cyber-attacks', 'human-factor', 'data-protection', 'ideological-threats', 'hybrid-threats', 'censorship',
  'digital-literacy', 'digital-transformation', 'internet-governance', 'training-diplomats', 'digital-strategies',
  'digital-economy', 'artificial-intelligence', 'emerging-technologies', 'digital-infrastructure', 'ict',
  'foreign-ministry', 'diplomatic-missions', 'open-data', 'digital-divide',
];
const STABLE_FUNCTION_IDS = [
  'official-positions', 'meetings-negotiations', 'nation-branding', 'economic-promotion', 'consular-citizens',
  'crisis-communication', 'public-engagement', 'countering-disinformation', 'information-reporting',
  'cooperation-initiatives', 'humanitarian-aid',
];

describe('the built-in codebook', () => {
  const cb = builtinCodebook();

  test('is read-only, versioned by the lexicon and the functions', () => {
    expect(cb).toMatchObject({ id: BUILTIN_ID, builtIn: true, version: BUILTIN_VERSION });
    expect(BUILTIN_VERSION).toBe(`${LEXICON_VERSION}+${CODEBOOK_VERSION}`);
  });

  test('keeps every concept id of the seeds, in order, and the ids known when codebooks began', () => {
    expect(cb.concepts.map((c) => c.id)).toEqual(LEXICON.map((c) => c.id));
    for (const id of STABLE_CONCEPT_IDS) expect(cb.concepts.map((c) => c.id)).toContain(id);
    expect(cb.functions.map((f) => f.id)).toEqual(CODEBOOK.map((f) => f.id));
    for (const id of STABLE_FUNCTION_IDS) expect(cb.functions.map((f) => f.id)).toContain(id);
  });

  test('carries terms with their options, references and categories with readable colours', () => {
    const ai = cb.concepts.find((c) => c.terms['en']?.some((t) => t.text === 'AI'))!;
    expect(ai.terms['en']!.find((t) => t.text === 'AI')).toEqual({ text: 'AI', caseSensitive: true });
    const ict = cb.concepts.find((c) => c.terms['en']?.some((t) => t.text === 'ICT'))!;
    expect(ict.terms['en']!.find((t) => t.text === 'ICT')).toEqual({ text: 'ICT', exact: true });
    const cultural = cb.concepts.find((c) => c.id === 'cultural-diplomacy')!;
    expect(cultural.references.some((r) => r.startsWith('Cull'))).toBe(true);
    expect(new Set(cb.concepts.map((c) => conceptColour(cb, c))).size).toBe(cb.categories.length);
  });

  test('has no validation errors', () => {
    expect(errorsOf(validateCodebook(cb))).toEqual([]);
  });

  test('a deep copy each time: changing one never changes the next', () => {
    cb.concepts[0]!.label = 'changed';
    expect(builtinCodebook().concepts[0]!.label).not.toBe('changed');
  });

  test('compiled, it finds exactly what the seed lexicon finds', () => {
    const text = [
      'Digital diplomacy, soft power and public diplomacy; the MFA launched an e-visa portal and a hotline.',
      'Цифровая дипломатия и мягкая сила; МИД сообщил о кибербезопасности и дезинформации в социальных сетях.',
      "Raqamli diplomatiyaning ahamiyati; yumshoq kuch; Tashqi ishlar vazirligi elchixonasi.",
      'Цифрлық дипломатияны дамыту; жұмсақ күш; Сыртқы істер министрлігі.',
      'Dijital diplomasinin etkisi; yumuşak güç; kamu diplomasisi; Dışişleri Bakanlığı; AI and ИИ, ICT.',
    ].join('\n');
    const viaCodebook = match(text, compileCodebook(cb).lexicon);
    expect(viaCodebook.length).toBeGreaterThan(15);
    expect(viaCodebook).toEqual(match(text, defaultLexicon()));
  });
});
