/**
 * The research corpus the lexicon is drawn from: ../shared/seeds (see its README.md).
 * Ids are stable and used in Concept.refs and the codebook's refs.
 */
import type { PaperRef } from '../utils/model/lexicon.ts';

export const PAPERS: readonly PaperRef[] = [
  {
    id: 'turayeva-2023',
    author: 'Turayeva G. Y.',
    year: 2023,
    title: 'Digital diplomacy and its effect on international relations',
    venue: 'A Posteriori, 4/2023',
    file: '000_48fd8d94e6955616.txt',
  },
  {
    id: 'jumayeva-2023',
    author: 'Jumayeva S.',
    year: 2023,
    title: 'The comparison of the digital diplomacy and traditional diplomacy',
    venue: 'Internauka 16(286)',
    file: '001_9be34bb1b3c76b95.txt',
  },
  {
    id: 'sattorov-nasirov',
    author: 'Sattorov N. O., Nasirov L. F.',
    year: null,
    title: 'The role of digital diplomacy in society',
    file: '002_570de7cab46c598e.txt',
  },
  {
    id: 'demircioglu-2024',
    author: 'Demircioğlu F.',
    year: 2024,
    title: "Digital diplomacy and its impacts on Uzbekistan's international relations",
    venue: 'İmgelem, Uzbekistan special issue, 171–190',
    file: '003_51fb1b1a31f1dc86.txt',
  },
  {
    id: 'allamurodov-2023',
    author: 'Allamurodov B. Kh.',
    year: 2023,
    title:
      'Digital diplomacy as a tool for implementing the foreign policy of Central Asian countries (Kazakhstan and Uzbekistan)',
    venue: 'Russia & World: Scientific Dialogue 4(10), 22–35',
    file: '004_d9c0ea0242c6be2b.txt',
  },
];

export const PAPER_IDS: readonly string[] = PAPERS.map((p) => p.id);

export function paperById(id: string): PaperRef | undefined {
  return PAPERS.find((p) => p.id === id);
}
