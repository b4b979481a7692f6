/**
 * Wikidata items of the states in the Govdirectory snapshot → ISO 3166-1
 * alpha-2 (each item's P297 on Wikidata). DiploLens names sovereign states
 * only (seeds/countries.ts), so Greenland (Q223) counts as Denmark and Bermuda
 * (Q23635) as the United Kingdom, whose foreign services represent them;
 * Scotland's bodies already come under the United Kingdom (Q145).
 */
export const COUNTRY_QIDS: Readonly<Record<string, string>> = {
  Q16: 'CA', Q17: 'JP', Q20: 'NO', Q27: 'IE', Q30: 'US', Q31: 'BE', Q32: 'LU', Q33: 'FI', Q34: 'SE', Q35: 'DK',
  Q39: 'CH', Q40: 'AT', Q45: 'PT', Q55: 'NL', Q77: 'UY', Q117: 'GH', Q145: 'GB', Q159: 'RU', Q183: 'DE', Q189: 'IS',
  Q211: 'LV', Q212: 'UA', Q213: 'CZ', Q219: 'BG', Q223: 'DK', Q229: 'CY', Q233: 'MT', Q241: 'CU', Q252: 'ID', Q258: 'ZA',
  Q298: 'CL', Q334: 'SG', Q419: 'PE', Q458: 'EU', Q574: 'TL', Q664: 'NZ', Q668: 'IN', Q833: 'MY', Q837: 'NP', Q902: 'BD',
  Q928: 'PH', Q1009: 'CM', Q1028: 'MA', Q1050: 'SZ', Q23635: 'GB',
};
