/**
 * Cue phrases read in page titles, site names, page headers and account names,
 * and country names in several languages. Phrases are compared after folding
 * (lower case, no diacritics, ı→i, apostrophes unified), word by word, so the
 * data below may keep its ordinary spelling. Sources: the ministries' own site
 * names and the Wikipedia names of each body in each language.
 */
export type CueCategory = 'mfa' | 'embassy' | 'consulate' | 'mission' | 'government' | 'head-of-state' | 'parliament';

/** [phrase, category, language] */
export type Cue = readonly [string, CueCategory, string];

export const CUES = [
  // English
  ['Ministry of Foreign Affairs', 'mfa', 'en'], ['Ministry for Foreign Affairs', 'mfa', 'en'],
  ['Foreign Ministry', 'mfa', 'en'], ['Ministry of External Affairs', 'mfa', 'en'],
  ['Ministry of Foreign and European Affairs', 'mfa', 'en'], ['Ministry for Europe and Foreign Affairs', 'mfa', 'en'],
  ['Foreign Office', 'mfa', 'en'], ['Federal Foreign Office', 'mfa', 'en'],
  ['Foreign, Commonwealth & Development Office', 'mfa', 'en'], ['Department of State', 'mfa', 'en'],
  ['U.S. Department of State', 'mfa', 'en'], ['State Department', 'mfa', 'en'],
  ['Department of Foreign Affairs', 'mfa', 'en'], ['Department of Foreign Affairs and Trade', 'mfa', 'en'],
  ['Ministry of Foreign Affairs and Trade', 'mfa', 'en'], ['Global Affairs Canada', 'mfa', 'en'],
  ['Department of International Relations and Cooperation', 'mfa', 'en'], ['Federal Department of Foreign Affairs', 'mfa', 'en'],
  ['European External Action Service', 'mfa', 'en'], ['EU External Action', 'mfa', 'en'],
  ['Ministry of Foreign Affairs and International Cooperation', 'mfa', 'en'],
  ['Embassy', 'embassy', 'en'], ['Embassy of', 'embassy', 'en'], ['High Commission', 'embassy', 'en'],
  ['Consulate', 'consulate', 'en'], ['Consulate General', 'consulate', 'en'], ['Consulate-General', 'consulate', 'en'],
  ['Permanent Mission', 'mission', 'en'], ['Permanent Representation', 'mission', 'en'],
  ['Delegation of the European Union', 'mission', 'en'], ['EU Delegation', 'mission', 'en'],
  ['Government of', 'government', 'en'], ['Government', 'government', 'en'], ['Cabinet of Ministers', 'government', 'en'],
  ['Ministry of', 'government', 'en'], ['Presidency', 'head-of-state', 'en'], ['President of', 'head-of-state', 'en'],
  ['Office of the President', 'head-of-state', 'en'], ["Prime Minister's Office", 'head-of-state', 'en'],
  ['The White House', 'head-of-state', 'en'], ['Parliament', 'parliament', 'en'],
  // Russian
  ['Министерство иностранных дел', 'mfa', 'ru'], ['МИД', 'mfa', 'ru'], ['МИД России', 'mfa', 'ru'],
  ['Посольство', 'embassy', 'ru'], ['Посольства', 'embassy', 'ru'],
  ['Генеральное консульство', 'consulate', 'ru'], ['Консульство', 'consulate', 'ru'], ['Генконсульство', 'consulate', 'ru'],
  ['Постоянное представительство', 'mission', 'ru'], ['Постпредство', 'mission', 'ru'],
  ['Правительство', 'government', 'ru'], ['Министерство', 'government', 'ru'],
  ['Президент', 'head-of-state', 'ru'], ['Администрация Президента', 'head-of-state', 'ru'], ['Кремль', 'head-of-state', 'ru'],
  ['Государственная Дума', 'parliament', 'ru'], ['Парламент', 'parliament', 'ru'],
  // Uzbek (Latin)
  ["Tashqi ishlar vazirligi", 'mfa', 'uz'],
  ['elchixonasi', 'embassy', 'uz'], ['elchixona', 'embassy', 'uz'], ['Bosh konsulligi', 'consulate', 'uz'],
  ['konsulligi', 'consulate', 'uz'], ['Doimiy vakolatxonasi', 'mission', 'uz'],
  ['Hukumati', 'government', 'uz'], ['vazirligi', 'government', 'uz'], ['Prezidenti', 'head-of-state', 'uz'],
  ['Prezident matbuot xizmati', 'head-of-state', 'uz'], ['Oliy Majlis', 'parliament', 'uz'],
  // Uzbek (Cyrillic)
  ['Ташқи ишлар вазирлиги', 'mfa', 'uz-Cyrl'], ['элчихонаси', 'embassy', 'uz-Cyrl'], ['элчихона', 'embassy', 'uz-Cyrl'],
  ['Бош консуллиги', 'consulate', 'uz-Cyrl'], ['консуллиги', 'consulate', 'uz-Cyrl'], ['Доимий ваколатхонаси', 'mission', 'uz-Cyrl'],
  ['Ҳукумати', 'government', 'uz-Cyrl'], ['вазирлиги', 'government', 'uz-Cyrl'], ['Президенти', 'head-of-state', 'uz-Cyrl'],
  ['Олий Мажлис', 'parliament', 'uz-Cyrl'],
  // Kazakh
  ['Сыртқы істер министрлігі', 'mfa', 'kk'], ['Сыртқы істер министрлігінің', 'mfa', 'kk'],
  ['елшілігі', 'embassy', 'kk'], ['Бас консулдығы', 'consulate', 'kk'], ['консулдығы', 'consulate', 'kk'],
  ['Тұрақты өкілдігі', 'mission', 'kk'], ['Үкіметі', 'government', 'kk'], ['министрлігі', 'government', 'kk'],
  ['Президенті', 'head-of-state', 'kk'], ['Ақорда', 'head-of-state', 'kk'], ['Мәжілісі', 'parliament', 'kk'],
  // Kyrgyz, Tajik, Turkmen
  ['Тышкы иштер министрлиги', 'mfa', 'ky'], ['Элчилиги', 'embassy', 'ky'],
  ['Вазорати корҳои хориҷӣ', 'mfa', 'tg'], ['Сафорати', 'embassy', 'tg'],
  ['Daşary işler ministrligi', 'mfa', 'tk'], ['ilçihanasy', 'embassy', 'tk'],
  // Turkish
  ['Dışişleri Bakanlığı', 'mfa', 'tr'], ['T.C. Dışişleri Bakanlığı', 'mfa', 'tr'], ['Dışişleri', 'mfa', 'tr'],
  ['Büyükelçiliği', 'embassy', 'tr'], ['Büyükelçilik', 'embassy', 'tr'], ['Elçiliği', 'embassy', 'tr'],
  ['Başkonsolosluğu', 'consulate', 'tr'], ['Konsolosluğu', 'consulate', 'tr'], ['Daimi Temsilciliği', 'mission', 'tr'],
  ['Hükümeti', 'government', 'tr'], ['Bakanlığı', 'government', 'tr'], ['Cumhurbaşkanlığı', 'head-of-state', 'tr'],
  ['Türkiye Büyük Millet Meclisi', 'parliament', 'tr'],
  // French
  ['Ministère des Affaires étrangères', 'mfa', 'fr'], ["Ministère de l'Europe et des Affaires étrangères", 'mfa', 'fr'],
  ['France Diplomatie', 'mfa', 'fr'], ["Quai d'Orsay", 'mfa', 'fr'], ['Affaires étrangères', 'mfa', 'fr'],
  ['Ambassade', 'embassy', 'fr'], ['Ambassade de', 'embassy', 'fr'], ['Consulat', 'consulate', 'fr'],
  ['Consulat général', 'consulate', 'fr'], ['Mission permanente', 'mission', 'fr'], ['Représentation permanente', 'mission', 'fr'],
  ['Gouvernement', 'government', 'fr'], ['Ministère', 'government', 'fr'], ['Présidence', 'head-of-state', 'fr'],
  ['Élysée', 'head-of-state', 'fr'], ['Assemblée nationale', 'parliament', 'fr'],
  // German
  ['Auswärtiges Amt', 'mfa', 'de'], ['Bundesministerium für europäische und internationale Angelegenheiten', 'mfa', 'de'],
  ['Eidgenössisches Departement für auswärtige Angelegenheiten', 'mfa', 'de'],
  ['Botschaft', 'embassy', 'de'], ['Deutsche Botschaft', 'embassy', 'de'], ['Generalkonsulat', 'consulate', 'de'],
  ['Konsulat', 'consulate', 'de'], ['Ständige Vertretung', 'mission', 'de'],
  ['Bundesregierung', 'government', 'de'], ['Bundesministerium', 'government', 'de'], ['Bundespräsident', 'head-of-state', 'de'],
  ['Bundeskanzler', 'head-of-state', 'de'], ['Bundestag', 'parliament', 'de'],
  // Spanish / Portuguese / Italian
  ['Ministerio de Relaciones Exteriores', 'mfa', 'es'], ['Ministerio de Asuntos Exteriores', 'mfa', 'es'],
  ['Secretaría de Relaciones Exteriores', 'mfa', 'es'], ['Cancillería', 'mfa', 'es'],
  ['Ministerio de Asuntos Exteriores, Unión Europea y Cooperación', 'mfa', 'es'],
  ['Embajada', 'embassy', 'es'], ['Embajada de', 'embassy', 'es'], ['Consulado', 'consulate', 'es'],
  ['Consulado General', 'consulate', 'es'], ['Misión Permanente', 'mission', 'es'], ['Representación Permanente', 'mission', 'es'],
  ['Gobierno de', 'government', 'es'], ['Ministerio', 'government', 'es'], ['Presidencia', 'head-of-state', 'es'],
  ['Congreso', 'parliament', 'es'],
  ['Ministério das Relações Exteriores', 'mfa', 'pt'], ['Itamaraty', 'mfa', 'pt'], ['Ministério dos Negócios Estrangeiros', 'mfa', 'pt'],
  ['Embaixada', 'embassy', 'pt'], ['Consulado-Geral', 'consulate', 'pt'],
  ['Ministero degli Affari Esteri', 'mfa', 'it'], ['Farnesina', 'mfa', 'it'], ['Ambasciata', 'embassy', 'it'],
  ['Kementerian Luar Negeri', 'mfa', 'id'], ['Kedutaan Besar', 'embassy', 'id'],
  // Arabic
  ['وزارة الخارجية', 'mfa', 'ar'], ['وزارة الشؤون الخارجية', 'mfa', 'ar'], ['وزارة الخارجية وشؤون المغتربين', 'mfa', 'ar'],
  ['سفارة', 'embassy', 'ar'], ['السفارة', 'embassy', 'ar'], ['قنصلية', 'consulate', 'ar'], ['القنصلية', 'consulate', 'ar'],
  ['القنصلية العامة', 'consulate', 'ar'], ['البعثة الدائمة', 'mission', 'ar'],
  ['حكومة', 'government', 'ar'], ['وزارة', 'government', 'ar'], ['رئاسة', 'head-of-state', 'ar'], ['الرئاسة', 'head-of-state', 'ar'],
  // Chinese, Japanese, Korean
  ['外交部', 'mfa', 'zh'], ['中华人民共和国外交部', 'mfa', 'zh'], ['大使馆', 'embassy', 'zh'], ['总领事馆', 'consulate', 'zh'],
  ['领事馆', 'consulate', 'zh'], ['常驻联合国代表团', 'mission', 'zh'], ['代表团', 'mission', 'zh'],
  ['政府', 'government', 'zh'], ['国务院', 'government', 'zh'], ['总统', 'head-of-state', 'zh'],
  ['外務省', 'mfa', 'ja'], ['大使館', 'embassy', 'ja'], ['総領事館', 'consulate', 'ja'],
  ['외교부', 'mfa', 'ko'], ['대사관', 'embassy', 'ko'],
] as const satisfies readonly Cue[];

