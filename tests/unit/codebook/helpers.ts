import type { Codebook, CodebookConcept } from '../../../utils/codebook/model';

/** A small user codebook; tests add the concepts they check. */
export function userCodebook(concepts: Partial<CodebookConcept>[] = [], extra: Partial<Codebook> = {}): Codebook {
  return {
    id: '5f0c1c8e-3b7a-4d0e-9a51-0c5e2b7f9d11',
    name: 'Consular work',
    description: '',
    version: '3',
    builtIn: false,
    categories: [
      { id: 'services', label: 'Services', description: 'Help for citizens abroad.', colour: '#0284c7' },
      { id: 'image', label: 'Image', description: '', colour: '#c86d06', parent: 'services' },
    ],
    concepts: concepts.map((c, i) => ({
      id: `c${i + 1}`,
      label: `Concept ${i + 1}`,
      definition: '',
      category: 'services',
      references: [],
      terms: {},
      ...c,
    })),
    functions: [],
    createdAt: Date.UTC(2026, 0, 2),
    updatedAt: Date.UTC(2026, 0, 3),
    ...extra,
  };
}
