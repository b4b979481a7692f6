/**
 * What a source can be, and the detector's judgement of one. The value sets
 * are `as const` arrays and the types derive from them, so the importer, the
 * database upgrade, the registry seeds and the exports read one list: a value
 * added here is accepted everywhere at once.
 */

/** Where a page or post lives. 'web' is any ordinary website. */
export const PLATFORMS = ['web', 'x', 'facebook', 'telegram', 'youtube', 'instagram'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const SOURCE_KINDS = ['mfa', 'government', 'none'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * What sort of official source. An embassy's or mission's site is kind 'mfa'
 * (it belongs to the foreign service); a president's office is 'government'.
 */
export const SOURCE_SUBKINDS = [
  'ministry', // the foreign ministry itself (kind 'mfa') or another ministry/agency ('government')
  'embassy',
  'consulate',
  'mission', // permanent mission to the UN, OSCE, EU …
  'minister', // the foreign minister's or spokesperson's own account
  'head-of-state', // president, king, prime minister, their press services
  'government', // a government body with no finer class
  'parliament',
  'igo', // intergovernmental organisation (UN, OSCE, EU institutions …)
  'none',
] as const;
export type SourceSubkind = (typeof SOURCE_SUBKINDS)[number];

/**
 * How sure a judgement is, in words the popup shows. certain: a registry entry names this site or
 * account. high: the platform marks the account (government label, verification) and its name,
 * profile or linked website agrees. probable: the account's own website is official and its name
 * says what it is, or its handle follows a foreign service's pattern. possible: only a name or
 * profile phrase; shown, but never counted as official (kind stays 'none').
 */
export const TIERS = ['certain', 'high', 'probable', 'possible'] as const;
export type Tier = (typeof TIERS)[number];

export interface Detection {
  /** Absent on judgements made before tiers existed (saved examples). */
  tier?: Tier;
  kind: SourceKind;
  subkind: SourceSubkind;
  /** ISO 3166-1 alpha-2, upper case ("UZ"); "EU" (exceptionally reserved in ISO 3166) for the EU institutions and its diplomatic service (EEAS); null for other IGOs and for none. */
  country: string | null;
  /** 0..1 */
  confidence: number;
  /** Readable English sentences saying why, most decisive first. */
  reasons: string[];
  /** Where the judged page or post lives; stored once, here (not again on the example). */
  platform: Platform;
  /** 'user' when the user's own correction made this judgement (utils/detect/apply-corrections.ts); absent otherwise. */
  markedBy?: 'user';
}

/** The fields of a Detection, in the order they are read and written. */
export const DETECTION_FIELDS = ['tier', 'kind', 'subkind', 'country', 'confidence', 'reasons', 'platform', 'markedBy'] as const satisfies readonly (keyof Detection)[];

export const NONE_DETECTION: Detection = Object.freeze({
  kind: 'none',
  subkind: 'none',
  country: null,
  confidence: 0,
  reasons: [],
  platform: 'web',
}) as Detection;
