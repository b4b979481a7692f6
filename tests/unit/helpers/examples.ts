import type { Example, ExampleDraft } from '../../../utils/model/example';

/** A complete, realistic draft; tests override what they check. */
export function makeDraft(overrides: Partial<ExampleDraft> = {}): ExampleDraft {
  const quote = overrides.quote ?? 'Digital diplomacy has become an everyday instrument of foreign policy.';
  return {
    quote,
    prefix: 'The Minister said: ',
    suffix: ' He opened the forum.',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote, prefix: 'The Minister said: ', suffix: ' He opened the forum.' },
      position: { type: 'TextPositionSelector', start: 19, end: 19 + quote.length },
    },
    url: 'https://mfa.uz/en/press/news/2025/digital-diplomacy-forum',
    canonicalUrl: 'https://mfa.uz/en/press/news/2025/digital-diplomacy-forum',
    title: 'Minister addresses the Tashkent forum on digital diplomacy',
    site: 'mfa.uz',
    lang: 'en',
    detection: {
      kind: 'mfa',
      subkind: 'ministry',
      country: 'UZ',
      confidence: 0.98,
      reasons: ['mfa.uz is the official website of the Ministry of Foreign Affairs of Uzbekistan.'],
      platform: 'web',
    },
    concepts: ['digital-diplomacy'],
    tags: ['forum'],
    functionId: 'official-positions',
    note: '',
    lexiconVersion: 'test',
    ...overrides,
  };
}

export function makeExample(overrides: Partial<Example> = {}): Example {
  const { id, createdAt, updatedAt, ...rest } = overrides;
  return {
    ...makeDraft(rest),
    id: id ?? crypto.randomUUID(),
    createdAt: createdAt ?? Date.UTC(2025, 2, 14, 10, 0, 0),
    updatedAt: updatedAt ?? Date.UTC(2025, 2, 14, 10, 0, 0),
  };
}
