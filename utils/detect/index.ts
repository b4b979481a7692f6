/** Source detection: public API. */
export { detectSource } from './detect-source.ts';
export { platformOf } from './platform.ts';
export { flagEmoji, countryLabel } from './names.ts';
export type { Detection, PageSignals, Platform, SourceKind, SourceSubkind, Tier } from './types.ts';
export { NONE_DETECTION } from './types.ts';
