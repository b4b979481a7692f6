/**
 * ISO 3166-1 alpha-2 → [English short name, alpha-3]. Covers every UN member and
 * observer state plus Kosovo (XK, user-assigned), Taiwan (TW) and the EU ('EU',
 * exceptionally reserved). Source: ISO 3166-1 / UN M49 lists (English short names,
 * simplified: "Iran" rather than "Iran (Islamic Republic of)").
 */
export const COUNTRIES = {
  AD: ['Andorra', 'AND'], AE: ['United Arab Emirates', 'ARE'], AF: ['Afghanistan', 'AFG'],
  AG: ['Antigua and Barbuda', 'ATG'], AL: ['Albania', 'ALB'], AM: ['Armenia', 'ARM'],
  AO: ['Angola', 'AGO'], AR: ['Argentina', 'ARG'], AT: ['Austria', 'AUT'], AU: ['Australia', 'AUS'],
  AZ: ['Azerbaijan', 'AZE'], BA: ['Bosnia and Herzegovina', 'BIH'], BB: ['Barbados', 'BRB'],
  BD: ['Bangladesh', 'BGD'], BE: ['Belgium', 'BEL'], BF: ['Burkina Faso', 'BFA'], BG: ['Bulgaria', 'BGR'],
  BH: ['Bahrain', 'BHR'], BI: ['Burundi', 'BDI'], BJ: ['Benin', 'BEN'], BN: ['Brunei', 'BRN'],
  BO: ['Bolivia', 'BOL'], BR: ['Brazil', 'BRA'], BS: ['Bahamas', 'BHS'], BT: ['Bhutan', 'BTN'],
  BW: ['Botswana', 'BWA'], BY: ['Belarus', 'BLR'], BZ: ['Belize', 'BLZ'], CA: ['Canada', 'CAN'],
  CD: ['DR Congo', 'COD'], CF: ['Central African Republic', 'CAF'], CG: ['Republic of the Congo', 'COG'],
  CH: ['Switzerland', 'CHE'], CI: ["Côte d'Ivoire", 'CIV'], CL: ['Chile', 'CHL'], CM: ['Cameroon', 'CMR'],
  CN: ['China', 'CHN'], CO: ['Colombia', 'COL'], CR: ['Costa Rica', 'CRI'], CU: ['Cuba', 'CUB'],
  CV: ['Cabo Verde', 'CPV'], CY: ['Cyprus', 'CYP'], CZ: ['Czechia', 'CZE'], DE: ['Germany', 'DEU'],
  DJ: ['Djibouti', 'DJI'], DK: ['Denmark', 'DNK'], DM: ['Dominica', 'DMA'], DO: ['Dominican Republic', 'DOM'],
  DZ: ['Algeria', 'DZA'], EC: ['Ecuador', 'ECU'], EE: ['Estonia', 'EST'], EG: ['Egypt', 'EGY'],
  ER: ['Eritrea', 'ERI'], ES: ['Spain', 'ESP'], ET: ['Ethiopia', 'ETH'], EU: ['European Union', 'EUR'],
  FI: ['Finland', 'FIN'], FJ: ['Fiji', 'FJI'], FM: ['Micronesia', 'FSM'], FR: ['France', 'FRA'],
  GA: ['Gabon', 'GAB'], GB: ['United Kingdom', 'GBR'], GD: ['Grenada', 'GRD'], GE: ['Georgia', 'GEO'],
  GH: ['Ghana', 'GHA'], GM: ['Gambia', 'GMB'], GN: ['Guinea', 'GIN'], GQ: ['Equatorial Guinea', 'GNQ'],
  GR: ['Greece', 'GRC'], GT: ['Guatemala', 'GTM'], GW: ['Guinea-Bissau', 'GNB'], GY: ['Guyana', 'GUY'],
  HN: ['Honduras', 'HND'], HR: ['Croatia', 'HRV'], HT: ['Haiti', 'HTI'], HU: ['Hungary', 'HUN'],
  ID: ['Indonesia', 'IDN'], IE: ['Ireland', 'IRL'], IL: ['Israel', 'ISR'], IN: ['India', 'IND'],
  IQ: ['Iraq', 'IRQ'], IR: ['Iran', 'IRN'], IS: ['Iceland', 'ISL'], IT: ['Italy', 'ITA'],
  JM: ['Jamaica', 'JAM'], JO: ['Jordan', 'JOR'], JP: ['Japan', 'JPN'], KE: ['Kenya', 'KEN'],
  KG: ['Kyrgyzstan', 'KGZ'], KH: ['Cambodia', 'KHM'], KI: ['Kiribati', 'KIR'], KM: ['Comoros', 'COM'],
  KN: ['Saint Kitts and Nevis', 'KNA'], KP: ['North Korea', 'PRK'], KR: ['South Korea', 'KOR'],
  KW: ['Kuwait', 'KWT'], KZ: ['Kazakhstan', 'KAZ'], LA: ['Laos', 'LAO'], LB: ['Lebanon', 'LBN'],
  LC: ['Saint Lucia', 'LCA'], LI: ['Liechtenstein', 'LIE'], LK: ['Sri Lanka', 'LKA'], LR: ['Liberia', 'LBR'],
  LS: ['Lesotho', 'LSO'], LT: ['Lithuania', 'LTU'], LU: ['Luxembourg', 'LUX'], LV: ['Latvia', 'LVA'],
  LY: ['Libya', 'LBY'], MA: ['Morocco', 'MAR'], MC: ['Monaco', 'MCO'], MD: ['Moldova', 'MDA'],
  ME: ['Montenegro', 'MNE'], MG: ['Madagascar', 'MDG'], MH: ['Marshall Islands', 'MHL'],
  MK: ['North Macedonia', 'MKD'], ML: ['Mali', 'MLI'], MM: ['Myanmar', 'MMR'], MN: ['Mongolia', 'MNG'],
  MR: ['Mauritania', 'MRT'], MT: ['Malta', 'MLT'], MU: ['Mauritius', 'MUS'], MV: ['Maldives', 'MDV'],
  MW: ['Malawi', 'MWI'], MX: ['Mexico', 'MEX'], MY: ['Malaysia', 'MYS'], MZ: ['Mozambique', 'MOZ'],
  NA: ['Namibia', 'NAM'], NE: ['Niger', 'NER'], NG: ['Nigeria', 'NGA'], NI: ['Nicaragua', 'NIC'],
  NL: ['Netherlands', 'NLD'], NO: ['Norway', 'NOR'], NP: ['Nepal', 'NPL'], NR: ['Nauru', 'NRU'],
  NZ: ['New Zealand', 'NZL'], OM: ['Oman', 'OMN'], PA: ['Panama', 'PAN'], PE: ['Peru', 'PER'],
  PG: ['Papua New Guinea', 'PNG'], PH: ['Philippines', 'PHL'], PK: ['Pakistan', 'PAK'], PL: ['Poland', 'POL'],
  PS: ['Palestine', 'PSE'], PT: ['Portugal', 'PRT'], PW: ['Palau', 'PLW'], PY: ['Paraguay', 'PRY'],
  QA: ['Qatar', 'QAT'], RO: ['Romania', 'ROU'], RS: ['Serbia', 'SRB'], RU: ['Russia', 'RUS'],
  RW: ['Rwanda', 'RWA'], SA: ['Saudi Arabia', 'SAU'], SB: ['Solomon Islands', 'SLB'], SC: ['Seychelles', 'SYC'],
  SD: ['Sudan', 'SDN'], SE: ['Sweden', 'SWE'], SG: ['Singapore', 'SGP'], SI: ['Slovenia', 'SVN'],
  SK: ['Slovakia', 'SVK'], SL: ['Sierra Leone', 'SLE'], SM: ['San Marino', 'SMR'], SN: ['Senegal', 'SEN'],
  SO: ['Somalia', 'SOM'], SR: ['Suriname', 'SUR'], SS: ['South Sudan', 'SSD'], ST: ['São Tomé and Príncipe', 'STP'],
  SV: ['El Salvador', 'SLV'], SY: ['Syria', 'SYR'], SZ: ['Eswatini', 'SWZ'], TD: ['Chad', 'TCD'],
  TG: ['Togo', 'TGO'], TH: ['Thailand', 'THA'], TJ: ['Tajikistan', 'TJK'], TL: ['Timor-Leste', 'TLS'],
  TM: ['Turkmenistan', 'TKM'], TN: ['Tunisia', 'TUN'], TO: ['Tonga', 'TON'], TR: ['Türkiye', 'TUR'],
  TT: ['Trinidad and Tobago', 'TTO'], TV: ['Tuvalu', 'TUV'], TW: ['Taiwan', 'TWN'], TZ: ['Tanzania', 'TZA'],
  UA: ['Ukraine', 'UKR'], UG: ['Uganda', 'UGA'], US: ['United States', 'USA'], UY: ['Uruguay', 'URY'],
  UZ: ['Uzbekistan', 'UZB'], VA: ['Holy See', 'VAT'], VC: ['Saint Vincent and the Grenadines', 'VCT'],
  VE: ['Venezuela', 'VEN'], VN: ['Viet Nam', 'VNM'], VU: ['Vanuatu', 'VUT'], WS: ['Samoa', 'WSM'],
  XK: ['Kosovo', 'XKX'], YE: ['Yemen', 'YEM'], ZA: ['South Africa', 'ZAF'], ZM: ['Zambia', 'ZMB'],
  ZW: ['Zimbabwe', 'ZWE'],
} as const satisfies Record<string, readonly [string, string]>;

export type CountryCode = keyof typeof COUNTRIES;

/** Codes in COUNTRIES that are not UN member or observer states. */
export const NON_UN_EXTRAS: readonly string[] = ['EU', 'TW', 'XK'];

/** Names that read better with "the" in a sentence ("the United States' …"). */
export const NAMES_WITH_THE: ReadonlySet<string> = new Set([
  'AE', 'BS', 'CF', 'CG', 'DO', 'EU', 'GB', 'GM', 'MH', 'NL', 'PH', 'SB', 'US', 'VA',
]);

export function isCountryCode(code: string): code is CountryCode {
  return Object.prototype.hasOwnProperty.call(COUNTRIES, code);
}

export function countryName(code: string): string {
  return isCountryCode(code) ? COUNTRIES[code][0] : code;
}
