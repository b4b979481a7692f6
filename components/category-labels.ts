/** Short display names of the lexicon's categories (utils/lexicon/types CategoryId). */
export const CATEGORY_LABELS: Record<string, string> = {
  forms: 'Forms of diplomacy',
  goals: 'Goals',
  channels: 'Channels and tools',
  functions: 'Functions and services',
  risks: 'Risks',
  capacity: 'Capacity and governance',
  engagement: 'Audience engagement',
};
