/**
 * Codebook of diplomatic functions, for coding a saved post or page by what it DOES.
 *
 * Grounded in (a) the directions of digital diplomacy named in the corpus: Turayeva's
 * five areas (political planning; involving society; information flow and protection of
 * citizens; direct lines of communication; sharing knowledge abroad) and the topics of the
 * Kazakh MFA's Facebook pages analysed by Allamurodov (country promotion, political
 * position, bilateral meetings, support for citizens and diaspora, services to citizens);
 * and (b) the functions of a diplomatic mission in Article 3(1) of the Vienna Convention on
 * Diplomatic Relations (1961), a non-corpus source cited as `vcdr`.
 * Bump CODEBOOK_VERSION on every change; coded items store the version they used.
 */

export const CODEBOOK_VERSION = '2026.11.1';

export interface CodebookRefs {
  /** Paper ids (seeds/papers.ts). */
  papers: string[];
  /** Vienna Convention on Diplomatic Relations (1961), e.g. 'Art. 3(1)(b)'. */
  vcdr?: string;
  /** Any other non-corpus source. */
  other?: string;
}

export interface CodebookEntry {
  /** Stable kebab-case id. */
  id: string;
  label: string;
  /** One or two sentences: what a post coded with this function does. */
  definition: string;
  refs: CodebookRefs;
  /** Lexicon concepts (seeds/lexicon.ts) that suggest this code when found in a text. */
  concepts: string[];
}

export const CODEBOOK: readonly CodebookEntry[] = [
  {
    id: 'official-positions',
    label: 'Official positions and statements',
    definition:
      "States the government's position on an international issue or event, or reports the ministry's own activities. Includes statements, comments of the spokesperson and reposted official messages.",
    refs: { papers: ['allamurodov-2023', 'demircioglu-2024', 'sattorov-nasirov'], vcdr: 'Art. 3(1)(a)' },
    concepts: ['official-statements', 'foreign-policy-promotion'],
  },
  {
    id: 'meetings-negotiations',
    label: 'Meetings and negotiations',
    definition:
      'Reports or announces bilateral or multilateral meetings, talks, consultations, visits and summits, whether in person or by video link.',
    refs: { papers: ['allamurodov-2023', 'turayeva-2023', 'demircioglu-2024'], vcdr: 'Art. 3(1)(c)' },
    concepts: ['negotiations', 'multilateral-diplomacy', 'video-conferencing'],
  },
  {
    id: 'nation-branding',
    label: 'Nation branding and country promotion',
    definition:
      "Presents the country's culture, history, nature or tourist destinations to build a positive image abroad.",
    refs: { papers: ['allamurodov-2023', 'turayeva-2023', 'demircioglu-2024', 'jumayeva-2023'], vcdr: 'Art. 3(1)(e)' },
    concepts: ['nation-branding', 'international-image', 'soft-power', 'cultural-diplomacy'],
  },
  {
    id: 'economic-promotion',
    label: 'Economic and investment promotion',
    definition:
      'Promotes trade, investment opportunities and economic cooperation, or informs foreign investors and businesses.',
    refs: { papers: ['demircioglu-2024', 'turayeva-2023'], vcdr: 'Art. 3(1)(e)' },
    concepts: ['investment-promotion', 'economic-diplomacy', 'digital-economy'],
  },
  {
    id: 'consular-citizens',
    label: 'Consular services and citizens abroad',
    definition:
      'Informs or serves individuals: visas, passports, registration, travel advice, and support for citizens and the diaspora abroad.',
    refs: {
      papers: ['allamurodov-2023', 'turayeva-2023', 'demircioglu-2024'],
      vcdr: 'Art. 3(1)(b)',
      other: 'Vienna Convention on Consular Relations (1963), Art. 5',
    },
    concepts: ['consular-services', 'citizens-abroad', 'diaspora', 'e-visa', 'hotline'],
  },
  {
    id: 'crisis-communication',
    label: 'Crisis and emergency communication',
    definition:
      'Warns, informs or coordinates during a crisis, conflict, disaster or pandemic, including evacuation and safety advice for citizens.',
    refs: { papers: ['sattorov-nasirov', 'demircioglu-2024', 'turayeva-2023'], vcdr: 'Art. 3(1)(b)' },
    concepts: ['crisis-communication'],
  },
  {
    id: 'public-engagement',
    label: 'Public engagement and dialogue',
    definition:
      'Invites the public to take part: answers questions, holds online discussions, asks for opinions or involves society in foreign-policy matters.',
    refs: { papers: ['turayeva-2023', 'sattorov-nasirov', 'demircioglu-2024'], vcdr: 'Art. 3(1)(e)' },
    concepts: ['public-engagement', 'audience-engagement', 'public-diplomacy', 'transparency'],
  },
  {
    id: 'countering-disinformation',
    label: 'Countering disinformation',
    definition:
      'Refutes false reports, corrects misrepresentations or warns against propaganda and fake accounts.',
    refs: { papers: ['sattorov-nasirov', 'demircioglu-2024'], vcdr: 'Art. 3(1)(b)' },
    concepts: ['disinformation', 'propaganda', 'hybrid-threats'],
  },
  {
    id: 'information-reporting',
    label: 'Information gathering and reporting',
    definition:
      'Shares analysis of developments in another country or of international events, drawn from monitoring the news and online discussion.',
    refs: { papers: ['turayeva-2023', 'demircioglu-2024'], vcdr: 'Art. 3(1)(d)' },
    concepts: ['information-flow', 'policy-planning'],
  },
  {
    id: 'cooperation-initiatives',
    label: 'International cooperation and initiatives',
    definition:
      "Promotes the country's initiatives and its part in international organizations, events and joint programmes.",
    refs: { papers: ['turayeva-2023', 'sattorov-nasirov', 'allamurodov-2023'], vcdr: 'Art. 3(1)(e)' },
    concepts: ['international-cooperation', 'multilateral-diplomacy', 'foreign-policy-promotion'],
  },
  {
    id: 'humanitarian-aid',
    label: 'Humanitarian assistance',
    definition: 'Announces or reports humanitarian aid and disaster relief given or received.',
    refs: { papers: ['demircioglu-2024', 'allamurodov-2023'], vcdr: 'Art. 3(1)(e)' },
    concepts: ['crisis-communication'],
  },
];
