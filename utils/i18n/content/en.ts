/**
 * English source of what the content script shows inside pages: the hover card and the
 * confirmation after a save from the context menu or a shortcut. Kept apart from the
 * pages' catalog so every page the user opens loads only these few strings in each
 * language, not the whole interface.
 */
import type { Source } from '../types';

export const contentEn = {
  'category.forms': 'Forms of diplomacy',
  'category.goals': 'Goals',
  'category.channels': 'Channels and tools',
  'category.functions': 'Functions and services',
  'category.risks': 'Risks',
  'category.capacity': 'Capacity and governance',
  'category.engagement': 'Audience engagement',
  'card.label': 'DiploLens: {label}',
  'card.close': 'Close',
  'card.matched': 'Matched {matched}',
  'card.term': '(term: {term})',
  'card.discussed': 'Discussed in',
  'card.added': 'Added to the lexicon: {source}',
  'card.save': 'Save as example',
  'card.saving': 'Saving…',
  'card.saved': 'Saved',
  'card.inLibrary': 'In your library.',
  'card.notSaved': 'Not saved: {error}',
  'card.position': 'Occurrence {index} of {count} on this page',
  'card.noHighlights': 'No highlighted concept on this page.',
  'toast.region': 'DiploLens',
  'toast.saved': 'Saved to your DiploLens library.',
  'toast.duplicate': 'Saved again: this quote from this page was already in your library.',
  'toast.addDetails': 'Add tags or a note',
  'toast.undo': 'Undo',
  'toast.undone': 'Undone: the example is no longer in your library.',
  'toast.undoFailed': 'Could not undo: {error}',
  'toast.failed': 'Not saved: {error}',
  'toast.close': 'Close',
  'toast.form': 'Tags and note for the saved example',
  'toast.tags': 'Tags (separated by commas)',
  'toast.note': 'Note',
  'toast.saveDetails': 'Save',
  'toast.savingDetails': 'Saving…',
  'toast.cancel': 'Cancel',
  'toast.detailsSaved': 'Tags and note saved to the example.',
  'toast.detailsFailed': 'Could not save the tags and note: {error}',
  'toast.expired': 'This example can no longer be changed from the page: edit it in the library.',
  'toast.nothingSelected': 'Nothing was saved: select the words to save first.',
} as const satisfies Source;
