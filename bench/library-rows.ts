/** Generated, realistic examples for the library benchmark. */
import type { Example } from '../utils/model/example.ts';

let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const WORDS = `digital diplomacy soft power nation branding consular services citizens abroad public diplomacy ministry embassy
 investment promotion disinformation information security cooperation partnership summit visit agreement forum Tashkent Astana
 Bishkek Dushanbe Ashgabat цифровая дипломатия мягкая сила посольство министр сотрудничество raqamli diplomatiya elchixona
 vazirlik dijital diplomasi yumuşak güç büyükelçilik цифрлық дипломатия елшілік`.split(/\s+/).filter(Boolean);
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
const COUNTRIES = ['UZ', 'KZ', 'KG', 'TJ', 'TM', 'TR', 'RU', 'US', 'GB', 'FR', 'DE', 'CN'];
const CONCEPTS = ['digital-diplomacy', 'soft-power', 'nation-branding', 'consular-services', 'disinformation', 'public-diplomacy'];

export function makeRows(n: number): Example[] {
  const out: Example[] = [];
  const t0 = Date.UTC(2024, 0, 1);
  for (let i = 0; i < n; i++) {
    const quote = sentence(12 + Math.floor(rand() * 30));
    const country = pick(COUNTRIES);
    const created = t0 + Math.floor(rand() * 700) * 86_400_000;
    out.push({
      id: `bench-${String(i).padStart(7, '0')}`,
      quote,
      prefix: sentence(20),
      suffix: sentence(20),
      selectors: { quote: { type: 'TextQuoteSelector', exact: quote } },
      url: `https://mfa.example/${country.toLowerCase()}/press/${i}`,
      title: `Press release ${i}: ${sentence(5)}`,
      site: `mfa.${country.toLowerCase()}`,
      detection: { kind: pick(['mfa', 'government', 'none'] as const), subkind: 'ministry', country, confidence: 0.9, reasons: [], platform: pick(['web', 'web', 'x', 'telegram'] as const) },
      concepts: [pick(CONCEPTS), pick(CONCEPTS)].filter((c, j, a) => a.indexOf(c) === j),
      tags: rand() < 0.3 ? [pick(['forum', 'crisis', 'visit', 'KZ', 'UZ'])] : [],
      functionId: '',
      note: rand() < 0.2 ? sentence(6) : '',
      createdAt: created,
      updatedAt: created,
      lexiconVersion: 'bench',
    });
  }
  return out;
}