/** [name, ISO code, language]. English names come from seeds/countries.ts; these are extras. */
export type CountryName = readonly [string, string, string];

export const COUNTRY_NAMES = [
  // English alternates and adjectives
  ['USA', 'US', 'en'], ['US', 'US', 'en'], ['U.S.', 'US', 'en'], ['United States of America', 'US', 'en'], ['America', 'US', 'en'],
  ['American', 'US', 'en'], ['UK', 'GB', 'en'], ['Britain', 'GB', 'en'], ['Great Britain', 'GB', 'en'], ['British', 'GB', 'en'],
  ['Russian Federation', 'RU', 'en'], ['Russian', 'RU', 'en'], ["People's Republic of China", 'CN', 'en'], ['PRC', 'CN', 'en'],
  ['Chinese', 'CN', 'en'], ['Republic of Korea', 'KR', 'en'], ['Korea', 'KR', 'en'], ['Korean', 'KR', 'en'], ['Turkey', 'TR', 'en'],
  ['Turkish', 'TR', 'en'], ['Czech Republic', 'CZ', 'en'], ['Czech', 'CZ', 'en'], ['Ivory Coast', 'CI', 'en'], ['Vatican', 'VA', 'en'],
  ['Kyrgyz Republic', 'KG', 'en'], ['Kyrgyz', 'KG', 'en'], ['UAE', 'AE', 'en'], ['Emirates', 'AE', 'en'], ['Saudi', 'SA', 'en'],
  ['Uzbek', 'UZ', 'en'], ['Kazakh', 'KZ', 'en'], ['Tajik', 'TJ', 'en'], ['Turkmen', 'TM', 'en'], ['French', 'FR', 'en'],
  ['German', 'DE', 'en'], ['Japanese', 'JP', 'en'], ['Indian', 'IN', 'en'], ['Italian', 'IT', 'en'], ['South African', 'ZA', 'en'],
  ['Indonesian', 'ID', 'en'], ['Mexican', 'MX', 'en'], ['Argentine', 'AR', 'en'], ['Brazilian', 'BR', 'en'], ['Canadian', 'CA', 'en'],
  ['Australian', 'AU', 'en'], ['Spanish', 'ES', 'en'], ['Dutch', 'NL', 'en'], ['Swiss', 'CH', 'en'], ['Swedish', 'SE', 'en'],
  ['Norwegian', 'NO', 'en'], ['Danish', 'DK', 'en'], ['Finnish', 'FI', 'en'], ['Polish', 'PL', 'en'], ['Ukrainian', 'UA', 'en'],
  ['Israeli', 'IL', 'en'], ['Pakistani', 'PK', 'en'], ['Irish', 'IE', 'en'], ['Vietnam', 'VN', 'en'], ['Burma', 'MM', 'en'],
  ['Democratic Republic of the Congo', 'CD', 'en'], ['Swaziland', 'SZ', 'en'], ['Cape Verde', 'CV', 'en'], ['East Timor', 'TL', 'en'],
  ['Macedonia', 'MK', 'en'], ['Holland', 'NL', 'en'], ['Persia', 'IR', 'en'], ['Iranian', 'IR', 'en'], ['Egyptian', 'EG', 'en'],
  ['European Union', 'EU', 'en'], ['EU', 'EU', 'en'], ['Georgian', 'GE', 'en'], ['Armenian', 'AM', 'en'], ['Azerbaijani', 'AZ', 'en'],
  ['Belarusian', 'BY', 'en'], ['Greek', 'GR', 'en'], ['Hungarian', 'HU', 'en'], ['Romanian', 'RO', 'en'], ['Bulgarian', 'BG', 'en'],
  ['Portuguese', 'PT', 'en'], ['Austrian', 'AT', 'en'], ['Belgian', 'BE', 'en'], ['Afghan', 'AF', 'en'], ['Mongolian', 'MN', 'en'],
  ['Qatari', 'QA', 'en'], ['Kuwaiti', 'KW', 'en'], ['Omani', 'OM', 'en'], ['Nigerian', 'NG', 'en'], ['Kenyan', 'KE', 'en'],
  // Russian
  ['Узбекистан', 'UZ', 'ru'], ['Узбекистана', 'UZ', 'ru'], ['Республики Узбекистан', 'UZ', 'ru'], ['Казахстан', 'KZ', 'ru'],
  ['Казахстана', 'KZ', 'ru'], ['Республики Казахстан', 'KZ', 'ru'], ['Кыргызстан', 'KG', 'ru'], ['Кыргызстана', 'KG', 'ru'],
  ['Кыргызской Республики', 'KG', 'ru'], ['Киргизии', 'KG', 'ru'], ['Таджикистан', 'TJ', 'ru'], ['Таджикистана', 'TJ', 'ru'],
  ['Республики Таджикистан', 'TJ', 'ru'], ['Туркменистан', 'TM', 'ru'], ['Туркменистана', 'TM', 'ru'], ['Россия', 'RU', 'ru'],
  ['России', 'RU', 'ru'], ['Российской Федерации', 'RU', 'ru'], ['США', 'US', 'ru'], ['Соединенных Штатов', 'US', 'ru'],
  ['Китай', 'CN', 'ru'], ['Китая', 'CN', 'ru'], ['КНР', 'CN', 'ru'], ['Франции', 'FR', 'ru'], ['Франция', 'FR', 'ru'],
  ['Германии', 'DE', 'ru'], ['Германия', 'DE', 'ru'], ['ФРГ', 'DE', 'ru'], ['Великобритании', 'GB', 'ru'], ['Великобритания', 'GB', 'ru'],
  ['Японии', 'JP', 'ru'], ['Япония', 'JP', 'ru'], ['Индии', 'IN', 'ru'], ['Индия', 'IN', 'ru'], ['Италии', 'IT', 'ru'],
  ['Италия', 'IT', 'ru'], ['Турции', 'TR', 'ru'], ['Турецкой Республики', 'TR', 'ru'], ['Турция', 'TR', 'ru'],
  ['Саудовской Аравии', 'SA', 'ru'], ['ЮАР', 'ZA', 'ru'], ['Индонезии', 'ID', 'ru'], ['Кореи', 'KR', 'ru'], ['Республики Корея', 'KR', 'ru'],
  ['Мексики', 'MX', 'ru'], ['Аргентины', 'AR', 'ru'], ['Бразилии', 'BR', 'ru'], ['Канады', 'CA', 'ru'], ['Австралии', 'AU', 'ru'],
  ['Украины', 'UA', 'ru'], ['Украина', 'UA', 'ru'], ['Беларусь', 'BY', 'ru'], ['Республики Беларусь', 'BY', 'ru'], ['Евросоюза', 'EU', 'ru'],
  // Uzbek (Latin and Cyrillic)
  ["O'zbekiston", 'UZ', 'uz'], ["O'zbekiston Respublikasi", 'UZ', 'uz'], ["O'zbekiston Respublikasining", 'UZ', 'uz'],
  ["Qozog'iston", 'KZ', 'uz'], ["Qirg'iziston", 'KG', 'uz'], ['Tojikiston', 'TJ', 'uz'], ['Turkmaniston', 'TM', 'uz'],
  ['Rossiya', 'RU', 'uz'], ['AQSH', 'US', 'uz'], ['Xitoy', 'CN', 'uz'], ['Fransiya', 'FR', 'uz'], ['Germaniya', 'DE', 'uz'],
  ['Buyuk Britaniya', 'GB', 'uz'], ['Yaponiya', 'JP', 'uz'], ['Hindiston', 'IN', 'uz'], ['Italiya', 'IT', 'uz'], ['Turkiya', 'TR', 'uz'],
  ['Saudiya Arabistoni', 'SA', 'uz'], ['Koreya', 'KR', 'uz'], ['Meksika', 'MX', 'uz'], ['Braziliya', 'BR', 'uz'], ['Kanada', 'CA', 'uz'],
  ['Avstraliya', 'AU', 'uz'], ['Indoneziya', 'ID', 'uz'], ['Argentina', 'AR', 'uz'], ['Janubiy Afrika', 'ZA', 'uz'],
  ['Ўзбекистон', 'UZ', 'uz-Cyrl'], ['Ўзбекистон Республикаси', 'UZ', 'uz-Cyrl'], ['Ўзбекистон Республикасининг', 'UZ', 'uz-Cyrl'],
  ['Қозоғистон', 'KZ', 'uz-Cyrl'], ['Қирғизистон', 'KG', 'uz-Cyrl'], ['Тожикистон', 'TJ', 'uz-Cyrl'], ['Туркманистон', 'TM', 'uz-Cyrl'],
  ['Россия Федерацияси', 'RU', 'uz-Cyrl'], ['АҚШ', 'US', 'uz-Cyrl'], ['Хитой', 'CN', 'uz-Cyrl'], ['Франция', 'FR', 'uz-Cyrl'],
  ['Германия', 'DE', 'uz-Cyrl'], ['Буюк Британия', 'GB', 'uz-Cyrl'], ['Япония', 'JP', 'uz-Cyrl'], ['Ҳиндистон', 'IN', 'uz-Cyrl'],
  ['Туркия', 'TR', 'uz-Cyrl'],
  // Kazakh
  ['Қазақстан', 'KZ', 'kk'], ['Қазақстан Республикасы', 'KZ', 'kk'], ['Қазақстан Республикасының', 'KZ', 'kk'],
  ['Өзбекстан', 'UZ', 'kk'], ['Өзбекстан Республикасы', 'UZ', 'kk'], ['Қырғызстан', 'KG', 'kk'], ['Тәжікстан', 'TJ', 'kk'],
  ['Түрікменстан', 'TM', 'kk'], ['Ресей', 'RU', 'kk'], ['Ресей Федерациясы', 'RU', 'kk'], ['Қытай', 'CN', 'kk'], ['Түркия', 'TR', 'kk'],
  ['Германия', 'DE', 'kk'], ['Жапония', 'JP', 'kk'], ['Үндістан', 'IN', 'kk'],
  // Turkish
  ['Türkiye', 'TR', 'tr'], ['Türkiye Cumhuriyeti', 'TR', 'tr'], ['T.C.', 'TR', 'tr'], ['Özbekistan', 'UZ', 'tr'], ['Kazakistan', 'KZ', 'tr'],
  ['Kırgızistan', 'KG', 'tr'], ['Tacikistan', 'TJ', 'tr'], ['Rusya', 'RU', 'tr'], ['ABD', 'US', 'tr'], ['Amerika Birleşik Devletleri', 'US', 'tr'],
  ['Çin', 'CN', 'tr'], ['Fransa', 'FR', 'tr'], ['Almanya', 'DE', 'tr'], ['Birleşik Krallık', 'GB', 'tr'], ['İngiltere', 'GB', 'tr'],
  ['Japonya', 'JP', 'tr'], ['Hindistan', 'IN', 'tr'], ['İtalya', 'IT', 'tr'], ['Suudi Arabistan', 'SA', 'tr'], ['Güney Afrika', 'ZA', 'tr'],
  ['Endonezya', 'ID', 'tr'], ['Güney Kore', 'KR', 'tr'], ['Meksika', 'MX', 'tr'], ['Arjantin', 'AR', 'tr'], ['Brezilya', 'BR', 'tr'],
  ['Avustralya', 'AU', 'tr'],
  // French
  ['Ouzbékistan', 'UZ', 'fr'], ['Kirghizistan', 'KG', 'fr'], ['Tadjikistan', 'TJ', 'fr'], ['Turkménistan', 'TM', 'fr'],
  ['Russie', 'RU', 'fr'], ['États-Unis', 'US', 'fr'], ['Chine', 'CN', 'fr'], ['Allemagne', 'DE', 'fr'], ['Royaume-Uni', 'GB', 'fr'],
  ['Japon', 'JP', 'fr'], ['Inde', 'IN', 'fr'], ['Italie', 'IT', 'fr'], ['Turquie', 'TR', 'fr'], ['Arabie saoudite', 'SA', 'fr'],
  ['Afrique du Sud', 'ZA', 'fr'], ['Indonésie', 'ID', 'fr'], ['Corée', 'KR', 'fr'], ['Mexique', 'MX', 'fr'], ['Argentine', 'AR', 'fr'],
  ['Brésil', 'BR', 'fr'], ['Australie', 'AU', 'fr'], ['Espagne', 'ES', 'fr'], ['Suisse', 'CH', 'fr'], ['Belgique', 'BE', 'fr'],
  // German
  ['Usbekistan', 'UZ', 'de'], ['Kasachstan', 'KZ', 'de'], ['Kirgisistan', 'KG', 'de'], ['Tadschikistan', 'TJ', 'de'],
  ['Russland', 'RU', 'de'], ['Vereinigte Staaten', 'US', 'de'], ['Frankreich', 'FR', 'de'], ['Deutschland', 'DE', 'de'],
  ['Bundesrepublik Deutschland', 'DE', 'de'], ['Deutsche', 'DE', 'de'], ['Vereinigtes Königreich', 'GB', 'de'],
  ['Großbritannien', 'GB', 'de'], ['Indien', 'IN', 'de'], ['Italien', 'IT', 'de'], ['Türkei', 'TR', 'de'], ['Saudi-Arabien', 'SA', 'de'],
  ['Südafrika', 'ZA', 'de'], ['Indonesien', 'ID', 'de'], ['Mexiko', 'MX', 'de'], ['Argentinien', 'AR', 'de'], ['Brasilien', 'BR', 'de'],
  ['Australien', 'AU', 'de'], ['Österreich', 'AT', 'de'], ['Schweiz', 'CH', 'de'],
  // Spanish
  ['Uzbekistán', 'UZ', 'es'], ['Kazajistán', 'KZ', 'es'], ['Kirguistán', 'KG', 'es'], ['Tayikistán', 'TJ', 'es'],
  ['Turkmenistán', 'TM', 'es'], ['Rusia', 'RU', 'es'], ['Estados Unidos', 'US', 'es'], ['EE.UU.', 'US', 'es'], ['Francia', 'FR', 'es'],
  ['Alemania', 'DE', 'es'], ['Reino Unido', 'GB', 'es'], ['Japón', 'JP', 'es'], ['Turquía', 'TR', 'es'], ['Arabia Saudita', 'SA', 'es'],
  ['Sudáfrica', 'ZA', 'es'], ['Corea', 'KR', 'es'], ['México', 'MX', 'es'], ['Brasil', 'BR', 'es'], ['Canadá', 'CA', 'es'],
  ['España', 'ES', 'es'], ['Italia', 'IT', 'es'],
  // Arabic
  ['أوزبكستان', 'UZ', 'ar'], ['كازاخستان', 'KZ', 'ar'], ['قيرغيزستان', 'KG', 'ar'], ['طاجيكستان', 'TJ', 'ar'], ['تركمانستان', 'TM', 'ar'],
  ['روسيا', 'RU', 'ar'], ['الولايات المتحدة', 'US', 'ar'], ['الصين', 'CN', 'ar'], ['فرنسا', 'FR', 'ar'], ['ألمانيا', 'DE', 'ar'],
  ['المملكة المتحدة', 'GB', 'ar'], ['اليابان', 'JP', 'ar'], ['الهند', 'IN', 'ar'], ['إيطاليا', 'IT', 'ar'], ['تركيا', 'TR', 'ar'],
  ['السعودية', 'SA', 'ar'], ['المملكة العربية السعودية', 'SA', 'ar'], ['جنوب أفريقيا', 'ZA', 'ar'], ['إندونيسيا', 'ID', 'ar'],
  ['كوريا', 'KR', 'ar'], ['المكسيك', 'MX', 'ar'], ['الأرجنتين', 'AR', 'ar'], ['البرازيل', 'BR', 'ar'], ['كندا', 'CA', 'ar'],
  ['أستراليا', 'AU', 'ar'], ['الإمارات', 'AE', 'ar'], ['مصر', 'EG', 'ar'], ['قطر', 'QA', 'ar'], ['الكويت', 'KW', 'ar'],
  // Chinese
  ['乌兹别克斯坦', 'UZ', 'zh'], ['哈萨克斯坦', 'KZ', 'zh'], ['吉尔吉斯斯坦', 'KG', 'zh'], ['塔吉克斯坦', 'TJ', 'zh'],
  ['土库曼斯坦', 'TM', 'zh'], ['俄罗斯', 'RU', 'zh'], ['美国', 'US', 'zh'], ['中国', 'CN', 'zh'], ['中华人民共和国', 'CN', 'zh'],
  ['法国', 'FR', 'zh'], ['德国', 'DE', 'zh'], ['英国', 'GB', 'zh'], ['日本', 'JP', 'zh'], ['印度', 'IN', 'zh'], ['意大利', 'IT', 'zh'],
  ['土耳其', 'TR', 'zh'], ['沙特阿拉伯', 'SA', 'zh'], ['南非', 'ZA', 'zh'], ['印度尼西亚', 'ID', 'zh'], ['韩国', 'KR', 'zh'],
  ['墨西哥', 'MX', 'zh'], ['阿根廷', 'AR', 'zh'], ['巴西', 'BR', 'zh'], ['加拿大', 'CA', 'zh'], ['澳大利亚', 'AU', 'zh'],
  ['欧盟', 'EU', 'zh'],
] as const satisfies readonly CountryName[];

