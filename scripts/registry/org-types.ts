/**
 * What each Wikidata organisation type (P31) in the Govdirectory snapshot is to
 * DiploLens: its subkind and level, or 'drop' for bodies that are not
 * government (state-owned companies, pension funds, universities, utilities).
 * Types and labels as they appear in the snapshot (seeds/registry/govdirectory/
 * orgs.tsv, retrieved 2026-01-02); a type missing here is a government body of
 * unknown level and is reported by the converter so the table can be extended.
 */
import type { SourceSubkind } from '../../utils/detect/types.ts';

import type { Level } from '../../seeds/registry/generated-types.ts';

export type { Level };
export type OrgClass = readonly [subkind: Exclude<SourceSubkind, 'none' | 'igo' | 'minister'>, level: Level] | 'drop';

const MINISTRY = ['ministry', 'national'] as const;
const AGENCY = ['government', 'national'] as const;
const COURT = ['government', 'national'] as const;
const LEGISLATURE = ['parliament', 'national'] as const;
const REGION = ['government', 'regional'] as const;
const LOCAL = ['government', 'local'] as const;
const EMBASSY = ['embassy', 'abroad'] as const;
const CONSULATE = ['consulate', 'abroad'] as const;
const MISSION = ['mission', 'abroad'] as const;
const EXECUTIVE = ['head-of-state', 'national'] as const;

