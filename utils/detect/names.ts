/** Country names in reasons, and the flag emoji of a country code. Pure. */
import { NAMES_WITH_THE, countryName } from '../../seeds/countries.ts';

/** "Uzbekistan", "the United States", "the European Union". */
export function countryLabel(code: string | null): string {
  if (!code) return 'an unknown country';
  const name = countryName(code);
  return NAMES_WITH_THE.has(code) ? `the ${name}` : name;
}

/** "Uzbekistan's", "the United States'". */
export function possessive(code: string | null): string {
  const label = countryLabel(code);
  return label.endsWith('s') ? `${label}'` : `${label}'s`;
}

/** 🇺🇿 for 'UZ', 🇪🇺 for 'EU'; '' for anything that is not two letters. */
export function flagEmoji(code: string | null | undefined): string {
  if (!code || !/^[A-Za-z]{2}$/.test(code)) return '';
  const up = code.toUpperCase();
  return String.fromCodePoint(0x1f1e6 + up.charCodeAt(0) - 65, 0x1f1e6 + up.charCodeAt(1) - 65);
}