/** Short forms used in social handles (besides ISO alpha-2/alpha-3 codes and English names). */
export const HANDLE_COUNTRY_ABBREVIATIONS = [
  ['uk', 'GB'], ['usa', 'US'], ['us', 'US'], ['rus', 'RU'], ['rf', 'RU'], ['russia', 'RU'], ['ksa', 'SA'], ['uae', 'AE'],
  ['prc', 'CN'], ['rok', 'KR'], ['aus', 'AU'], ['can', 'CA'], ['nl', 'NL'], ['swe', 'SE'], ['ger', 'DE'], ['uzb', 'UZ'],
  ['uzbek', 'UZ'], ['kazakh', 'KZ'], ['kyrgyz', 'KG'], ['tajik', 'TJ'], ['turkmen', 'TM'], ['turkiye', 'TR'], ['thai', 'TH'],
  ['ind', 'IN'], ['chinese', 'CN'], ['china', 'CN'], ['german', 'DE'], ['french', 'FR'], ['british', 'GB'], ['japan', 'JP'],
  ['japanese', 'JP'], ['indian', 'IN'], ['italian', 'IT'], ['swiss', 'CH'], ['swedish', 'SE'], ['danish', 'DK'], ['dutch', 'NL'],
  ['irish', 'IE'], ['israeli', 'IL'], ['turkish', 'TR'], ['korean', 'KR'], ['korea', 'KR'], ['american', 'US'], ['eu', 'EU'],
  ['latvian', 'LV'], ['polish', 'PL'], ['czech', 'CZ'], ['norwegian', 'NO'], ['finnish', 'FI'], ['canadian', 'CA'],
  ['australian', 'AU'], ['pak', 'PK'], ['saudi', 'SA'], ['ukraine', 'UA'], ['ukr', 'UA'], ['vietnam', 'VN'], ['austrian', 'AT'],
] as const satisfies readonly (readonly [string, string])[];