export const ORG_TYPES: Readonly<Record<string, OrgClass>> = {
  // ── the foreign service abroad ──
  Q3917681: EMBASSY, // embassy
  Q113065939: EMBASSY, // Embassy of the United States
  Q5244910: EMBASSY, // de facto embassy
  Q372690: CONSULATE, // consulate general
  Q7843791: CONSULATE, // consulate
  Q112307194: CONSULATE, // Consulate General of Belgium
  Q108058047: CONSULATE, // Consulate General of Sweden
  Q2360219: MISSION, // permanent mission
  Q121856465: MISSION, // Belgian delegations (to IGOs)
  Q108059166: MISSION, // Sweden's delegations (to IGOs)
  Q64779402: MISSION, // liaison office
  // ── ministries and departments of national governments ──
  Q18683469: MINISTRY, // Bundesministerium (Austria)
  Q1846372: MINISTRY, // Federal Public Service (Belgium)
  Q21004446: MINISTRY, // Public Planning Service (Belgium)
  Q1788820: MINISTRY, // defence ministry
  Q112873181: MINISTRY, // Ministry in Bermuda
  Q136069342: MINISTRY, // ministry of Bulgaria
  Q126947196: MINISTRY, // ministry of Cameroon
  Q111190932: MINISTRY, // Canadian federal department
  Q55593474: MINISTRY, // ministry of Chile
  Q6134925: MINISTRY, // undersecretariat of Chile
  Q132215848: MINISTRY, // ministry of Cuba
  Q66488868: MINISTRY, // ministry of Cyprus Republic
  Q86689447: MINISTRY, // deputy ministry of Cyprus Republic
  Q118495193: MINISTRY, // ministry of the Czech Republic
  Q110636698: MINISTRY, // ministries of Denmark
  Q110813527: MINISTRY, // ministry of Timor-Leste
  Q10495402: MINISTRY, // ministry of Finland
  Q896375: MINISTRY, // Federal Ministry in Germany
  Q129666950: MINISTRY, // Ministry of Ghana
  Q119788347: MINISTRY, // Icelandic government ministry
  Q24952557: MINISTRY, // Union Government ministries of India
  Q17417403: MINISTRY, // ministry of Indonesia
  Q5260540: MINISTRY, // Department of State (Ireland)
  Q15409298: MINISTRY, // Ministries of Japan
  Q131579945: MINISTRY, // Ministry of Latvia
  Q30744477: MINISTRY, // Ministry in the government of Luxembourg
  Q111179247: MINISTRY, // ministry of Malaysia
  Q119774544: MINISTRY, // Ministry of Malta
  Q20390905: MINISTRY, // ministry of Morocco
  Q119359264: MINISTRY, // ministry of Nepal
  Q3143387: MINISTRY, // ministry of the Netherlands
  Q116973815: MINISTRY, // New Zealand Public Service department
  Q109644271: MINISTRY, // Ministry of Norway
  Q6017592: MINISTRY, // ministry of Peru
  Q111188397: MINISTRY, // executive department of the Philippines
  Q131467261: MINISTRY, // ministry of Portugal
  Q4481741: MINISTRY, // federal ministry in Russia
  Q112818479: MINISTRY, // ministry of Singapore
  Q98140118: MINISTRY, // department of the South African government
  Q10330441: MINISTRY, // ministry of Sweden
  Q113015553: MINISTRY, // federal department of Switzerland
  Q7878545: MINISTRY, // Ukrainian ministry
  Q2500378: MINISTRY, // department of the United Kingdom Government
  Q910252: MINISTRY, // United States federal executive department
  Q134301525: MINISTRY, // ministry of Uruguay
  Q135905403: AGENCY, // Cypriot government department
  // ── heads of state and government, cabinets ──
  Q7188: EXECUTIVE, // government
  Q1320217: EXECUTIVE, // central government (Singapore)
  Q1355327: EXECUTIVE, // Executive Office of the President of the United States
  Q640506: ['head-of-state', 'regional'], // cabinet (North Carolina)
  Q3687335: ['government', 'regional'], // Council of state (North Carolina)
  // ── national agencies and independent bodies ──
  Q2288140: AGENCY, // Federal Scientific Institute (Belgium)
  Q107637441: AGENCY, // Public Institution of Social Security (Belgium)
  Q3356161: AGENCY, // Public Interest Organizations (Belgium)
  Q136405773: AGENCY, // administrative structure of Bulgaria
  Q121881025: AGENCY, // executive agency of Bulgaria
  Q136410955: AGENCY, // independent government agency of Bulgaria
  Q12279293: AGENCY, // state agency of Bulgaria
  Q135489653: AGENCY, // government agency of Cyprus
  Q121614922: AGENCY, // Moroccan public institution
  Q125959397: AGENCY, // Autonomous Crown Entity (NZ)
  Q126041101: AGENCY, // Independent Crown Entity (NZ)
  Q130137120: AGENCY, // departmental agency (NZ)
  Q101244256: AGENCY, // directorate in Norway
  Q5073533: AGENCY, // Chapter nine institutions (South Africa)
  Q68295960: AGENCY, // Swedish government agency
  Q107407151: AGENCY, // authority under the Riksdag
  Q115456878: AGENCY, // legislative branch agency (US)
  Q108838260: AGENCY, // executive agency in the Scottish government
  Q137322982: AGENCY, // executive non-departmental public body (Scotland)
  Q137324408: AGENCY, // advisory non-departmental public body (Scotland)
  Q137325036: AGENCY, // non-ministerial office (Scotland)
  Q16931297: AGENCY, // King's Printer (Scotland)
  Q55657615: AGENCY, // commission
  Q524778: AGENCY, // commissioner
  Q169180: AGENCY, // ombudsman
  Q7139410: AGENCY, // parole board
  Q83425186: AGENCY, // NHS board (Scotland)
  Q20667323: AGENCY, // Health and Social Care Partnership (Scotland)
  Q134016126: ['government', 'regional'], // state agency of New York
  Q133309046: ['government', 'regional'], // state agency of North Carolina
  Q935741: ['government', 'local'], // election commission (North Carolina county boards)
  // ── courts ──
  Q32766: COURT, // constitutional court
  Q190752: COURT, // supreme court
  Q135399035: COURT, // supreme administrative court
  Q4959031: COURT, // appellate court
  Q75029: COURT, // district court
  Q4500821: COURT, // Dutch Court of Appeal
  Q2125157: COURT, // Dutch district court
  Q1769285: COURT, // Court of Appeal of Norway
  Q16973854: COURT, // district court (Norway)
  Q11979280: COURT, // land consolidation court (Norway)
  Q18292311: COURT, // Migration Court (Sweden)
  Q1289455: COURT, // administrative courts of appeal in Sweden
  Q341627: COURT, // court of appeal
  Q2065704: COURT, // district court (Sweden)
  Q10530889: COURT, // regional rent tribunal (Sweden)
  Q16988501: COURT, // Justice of the peace court (Scotland)
  Q7494979: COURT, // Sheriff court
  Q109768640: COURT, // Sheriff district court
  Q41487: COURT, // court
  Q1412224: COURT, // tribunal
  Q7603882: ['government', 'regional'], // U.S. state supreme court
  // ── legislatures ──
  Q375928: LEGISLATURE, // lower house
  Q2570643: LEGISLATURE, // senate
  Q35749: LEGISLATURE, // parliament
  Q37002670: LEGISLATURE, // unicameral legislature
  Q17627622: ['parliament', 'regional'], // community and regional parliament (Belgium)
  Q54830696: ['parliament', 'regional'], // legislature of a Chilean region
  Q45113733: ['parliament', 'regional'], // provincial assembly (Nepal)
  Q3270264: ['parliament', 'regional'], // legislature of a U.S. state
  Q18608569: ['parliament', 'regional'], // lower house of U.S. state legislature
  Q15891112: ['parliament', 'regional'], // upper house of U.S. state legislature
  // ── regions: states, provinces, counties, districts ──
  Q261543: REGION, // federal state of Austria
  Q871419: REGION, // district of Austria
  Q89934: REGION, // community of Belgium
  Q83057: REGION, // region of Belgium
  Q83116: REGION, // province of Belgium
  Q17373496: REGION, // language area of Belgium
  Q41806250: LOCAL, // parish of Bermuda
  Q209824: REGION, // oblast of Bulgaria
  Q869042: REGION, // region of Cameroon
  Q11828004: REGION, // province of Canada
  Q9357527: REGION, // territory of Canada
  Q590080: REGION, // region of Chile
  Q115291: REGION, // province of Cuba
  Q59136: REGION, // district of Cyprus
  Q38911: REGION, // region of the Czech Republic
  Q62326: REGION, // region of Denmark
  Q111127635: REGION, // special administrative region in East Timor
  Q741821: REGION, // municipality of East Timor
  Q193512: REGION, // region of Finland
  Q1221156: REGION, // federated state of Germany
  Q22721: REGION, // Regierungsbezirk
  Q42612577: REGION, // government region of Baden-Württemberg
  Q829277: REGION, // government region of North Rhine-Westphalia
  Q1052743: REGION, // region of Ghana
  Q545769: LOCAL, // district of Ghana
  Q12443800: REGION, // state of India
  Q467745: REGION, // union territory of India
  Q5098: REGION, // province of Indonesia
  Q3191695: LOCAL, // regency of Indonesia
  Q50337: REGION, // prefecture of Japan
  Q1146429: REGION, // canton of Luxembourg
  Q1008803: REGION, // federal territory of Malaysia
  Q15063586: REGION, // state of Malaysia
  Q1994931: LOCAL, // district of Malaysia
  Q7309296: REGION, // region of Malta
  Q15623950: REGION, // prefecture of Morocco
  Q15629582: REGION, // province of Morocco
  Q119811662: REGION, // regional council in Morocco
  Q22049119: REGION, // province of Nepal
  Q2537537: LOCAL, // district of Nepal
  Q26934845: REGION, // integral overseas territory (Netherlands)
  Q134390: REGION, // province of the Netherlands
  Q702081: REGION, // water board in the Netherlands
  Q65600637: REGION, // regional council of New Zealand
  Q5177805: REGION, // county municipality (Norway)
  Q861184: REGION, // department of Peru
  Q509686: LOCAL, // province of Peru
  Q24746: REGION, // province of the Philippines
  Q24698: REGION, // region of the Philippines
  Q2914565: REGION, // autonomous region of Portugal
  Q3032141: REGION, // district of Portugal
  Q4426538: LOCAL, // Community Development Council (Singapore)
  Q3507268: LOCAL, // town council (Singapore)
  Q191093: REGION, // province of South Africa
  Q1589568: LOCAL, // district municipality (South Africa)
  Q1754161: REGION, // regional council in Sweden
  Q23058: REGION, // canton of Switzerland
  Q3348196: REGION, // oblast of Ukraine
  Q84823091: REGION, // region of Ukraine
  Q5124045: REGION, // city with special status (Ukraine)
  Q21451686: LOCAL, // Scottish unitary authority council
  Q13414757: LOCAL, // county of New York
  Q13414758: LOCAL, // county of North Carolina
  Q56059: REGION, // department of Uruguay
  // ── municipalities and smaller ──
  Q667509: LOCAL, // municipality of Austria
  Q493522: LOCAL, // municipality of Belgium
  Q3575878: LOCAL, // emergency zone (Belgium)
  Q2621126: LOCAL, // police zone (Belgium)
  Q17134625: LOCAL, // municipality of Bermuda
  Q4224624: LOCAL, // kmetstvo of Bulgaria
  Q7553685: LOCAL, // municipal district of Bulgaria
  Q1906268: LOCAL, // municipality of Bulgaria
  Q136083525: LOCAL, // specialized local administration of Bulgaria
  Q16739079: LOCAL, // municipalities of Cyprus Republic
  Q7819319: LOCAL, // Czech municipality with expanded powers
  Q2177636: LOCAL, // municipality of Denmark
  Q1512109: LOCAL, // administrative post of East Timor
  Q22044663: LOCAL, // suco of East Timor
  Q856076: LOCAL, // municipality of Finland
  Q16423979: LOCAL, // municipality of Greenland
  Q955655: LOCAL, // municipality of Iceland
  Q4272761: LOCAL, // administrative city of Indonesia
  Q3199141: LOCAL, // city of Indonesia
  Q3345345: LOCAL, // municipality of Latvia
  Q2919801: LOCAL, // municipality of Luxembourg
  Q2039348: LOCAL, // municipality of the Netherlands
  Q941036: LOCAL, // territorial authority of New Zealand
  Q755707: LOCAL, // municipality of Norway
  Q106078286: LOCAL, // component city (Philippines)
  Q29946056: LOCAL, // highly urbanized city (Philippines)
  Q106079704: LOCAL, // independent component city (Philippines)
  Q24764: LOCAL, // municipality of the Philippines
  Q13217644: LOCAL, // municipality of Portugal
  Q1500352: LOCAL, // local municipality of South Africa
  Q1530824: LOCAL, // metropolitan municipality in South Africa
  Q127448: LOCAL, // municipality of Sweden
  Q70208: LOCAL, // municipality of Switzerland
  // ── not government: companies, funds, universities, utilities ──
  Q130420294: 'drop', // state-owned enterprise of New Zealand
  Q10397683: 'drop', // AP pension fund (Sweden)
  Q16296141: 'drop', // public utility (Sweden)
  Q8041036: 'drop', // wānanga (Māori tertiary institution)
  Q134467041: 'drop', // Public Research Organisation (NZ)
  Q137366971: 'drop', // Scottish public corporation
};

/** Bodies whose type has no Wikidata item in the snapshot, by the label Govdirectory gives them. */
export const ORG_TYPE_LABELS: Readonly<Record<string, OrgClass>> = {
  'High Council of State': ['government', 'national'], // Netherlands: both chambers, Council of State, Court of Audit, Ombudsman
  'cabinet of the King': ['head-of-state', 'national'], // Netherlands
  'courts administration agency': ['government', 'national'], // Sweden
};
