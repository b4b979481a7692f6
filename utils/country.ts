/** Country names with flags, for display in the popup and the library. */
import { countryName } from '../seeds/countries';
import { flagEmoji } from './detect/names';

/** "🇺🇿 Uzbekistan", or undefined for no country. */
export function countryLabel(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  return `${flagEmoji(code)} ${countryName(code)}`.trim();
}
