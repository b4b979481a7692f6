/**
 * The concept lexicon of digital diplomacy, drawn from the five papers of the corpus
 * (seeds/papers.ts). Definitions are the project's own words; the papers are cited in
 * `refs` (verified against the corpus by tests/unit/lexicon/corpus.test.ts). Concepts the
 * papers do not name carry `added: { source }`.
 *
 * Terms are written in a canonical form and matched with inflection (utils/lexicon/inflect.ts):
 * Russian words decline, Turkic heads take suffixes, English heads take -s/-'s. Short or
 * ambiguous terms are `exact` or `caseSensitive`. Bump LEXICON_VERSION on every change.
 */
import type { CategoryId, Concept } from '../utils/model/lexicon.ts';

export const LEXICON_VERSION = '2026.11.7';

export interface Category {
  id: CategoryId;
  label: string;
  description: string;
}

export const CATEGORIES: readonly Category[] = [
  { id: 'forms', label: 'Forms of diplomacy', description: 'Names and kinds of diplomacy: digital, public, traditional, economic, multilateral.' },
  { id: 'goals', label: 'Goals', description: 'What states seek through digital diplomacy: influence, image, interests, investment, cooperation.' },
  { id: 'channels', label: 'Channels and tools', description: 'Media and technical means through which diplomacy is carried out online.' },
  { id: 'functions', label: 'Functions and services', description: 'Tasks a foreign service performs with digital means, from consular help to crisis response.' },
  { id: 'risks', label: 'Risks', description: 'Threats and weaknesses that digital diplomacy creates or is exposed to.' },
  { id: 'capacity', label: 'Capacity and governance', description: 'Institutions, skills, strategies and infrastructure that make digital diplomacy possible.' },
  { id: 'engagement', label: 'Audience engagement', description: 'How diplomacy reaches, listens to and involves publics at home and abroad.' },
];

export const LEXICON: Concept[] = [
  // ------------------------------------------------------------------ forms
  {
    id: 'digital-diplomacy',
    label: 'Digital diplomacy',
    category: 'forms',
    definition:
      'The conduct of diplomacy through the internet, social media and other information and communication technologies. The corpus treats its many names (e-diplomacy, cyber diplomacy, diplomacy 2.0 and others) as near-synonyms.',
    refs: ['turayeva-2023', 'jumayeva-2023', 'sattorov-nasirov', 'demircioglu-2024', 'allamurodov-2023'],
    terms: {
      en: ['digital diplomacy', 'e-diplomacy', 'ediplomacy', 'electronic diplomacy', 'cyber diplomacy', 'cyberdiplomacy', 'virtual diplomacy', 'social diplomacy', 'diplomacy 2.0', 'net diplomacy', 'online diplomacy'],
      ru: ['цифровая дипломатия', 'электронная дипломатия', 'кибердипломатия', 'виртуальная дипломатия', 'сетевая дипломатия', 'дипломатия 2.0'],
      uz: ['raqamli diplomatiya', 'рақамли дипломатия', 'elektron diplomatiya', 'электрон дипломатия', 'kiberdiplomatiya'],
      kk: ['цифрлық дипломатия', 'электрондық дипломатия', 'сандық дипломатия'],
      tr: ['dijital diplomasi', 'e-diplomasi', 'siber diplomasi', 'sanal diplomasi', 'elektronik diplomasi'],
    },
  },
  {
    id: 'twiplomacy',
    label: 'Twiplomacy',
    category: 'forms',
    definition:
      'Diplomacy conducted by leaders, ministries and embassies on Twitter (now X); also the name of a study ranking world leaders on that platform.',
    refs: ['demircioglu-2024', 'allamurodov-2023'],
    // Everyday: a minister, diplomat or embassy 'on Twitter' ('ministers on Twitter', 'МИД в Твиттере',
    // 'vazir Twitterda', 'министр Twitter-де'); the platform is reported beside it (Hit.also).
    terms: {
      en: ['twiplomacy', 'twitter diplomacy', 'ministers on Twitter', 'minister on Twitter', 'diplomats on Twitter', 'leaders on Twitter', 'embassies on Twitter'],
      ru: ['твипломатия', 'твиттер-дипломатия', 'МИД в Твиттере', 'министр в Твиттере', 'дипломаты в Твиттере', 'посольство в Твиттере'],
      uz: ['tviplomatiya', 'vazir Twitter', 'elchi Twitter'],
      kk: ['твипломатиясы', 'министр Twitter', 'елші Twitter'],
      tr: ['twiplomasi', 'tviplomasi', 'Twitter diplomasisi'],
    },
    stems: { diplomasisi: ['diplomasi'] },
  },
  {
    id: 'public-diplomacy',
    label: 'Public diplomacy',
    category: 'forms',
    definition:
      "A state's communication with foreign publics rather than only with their governments, to explain its policies and win understanding. Digital diplomacy is described in the corpus as growing out of it.",
    refs: ['jumayeva-2023', 'sattorov-nasirov', 'demircioglu-2024'],
    terms: {
      en: ['public diplomacy', 'new public diplomacy'],
      ru: ['публичная дипломатия', 'общественная дипломатия'],
      uz: ['jamoatchilik diplomatiyasi', 'jamoat diplomatiyasi', 'ommaviy diplomatiya', 'оммавий дипломатия'],
      kk: ['қоғамдық дипломатия', 'жария дипломатия'],
      tr: ['kamu diplomasisi'],
    },
    stems: { diplomasisi: ['diplomasi'] },
  },
  {
    id: 'traditional-diplomacy',
    label: 'Traditional diplomacy',
    category: 'forms',
    definition:
      'Diplomacy by embassies, formal meetings and confidential negotiation between state representatives. The corpus contrasts it with digital diplomacy, which complements rather than replaces it.',
    refs: ['turayeva-2023', 'jumayeva-2023', 'sattorov-nasirov', 'demircioglu-2024'],
    terms: {
      en: ['traditional diplomacy', 'classical diplomacy', 'conventional diplomacy', 'face-to-face diplomacy'],
      ru: ['традиционная дипломатия', 'классическая дипломатия'],
      uz: ["an'anaviy diplomatiya", 'анъанавий дипломатия'],
      kk: ['дәстүрлі дипломатия'],
      tr: ['geleneksel diplomasi', 'klasik diplomasi'],
    },
  },
  {
    id: 'economic-diplomacy',
    label: 'Economic diplomacy',
    category: 'forms',
    definition:
      "Diplomatic work that serves a country's foreign trade, external economic ties and economic development.",
    refs: ['demircioglu-2024', 'allamurodov-2023'],
    terms: {
      en: ['economic diplomacy', 'commercial diplomacy', 'foreign economic activity', 'external economic ties', 'export promotion', 'promoting exports', 'promote exports', 'export support', 'trade promotion', 'trade mission', 'trade and investment', 'trade and economic cooperation', 'B2B meetings'],
      ru: ['экономическая дипломатия', 'внешнеэкономическая деятельность', 'продвижение экспорта', 'поддержка экспорта', 'торгово-экономическое сотрудничество', 'торговое представительство', 'B2B-встречи'],
      uz: ['iqtisodiy diplomatiya', 'иқтисодий дипломатия', "eksportni rag'batlantirish", "eksportni qo'llab-quvvatlash", 'savdo-iqtisodiy hamkorlik', 'B2B uchrashuv'],
      kk: ['экономикалық дипломатия', 'экспортты ілгерілету', 'экспортты қолдау', 'сауда-экономикалық ынтымақтастық', 'B2B кездесу'],
      tr: ['ekonomik diplomasi', 'ticari diplomasi', 'ihracatı teşvik', 'ihracatın teşviki', 'ihracat desteği', 'ticari ve ekonomik işbirliği', 'yatırım ve ticaret', 'ticaret ve yatırım', 'B2B görüşme'],
    },
  },
  {
    id: 'cultural-diplomacy',
    label: 'Cultural diplomacy',
    category: 'forms',
    definition: "The use of a country's culture, arts, heritage and exchanges to build understanding and goodwill abroad.",
    refs: [],
    added: { source: 'Cull, N. J. (2009). Public Diplomacy: Lessons from the Past. USC Center on Public Diplomacy (cited by Sattorov & Nasirov)' },
    // 'film festival': the commonest event of cultural programmes abroad (film weeks, festivals of national
    // cinema); festivals at home also match, which a page about a country's culture abroad rarely minds.
    terms: {
      en: ['cultural diplomacy', 'days of culture', 'culture days', 'cultural exchange', 'days of Uzbek culture', 'days of Kazakh culture', 'days of Turkish culture', 'film festival'],
      ru: ['культурная дипломатия', 'дни культуры', 'культурный обмен', 'кинофестиваль'],
      uz: ['madaniy diplomatiya', 'маданий дипломатия', 'madaniyat kunlari', 'madaniyati kunlari', 'kinofestival'],
      kk: ['мәдени дипломатия', 'мәдениет күндері', 'мәдениеті күндері', 'кинофестиваль'],
      tr: ['kültürel diplomasi', 'kültür diplomasisi', 'kültür günleri', 'film festivali'],
    },
    stems: { diplomasisi: ['diplomasi'], festivali: ['festival'] },
  },
  {
    id: 'multilateral-diplomacy',
    label: 'Multilateral diplomacy',
    category: 'forms',
    definition:
      'Diplomacy conducted in and with international organizations, conferences and summits, where digital tools now carry much of the work.',
    refs: ['turayeva-2023', 'jumayeva-2023', 'sattorov-nasirov', 'demircioglu-2024', 'allamurodov-2023'],
    // Bare 'summit' stays out in English and Turkish (mountains, 'zirve'); Russian, Uzbek and Kazakh
    // 'саммит'/'sammit' only mean the meeting. Bare 'General Assembly' and 'Security Council' stay out
    // (US state legislatures, national security councils). 'BM' is not case-sensitive, so that Turkish
    // suffixes after its apostrophe are read ('BM'de').
    terms: {
      en: ['multilateral diplomacy', 'international organizations', 'international organisations', 'international conferences', 'international summits', 'United Nations', 'UN', 'UN General Assembly', 'OSCE', 'sidelines of the summit', 'UN Security Council'],
      ru: ['многосторонняя дипломатия', 'международные организации', 'международные конференции', 'ООН', 'ОБСЕ', 'Генеральная Ассамблея', 'саммит'],
      uz: ["ko'p tomonlama diplomatiya", 'xalqaro tashkilot', 'халқаро ташкилот', 'BMT', 'YXHT', 'Bosh Assambleya', 'sammit'],
      kk: ['көпжақты дипломатия', 'халықаралық ұйым', 'БҰҰ', 'ЕҚЫҰ', 'Бас Ассамблея', 'саммит'],
      tr: ['çok taraflı diplomasi', 'uluslararası kuruluş', 'uluslararası örgüt', 'BM', 'AGİT', 'BM Genel Kurulu', 'Birleşmiş Milletler', 'zirve marjı', 'zirve toplantısı'],
    },
    caseSensitive: ['UN', 'OSCE'],
    stems: { marjı: ['marj'] },
  },
  {
    id: 'data-diplomacy',
    label: 'Data diplomacy',
    category: 'forms',
    definition: 'Diplomacy that uses data and data flows as a resource and as a subject of negotiation between states.',
    refs: ['turayeva-2023'],
    terms: {
      en: ['data diplomacy', 'cross-border data flows'],
      ru: ['дипломатия данных', 'трансграничные потоки данных'],
      uz: ["ma'lumotlar diplomatiyasi", "transchegaraviy ma'lumotlar oqimi"],
      kk: ['деректер дипломатиясы', 'трансшекаралық деректер ағыны'],
      tr: ['veri diplomasisi', 'sınır ötesi veri akışı'],
    },
    stems: { diplomasisi: ['diplomasi'], akışı: ['akış'] },
  },
  // ------------------------------------------------------------------ goals
  {
    id: 'soft-power',
    label: 'Soft power',
    category: 'goals',
    definition:
      "A country's ability to shape what others want through attraction, values and culture rather than coercion. Several papers present digital diplomacy as a new instrument of it.",
    refs: ['sattorov-nasirov', 'demircioglu-2024', 'allamurodov-2023'],
    // 'through attraction' and its translations: Nye's definition (attraction rather than coercion); Turkish
    // 'cazibeyle' is the instrumental 'by attraction' (exact: 'cazibe' alone is any charm).
    terms: {
      en: ['soft power', 'through attraction'],
      ru: ['мягкая сила', 'за счёт привлекательности'],
      uz: ['yumshoq kuch', 'юмшоқ куч', 'jozibadorlik orqali'],
      kk: ['жұмсақ күш', 'тартымдылық арқылы'],
      tr: ['yumuşak güç', 'cazibe yoluyla', 'cazibeyle'],
    },
  },
  {
    id: 'nation-branding',
    label: 'Nation branding',
    category: 'goals',
    definition:
      'Deliberately shaping and promoting a recognisable identity for a country, its culture, history and attractions, as one would a brand.',
    refs: ['jumayeva-2023', 'allamurodov-2023'],
    terms: {
      en: ['nation branding', 'state branding', 'country branding', "country's brand", 'national brand', 'place branding'],
      ru: ['национальный брендинг', 'брендинг страны', 'бренд страны', 'национальный бренд'],
      uz: ['milliy brending', 'davlat brendi', 'milliy brend', 'mamlakat brendi'],
      kk: ['ұлттық брендинг', 'ел бренді', 'ұлттық бренд'],
      tr: ['ulus markalaması', 'ülke markası', 'ülke markalaması', 'ulus markası'],
    },
  },
  {
    id: 'investment-promotion',
    label: 'Investment promotion',
    category: 'goals',
    definition:
      'Informing foreign investors about opportunities, rules and procedures in a country in order to attract capital.',
    refs: ['demircioglu-2024'],
    terms: {
      en: ['investment promotion', 'attracting investors', 'attracting investment', 'attracting foreign investment', 'attract investment', 'attract foreign investment', 'foreign investment', 'foreign investors', 'investment opportunities', 'trade and investment promotion'],
      ru: ['привлечение инвестиций', 'продвижение инвестиций', 'иностранные инвесторы', 'инвестиционные возможности', 'привлечение иностранных инвестиций'],
      uz: ['investitsiyalarni jalb qilish', 'инвестицияларни жалб қилиш', 'xorijiy investor', 'investitsiya imkoniyatlari', 'investitsiya jalb qilish'],
      kk: ['инвестиция тарту', 'инвестицияларды тарту', 'шетелдік инвестор', 'инвестициялық мүмкіндіктер'],
      tr: ['yatırım teşviki', 'yatırımların teşviki', 'yatırımların teşvik edilmesi', 'yabancı yatırımcı', 'yabancı yatırım', 'yatırım tanıtımı', 'yatırım fırsatları', 'yatırım çekme', 'yatırımcı çekme'],
    },
    stems: { инвестиций: ['инвестици'], imkoniyatlari: ['imkoniyat'], мүмкіндіктер: ['мүмкіндік'], fırsatları: ['fırsat'] },
  },
  {
    id: 'international-image',
    label: 'International image',
    category: 'goals',
    definition: 'How a country is perceived abroad, its reputation and standing, which digital diplomacy seeks to improve.',
    refs: ['turayeva-2023', 'jumayeva-2023', 'sattorov-nasirov', 'demircioglu-2024', 'allamurodov-2023'],
    terms: {
      en: ['international image', 'positive image', "country's image", 'global image', 'international reputation', 'international standing', 'positive perception', "country's reputation", 'reputation of the country', 'reputation of our country', 'image abroad', 'reputation abroad', 'image of the country', 'image of our country'],
      ru: ['международный имидж', 'имидж страны', 'международная репутация', 'позитивный имидж', 'репутация страны', 'репутация нашей страны', 'образ страны', 'имидж за рубежом'],
      uz: ['xalqaro imidj', 'xalqaro imij', 'mamlakat imiji', "xalqaro obro'", 'xorijdagi imij', 'xorijdagi imidj', "dunyodagi obro'si", "mamlakat obro'si", "xalqaro obro'si"],
      kk: ['халықаралық имидж', 'елдің имиджі', 'халықаралық бедел', 'шетелдегі имидж', 'әлемдегі бедел', 'елдің беделі'],
      tr: ['uluslararası imaj', 'ülke imajı', 'uluslararası itibar', 'yurt dışındaki imaj', 'dünyadaki itibar', 'ülkemizin itibarı', 'ülkenin itibarı'],
    },
  },
  {
    id: 'foreign-policy-promotion',
    label: 'Promotion of foreign-policy positions',
    category: 'goals',
    definition:
      "Advancing a state's foreign-policy interests, objectives and initiatives by explaining them to audiences abroad.",
    refs: ['turayeva-2023', 'jumayeva-2023', 'demircioglu-2024', 'allamurodov-2023'],
    // Explaining a position: 'pozitsiyasini tushuntirdi', 'ұстанымын түсіндірді', 'tutumunu anlattı' (an
    // ambassador's op-ed, interview or briefing abroad).
    terms: {
      en: ['foreign policy interests', 'foreign policy objectives', 'foreign policy goals', 'foreign policy initiatives', 'foreign-policy promotion', 'political initiatives', "country's position", 'position of our country', 'position of the country', 'explained the position of'],
      ru: ['внешнеполитические интересы', 'внешнеполитические задачи', 'внешнеполитические инициативы', 'продвижение внешней политики', 'позиция нашей страны', 'позиция страны', 'разъяснил позицию'],
      uz: ['tashqi siyosat maqsadlari', 'tashqi siyosiy tashabbus', 'pozitsiyasini tushuntirdi', 'pozitsiyasini tushuntirish'],
      kk: ['сыртқы саяси мүдде', 'сыртқы саяси бастама', 'ұстанымын түсіндірді', 'ұстанымын түсіндіру'],
      tr: ['dış politika hedefleri', 'dış politika çıkarları', 'tutumunu anlattı'],
    },
    stems: { hedefleri: ['hedef'], çıkarları: ['çıkar'], maqsadlari: ['maqsad'] },
  },
  {
    id: 'national-interests',
    label: 'National interests',
    category: 'goals',
    definition: 'The goals a state pursues abroad on behalf of its people, which diplomacy in every form exists to serve.',
    refs: ['turayeva-2023', 'demircioglu-2024'],
    terms: {
      en: ['national interests'],
      ru: ['национальные интересы'],
      uz: ['milliy manfaat'],
      kk: ['ұлттық мүдде'],
      tr: ['ulusal çıkar'],
    },
  },
  {
    id: 'international-cooperation',
    label: 'International cooperation',
    category: 'goals',
    definition: 'Joint work between states and organizations, which digital platforms make faster and easier to organize.',
    refs: ['sattorov-nasirov', 'demircioglu-2024'],
    terms: {
      en: ['international cooperation', 'international collaboration', 'bilateral cooperation'],
      ru: ['международное сотрудничество', 'двустороннее сотрудничество'],
      uz: ['xalqaro hamkorlik', 'халқаро ҳамкорлик', 'ikki tomonlama hamkorlik'],
      kk: ['халықаралық ынтымақтастық', 'екіжақты ынтымақтастық'],
      tr: ['uluslararası işbirliği', 'uluslararası iş birliği', 'ikili işbirliği', 'ikili iş birliği'],
    },
  },
  // ------------------------------------------------------------------ channels
  {
    id: 'social-media',
    label: 'Social media',
    category: 'channels',
    definition:
      'Platforms such as X (Twitter), Facebook, Instagram, YouTube and Telegram, on which diplomats and ministries publish and converse with the public. The corpus names them the main channel of digital diplomacy.',
    refs: ['turayeva-2023', 'jumayeva-2023', 'sattorov-nasirov', 'demircioglu-2024', 'allamurodov-2023'],
    // Platform names are in the uz and tr lists too, for their suffixes ('Twitterda', 'Twitter'da');
    // 'аккаунт'/'akkaunt' stay out: every login page has one; an embassy's or ministry's account is social media.
    terms: {
      en: ['social media', 'social networks', 'social networking', 'social platforms', 'social media platforms', 'Twitter', 'Facebook', 'Instagram', 'Telegram', 'YouTube', 'WhatsApp', 'TikTok', 'X account', 'tweet', 'tweets', 'tweeted'],
      ru: ['социальные сети', 'соцсети', 'социальные медиа', 'Твиттер', 'Фейсбук', 'Телеграм', 'Инстаграм', 'WhatsApp', 'TikTok', 'Ютуб', 'твит', 'аккаунт посольства', 'аккаунт МИД', 'аккаунт министерства'],
      uz: ['ijtimoiy tarmoq', 'ижтимоий тармоқ', 'ijtimoiy media', 'Telegram', 'Facebook', 'Instagram', 'Twitter', 'YouTube', 'WhatsApp', 'TikTok', 'tvit'],
      kk: ['әлеуметтік желі', 'әлеуметтік медиа', 'X желісі', 'твит'],
      tr: ['sosyal medya', 'sosyal ağ', 'Twitter', 'Facebook', 'Instagram', 'Telegram', 'YouTube', 'WhatsApp', 'TikTok', 'X hesap', 'tweet'],
    },
    stems: { Инстаграм: ['инстаграм'], Телеграм: ['телеграм'] },
  },
  {
    id: 'official-websites',
    label: 'Official websites and portals',
    category: 'channels',
    definition: 'Websites and web portals of ministries, embassies and governments, the official online record of their positions and services.',
    refs: ['turayeva-2023', 'jumayeva-2023', 'sattorov-nasirov', 'demircioglu-2024', 'allamurodov-2023'],
    // 'portal', 'сайт', 'sayt' are as broad as 'website' (also non-governmental sites); 'news portal' is new media.
    terms: {
      en: ['official website', 'website', 'web portal', 'web site', 'portal'],
      ru: ['официальный сайт', 'веб-сайт', 'интернет-портал', 'сайт', 'портал'],
      uz: ['rasmiy sayt', 'veb-sayt', 'rasmiy veb-sayt', 'sayt', 'portal'],
      kk: ['ресми сайт', 'интернет-ресурс', 'сайт', 'портал'],
      tr: ['resmi web sitesi', 'web sitesi', 'internet sitesi', 'portal', 'e-Devlet Kapısı'],
    },
    stems: { sitesi: ['site'] },
  },
  {
    id: 'video-conferencing',
    label: 'Video conferencing',
    category: 'channels',
    definition:
      'Meetings, consultations and conferences held over video links instead of in person. They became routine in diplomacy during the COVID-19 pandemic.',
    refs: ['turayeva-2023', 'demircioglu-2024'],
    terms: {
      en: ['video conferencing', 'videoconferencing', 'video conference', 'videoconference', 'video call', 'video link', 'video communication', 'online meetings', 'virtual meetings', 'virtual events', 'held remotely', 'online briefing', 'via Zoom', 'Zoom call', 'Zoom meeting'],
      ru: ['видеоконференция', 'видеоконференцсвязь', 'видеосвязь', 'онлайн-встреча', 'онлайн-брифинг', 'онлайн-конференция'],
      uz: ['videokonferensiya', 'videoaloqa', 'видеоалоқа', 'onlayn brifing', 'onlayn uchrashuv'],
      kk: ['бейнеконференция', 'бейнебайланыс', 'онлайн брифинг', 'онлайн кездесу'],
      tr: ['video konferans', 'çevrim içi toplantı', 'online toplantı', 'video bağlantı', 'çevrimiçi toplantı', 'çevrimiçi basın toplantısı', 'online basın toplantısı'],
    },
  },
  {
    id: 'e-government',
    label: 'E-government',
    category: 'channels',
    definition: 'Public services and administration delivered online through government portals and electronic services.',
    refs: ['demircioglu-2024', 'allamurodov-2023'],
    terms: {
      en: ['e-government', 'electronic government', 'electronic services', 'e-services', 'digital government', 'eGov', 'public services online', 'online public services'],
      ru: ['электронное правительство', 'электронные услуги', 'электронные государственные услуги', 'госуслуги'],
      uz: ['elektron hukumat', 'электрон ҳукумат', 'elektron xizmat', 'interaktiv davlat xizmatlari'],
      kk: ['электрондық үкімет', 'электрондық қызмет'],
      tr: ['e-devlet', 'elektronik devlet', 'e-hizmet'],
    },
  },
  {
    id: 'mobile-applications',
    label: 'Mobile applications and devices',
    category: 'channels',
    definition: 'Apps and mobile phones through which ministries reach citizens and travellers, such as a travel-advice app for citizens going abroad.',
    refs: ['turayeva-2023', 'jumayeva-2023', 'demircioglu-2024', 'allamurodov-2023'],
    terms: {
      en: ['mobile applications', 'mobile apps', 'mobile devices', 'mobile phones', 'mobile networks'],
      ru: ['мобильные приложения', 'мобильные устройства', 'мобильные телефоны'],
      uz: ['mobil ilova', 'мобил илова'],
      kk: ['мобильді қосымша', 'мобильді құрылғы'],
      tr: ['mobil uygulama', 'mobil cihaz'],
    },
  },
  {
    id: 'new-media',
    label: 'New media',
    category: 'channels',
    definition: 'Internet-based media, from online television to news sites, as distinct from print and broadcast media of the last century.',
    refs: ['turayeva-2023', 'jumayeva-2023', 'demircioglu-2024', 'allamurodov-2023'],
    terms: {
      en: ['new media', 'digital media', 'internet television', 'online TV', 'news portal', 'news websites', 'online media'],
      ru: ['новые медиа', 'цифровые медиа', 'интернет-телевидение', 'новостные порталы', 'интернет-СМИ'],
      uz: ['yangi media', 'янги медиа', 'raqamli media', 'internet-televideniye', 'yangiliklar portali'],
      kk: ['жаңа медиа', 'цифрлық медиа', 'интернет-теледидар', 'жаңалық порталы'],
      tr: ['yeni medya', 'dijital medya', 'internet televizyonu', 'haber portalı'],
    },
    stems: { portali: ['portal'], порталы: ['портал'], televizyonu: ['televizyon'], portalı: ['portal'] },
  },
  {
    id: 'blogs',
    label: 'Blogs',
    category: 'channels',
    definition: 'Personal or institutional online journals, used by diplomats to comment publicly and watched by ministries as a source of opinion.',
    refs: ['turayeva-2023', 'jumayeva-2023', 'demircioglu-2024', 'allamurodov-2023'],
    terms: {
      en: ['blogs', 'blogosphere', 'bloggers'],
      ru: ['блоги', 'блогосфера', 'блогеры'],
      uz: ['blog', 'блог', 'bloger'],
      kk: ['блогтар', 'блогер'],
      tr: ['bloglar', 'blogcu'],
    },
    stems: { блогтар: ['блог'], bloglar: ['blog'] },
  },
  {
    id: 'email',
    label: 'E-mail',
    category: 'channels',
    definition: 'Electronic mail, the everyday channel of diplomats for information and for negotiating draft texts.',
    refs: ['jumayeva-2023', 'demircioglu-2024'],
    terms: {
      en: ['e-mail', 'email', 'electronic mail'],
      ru: ['электронная почта', 'электронная переписка'],
      uz: ['elektron pochta', 'elektron yozishmalar'],
      kk: ['электрондық пошта', 'электрондық хат-хабар'],
      tr: ['e-posta'],
    },
    stems: { yozishmalar: ['yozishma'] },
  },
  {
    id: 'electronic-document-management',
    label: 'Electronic document management',
    category: 'channels',
    definition: 'Creating, exchanging and archiving official documents and treaties in electronic form instead of on paper.',
    refs: ['turayeva-2023', 'demircioglu-2024'],
    terms: {
      en: ['electronic document management', 'electronic document', 'electronic database', 'electronic document exchange', 'paperless', 'electronic signature', 'digital signature', 'e-signature', 'electronic archive'],
      ru: ['электронный документооборот', 'электронный документ', 'безбумажный документооборот', 'электронная подпись', 'электронный архив'],
      uz: ['elektron hujjat aylanishi', 'elektron hujjat', 'elektron raqamli imzo', 'elektron imzo', "qog'ozsiz ish yuritish", 'elektron arxiv'],
      kk: ['электрондық құжат айналымы', 'электрондық құжат', 'электрондық цифрлық қолтаңба', 'электрондық қолтаңба', 'қағазсыз құжат айналымы', 'электрондық мұрағат'],
      tr: ['elektronik belge yönetimi', 'elektronik belge', 'e-imza', 'elektronik imza', 'elektronik arşiv'],
    },
    stems: { yönetimi: ['yönetim'] },
  },
  {
    id: 'hotline',
    label: 'Hotlines and call centres',
    category: 'channels',
    definition: 'Telephone and online lines on which citizens, especially those abroad, can reach a ministry directly.',
    refs: ['turayeva-2023', 'demircioglu-2024'],
    terms: {
      en: ['hotline', 'call center', 'call centre', 'helpline', 'direct lines of communication', 'duty phone'],
      ru: ['горячая линия', 'колл-центр', 'call-центр', 'дежурный телефон'],
      uz: ['ishonch telefoni', 'qaynoq liniya'],
      kk: ['сенім телефоны', 'жедел желі'],
      tr: ['çağrı merkezi', 'yardım hattı'],
    },
  },
  // ------------------------------------------------------------------ functions
  {
    id: 'consular-services',
    label: 'Consular services',
    category: 'functions',
    definition:
      'Services a foreign ministry and its consulates provide to individuals, such as passports, visas, registration and assistance. The corpus describes them moving online.',
    refs: ['demircioglu-2024', 'allamurodov-2023'],
    // 'passport', 'consul' and 'consular' alone: outside consular pages they are still travel documents
    // and consuls ('vaccine passport' is the rare exception). Bare 'visa' stays out (Visa cards; Turkish
    // 'vize' is also a mid-term exam). 'konsullik' (uz) and 'консулдық' (kk) mean both the consulate and
    // 'consular': alone they are the mission, before a noun (hisobi, yordami, есеп, көмек) the service, with
    // the mission reported beside it (Hit.also), as the words name both.
    terms: {
      en: ['consular services', 'consular assistance', 'consular activities', 'consular registration', 'visa services', 'visa application', 'issuing visas', 'travel advisories', 'travel advice', 'consular', 'consul', 'passport', 'visa-free', 'visa regime', 'visa applicants', 'apostille', 'apostilled', 'legalisation of documents', 'legalization of documents'],
      ru: ['консульские услуги', 'консульское обслуживание', 'консульская помощь', 'визовые услуги', 'консульский', 'консул', 'загранпаспорт', 'безвизовый режим', 'визовый режим', 'апостиль', 'апостилирование', 'легализация документов', 'заявители на визу'],
      uz: ['konsullik xizmatlari', 'консуллик хизматлари', 'konsullik hisobi', 'konsullik yordami', 'konsullik qabuli', 'konsullikka yozilish', 'pasport', 'vizasiz rejim', 'viza rejimi', 'apostil', 'viza uchun ariza', 'konsul'],
      kk: ['консулдық қызметтер', 'консулдық есеп', 'консулдық көмек', 'консулдық қабылдау', 'төлқұжат', 'визасыз режим', 'виза режимі', 'апостиль', 'апостильдену', 'визаға өтініш', 'консул'],
      tr: ['konsolosluk hizmetleri', 'konsolosluk kaydı', 'konsolosluk yardımı', 'konsolosluk işlemleri', 'pasaport', 'vize muafiyeti', 'vize başvurusu', 'apostil', 'konsolos'],
    },
    stems: { xizmatlari: ['xizmat'], хизматлари: ['хизмат'], қызметтер: ['қызмет'], hizmetleri: ['hizmet'] },
  },
  {
    id: 'e-visa',
    label: 'E-visa',
    category: 'functions',
    definition: 'Visas applied for and issued electronically, one of the digital services that simplify entry for foreigners.',
    refs: ['demircioglu-2024'],
    terms: {
      en: ['e-visa', 'electronic visas', 'e-visa application'],
      ru: ['электронная виза'],
      uz: ['elektron viza', 'электрон виза'],
      kk: ['электрондық виза'],
      tr: ['e-vize', 'elektronik vize', 'e-vize başvurusu'],
    },
  },
  {
    id: 'citizens-abroad',
    label: 'Citizens abroad',
    category: 'functions',
    definition: 'Protecting, informing and assisting nationals who live or travel outside their country, increasingly through online channels.',
    refs: ['demircioglu-2024', 'allamurodov-2023'],
    // Everyday words (issue 14): 'nationals' names a state's citizens, nearly always abroad ('British
    // nationals'); it is exact, as its stem 'national' would match every 'national' (sports pages' 'the
    // Nationals' are the exception). Bare 'citizens', 'граждане', 'fuqarolar', 'азаматтар', 'vatandaşlar'
    // stay out: most of their uses are domestic. Russian participles in -ся do not decline by rule, so
    // each case form is listed. A passport lost or renewed abroad ('passport abroad', 'паспорт за границей',
    // 'chet elda pasport', 'шетелде төлқұжат', 'yurt dışında pasaport') is a citizen abroad; the consular
    // service of its 'passport' is reported beside it (Hit.also).
    terms: {
      en: ['citizens abroad', 'citizens residing abroad', 'citizens traveling abroad', 'citizens travelling abroad', 'nationals abroad', 'support for citizens', 'evacuation of citizens', 'evacuate citizens', 'repatriation', 'nationals', 'compatriots abroad', 'living abroad', 'live abroad', 'work abroad', 'working abroad', 'stranded abroad', 'detained abroad', 'labour migrants', 'labor migrants', 'migrant workers', 'evacuation flights', 'expatriates', 'expats', 'passport abroad'],
      ru: ['граждане за рубежом', 'граждане за границей', 'находящиеся за рубежом', 'находящихся за рубежом', 'находящимся за рубежом', 'поддержка граждан', 'эвакуация граждан', 'репатриация', 'оказавшиеся за рубежом', 'оказавшихся за рубежом', 'оказавшимся за рубежом', 'оказавшиеся за границей', 'оказавшихся за границей', 'оказавшимся за границей', 'проживающие за рубежом', 'проживающие за границей', 'задержанные за рубежом', 'задержанные за границей', 'соотечественники за рубежом', 'трудовые мигранты', 'вывозные рейсы', 'паспорт за границей', 'паспорт за рубежом'],
      uz: ['xorijdagi fuqarolar', 'хориждаги фуқаролар', 'xorijdagi vatandoshlar', 'chet eldagi fuqarolar', 'chet eldagi vatandoshlar', "chet eldagi o'zbekistonliklar", "xorijdagi o'zbekistonliklar", 'mehnat migrantlari', 'fuqarolarni evakuatsiya qilish', 'chet elda pasport', 'xorijda pasport'],
      kk: ['шетелдегі азаматтар', 'шетелдегі отандастар', 'шетелдегі қазақстандықтар', 'азаматтарды эвакуациялау', 'еңбек мигранттары', 'шетелде төлқұжат'],
      tr: ['yurt dışındaki vatandaşlar', 'vatandaşların tahliyesi', 'gurbetçi', 'tahliye uçuşu', 'yurt dışında pasaport', 'yurtdışındaki vatandaşlar', 'yurtdışında pasaport'],
    },
    exact: ['nationals'],
    stems: { fuqarolar: ['fuqaro'], фуқаролар: ['фуқаро'], азаматтар: ['азамат'], vatandaşlar: ['vatandaş'], vatandoshlar: ['vatandosh'], "o'zbekistonliklar": ["o'zbekistonlik"], migrantlari: ['migrant'], отандастар: ['отандас'], қазақстандықтар: ['қазақстандық'], мигранттары: ['мигрант'], uçuşu: ['uçuş'] },
  },
  {
    id: 'diaspora',
    label: 'Diaspora',
    category: 'functions',
    definition: 'Communities of a nation living abroad, whom ministries and embassies address and involve through digital channels.',
    refs: ['demircioglu-2024', 'allamurodov-2023'],
    // 'община' names ethnic and religious communities, mostly diasporas ('казахская община Стамбула');
    // ethnonym + 'community' for the corpus's countries. Turkish 'toplum' is 'society' and stays out
    // ('topluluk' is the community), except for the community's representatives whom embassies meet ('Türk
    // toplumu temsilcileri', 'Kazak toplumunun temsilcileri'; civil society's are 'sivil toplum temsilcileri').
    terms: {
      en: ['diaspora', 'compatriots', 'Uzbek community', 'Kazakh community', 'Turkish community', 'Russian community'],
      ru: ['диаспора', 'соотечественники', 'община'],
      uz: ['diaspora', 'vatandoshlar'],
      kk: ['диаспора', 'отандастар', 'қандас', 'этникалық қазақтар', 'қазақ қауымдастығы', 'өзбек қауымдастығы'],
      tr: ['diaspora', 'soydaşlar', 'Kazak topluluğu', 'Özbek topluluğu', 'Türk topluluğu', 'toplumu temsilcileri', 'toplumunun temsilcileri'],
    },
    stems: { vatandoshlar: ['vatandosh'], отандастар: ['отандас'], soydaşlar: ['soydaş'], қазақтар: ['қазақ'] },
  },
  {
    id: 'crisis-communication',
    label: 'Crisis communication',
    category: 'functions',
    definition:
      'Informing citizens and the world quickly during conflicts, disasters and pandemics, and coordinating the response. Fast digital channels make this one of digital diplomacy\u2019s main uses.',
    refs: ['sattorov-nasirov', 'demircioglu-2024'],
    // Disaster zones where the phrase is not also medical: English "affected area" and Turkish "etkilenen
    // bölge" are where ointment goes, and stay out. Evacuation is crisis response ('evacuation flights' are
    // also citizens abroad); Turkish bare 'tahliye' is also a release from custody and stays out. 'After the
    // earthquake' and its translations open the reports of a disaster response.
    terms: {
      en: ['crisis communication', 'crisis situations', 'crisis management', 'crisis agility', 'times of crisis', 'disaster response', 'emergency communication', 'evacuation', 'after the earthquake', 'aftermath of the earthquake'],
      ru: ['кризисная коммуникация', 'кризисные ситуации', 'чрезвычайные ситуации', 'пострадавший район', 'зона бедствия', 'эвакуация', 'после землетрясения'],
      uz: ['inqirozli kommunikatsiya', 'favqulodda vaziyat', 'фавқулодда вазият', "zarar ko'rgan hudud", 'evakuatsiya', "zilziladan so'ng", 'zilziladan keyin'],
      kk: ['дағдарыстық коммуникация', 'төтенше жағдай', 'зардап шеккен аймақ', 'эвакуация', 'эвакуациялау', 'жер сілкінісінен кейін'],
      tr: ['kriz iletişimi', 'kriz yönetimi', 'acil durum', 'afet bölgesi', 'deprem bölgesi', 'tahliye operasyonu', 'depremin ardından', 'depremden sonra'],
    },
    stems: { iletişimi: ['iletişim'], yönetimi: ['yönetim'] },
  },
  {
    id: 'policy-planning',
    label: 'Policy planning',
    category: 'functions',
    definition: 'Coordinating and planning foreign policy inside government, which digital tools make faster and better informed.',
    refs: ['turayeva-2023', 'demircioglu-2024'],
    terms: {
      en: ['political planning', 'policy planning', 'policy development'],
      ru: ['политическое планирование', 'внешнеполитическое планирование'],
      uz: ['siyosiy rejalashtirish', 'tashqi siyosatni rejalashtirish'],
      kk: ['саяси жоспарлау'],
      tr: ['politika planlaması'],
    },
    stems: { planlaması: ['planlama'] },
  },
  {
    id: 'information-flow',
    label: 'Information flow and monitoring',
    category: 'functions',
    definition: 'Following the international flow of news and data, and monitoring online discussion, to anticipate events and inform policy.',
    refs: ['turayeva-2023', 'demircioglu-2024'],
    // 'foreign press': reading and summarising it is a ministry's daily monitoring of the news flow;
    // elsewhere the phrase names foreign coverage, the same flow.
    terms: {
      en: ['information flow', 'data flow', 'flow of information', 'monitoring discussions', 'information exchange', 'media monitoring', 'press monitoring', 'foreign press'],
      ru: ['информационный поток', 'поток информации', 'обмен информацией', 'мониторинг СМИ', 'зарубежная пресса'],
      uz: ['axborot oqimi', 'ахборот оқими', 'OAV monitoringi', 'xorijiy matbuot'],
      kk: ['ақпарат ағыны', 'ақпарат алмасу', 'БАҚ мониторингі', 'шетелдік баспасөз'],
      tr: ['bilgi akışı', 'bilgi alışverişi', 'medya izleme', 'yabancı basın'],
    },
  },
  {
    id: 'negotiations',
    label: 'Meetings and negotiations',
    category: 'functions',
    definition: 'Bilateral and multilateral meetings, talks and negotiations between state representatives, online or in person.',
    refs: ['turayeva-2023', 'jumayeva-2023', 'sattorov-nasirov', 'demircioglu-2024', 'allamurodov-2023'],
    // Bare 'talks' stays out (TED talks), and so does Turkish 'görüşme' alone ('iş görüşmesi', a job interview).
    // 'Discussed (bilateral) cooperation' is how press releases report talks in uz, kk and tr ('hamkorlikni
    // muhokama qildi', 'ынтымақтастықты талқылады', 'işbirliğini ele aldı'); the cooperation is reported beside it.
    terms: {
      en: ['negotiations', 'bilateral meetings', 'diplomatic meetings', 'business meetings', 'consultations', 'held talks', 'hold talks', 'holding talks', 'holds talks', 'bilateral talks', 'peace talks', 'official talks', 'confidential talks', 'round of talks', 'meeting of foreign ministers', 'ministerial meeting', 'presidents met', 'ministers met', 'met on the sidelines', 'joined the talks', 'join the talks'],
      ru: ['переговоры', 'двусторонние встречи', 'консультации', 'заседание министров', 'встреча министров', 'встреча на высшем уровне', 'встретились на полях', 'встреча на полях'],
      uz: ['muzokaralar', 'ikki tomonlama uchrashuv', 'siyosiy maslahatlashuv', 'maslahatlashuv', "vazirlar yig'ilishi", 'hamkorlikni muhokama qildi', 'hamkorlik masalalarini muhokama qildi'],
      kk: ['келіссөздер', 'екіжақты кездесу', 'саяси консультациялар', 'министрлер жиналысы', 'ынтымақтастықты талқылады', 'ынтымақтастық мәселелерін талқылады'],
      tr: ['müzakereler', 'ikili görüşme', 'görüşmeler yaptı', 'görüşme yaptı', 'siyasi istişare', 'bakanlar toplantısı', 'işbirliğini ele aldı', 'iş birliğini ele aldı', 'işbirliğini görüştü', 'iş birliğini görüştü'],
    },
    stems: { muzokaralar: ['muzokara'], келіссөздер: ['келіссөз'], müzakereler: ['müzakere'] },
  },
  {
    id: 'official-statements',
    label: 'Official positions and statements',
    category: 'functions',
    definition: "A government's public statements of its position on international issues, now often published first online.",
    refs: ['sattorov-nasirov', 'demircioglu-2024', 'allamurodov-2023'],
    // Genre words (communiqué, joint statement, briefing) and formal phrasings of governments; bare
    // 'statement', 'spokesperson', 'официальный представитель' (also a dealer) and Turkish 'basın
    // toplantısı' stay out: companies and clubs make statements and hold press conferences too; the foreign
    // ministry's spokesperson ('Dışişleri Sözcüsü', 'официальный представитель МИД') is a government's voice.
    // Turkish 'açıklamayla dile getirdi' (voiced in a statement) and 'yazılı açıklama' (written statement) are
    // how the press reports a ministry's statement.
    terms: {
      en: ['official statement', 'official positions', 'official stances', 'official messages', 'official speeches', 'official attitude', 'official policies', 'press secretary', 'communiqué', 'communique', 'joint statement', 'press statement', 'ministry issued a statement', 'ministry published a statement', 'embassy issued a statement', 'press briefing', 'briefing for journalists', 'media briefing', 'news briefing', 'foreign ministry spokesperson', 'MFA spokesperson'],
      ru: ['официальное заявление', 'официальная позиция', 'коммюнике', 'совместное заявление', 'брифинг', 'пресс-секретарь', 'выступил с заявлением', 'официальный представитель МИД'],
      uz: ['rasmiy bayonot', 'rasmiy pozitsiya', 'matbuot kotibi', 'kommyunike', "qo'shma bayonot", 'brifing', 'bayonot tarqatdi', 'bayonot berdi', 'bayonot bilan chiqdi'],
      kk: ['ресми мәлімдеме', 'ресми ұстаным', 'коммюнике', 'брифинг', 'баспасөз хатшысы', 'бірлескен мәлімдеме', 'мәлімдеме жасады', 'мәлімдеме таратты', 'ресми өкіл'],
      tr: ['resmi açıklama', 'resmi tutum', 'ortak bildiri', 'ortak açıklama', 'brifing', 'Dışişleri Sözcüsü', 'Dışişleri Bakanlığı Sözcüsü', 'açıklamayla dile getirdi', 'yazılı açıklama'],
    },
  },
  // ------------------------------------------------------------------ engagement
  {
    id: 'transparency',
    label: 'Transparency and openness',
    category: 'engagement',
    definition: 'Making government positions and activities visible to the public, which online communication is said to increase.',
    refs: ['jumayeva-2023', 'sattorov-nasirov', 'demircioglu-2024'],
    // 'more transparent', not 'more open' (open spaces, open minds).
    terms: {
      en: ['transparency', 'openness', 'accountability', 'more transparent'],
      ru: ['прозрачность', 'открытость', 'подотчетность', 'более прозрачный'],
      uz: ['shaffoflik', 'шаффофлик', 'ochiqlik'],
      kk: ['ашықтық', 'айқындық'],
      tr: ['şeffaflık', 'açıklık', 'hesap verebilirlik', 'daha şeffaf'],
    },
  },
  {
    id: 'public-engagement',
    label: 'Public engagement',
    category: 'engagement',
    definition: 'Involving citizens and society in public and foreign-policy matters through direct dialogue and online participation.',
    refs: ['sattorov-nasirov', 'demircioglu-2024', 'allamurodov-2023'],
    terms: {
      en: ['public engagement', 'citizen engagement', 'e-participation', 'public participation', 'direct dialogue', 'dialogue with the public', 'public dialogue', 'community integration', 'public discussion', 'public consultation'],
      ru: ['вовлечение общественности', 'электронное участие', 'прямой диалог', 'диалог с общественностью', 'общественное участие', 'общественное обсуждение'],
      uz: ['jamoatchilik ishtiroki', 'elektron ishtirok', 'jamoatchilik muhokamasi'],
      kk: ['қоғамдық қатысу', 'электрондық қатысу', 'Ашық НҚА', 'жария талқылау'],
      tr: ['kamu katılımı', 'e-katılım', 'doğrudan diyalog', 'kamuoyu görüşü', 'halkın katılımı'],
    },
    stems: { katılımı: ['katılım'], ishtiroki: ['ishtirok'] },
  },
  {
    id: 'audience-engagement',
    label: 'Audience engagement',
    category: 'engagement',
    definition:
      'Reaching defined audiences, especially foreign publics and the young, and interacting with them through replies, comments, shares and likes.',
    refs: ['jumayeva-2023', 'sattorov-nasirov', 'demircioglu-2024', 'allamurodov-2023'],
    // Followers and subscribers are an account's audience on most pages that name them; subscriptions
    // to magazines are other words ('подписка', 'obuna', 'жазылу', 'abonelik') and stay out. 'Engagement
    // rate' is back (lexicon 2026.11.7): beside 'target audience' and 'audience engagement' it no longer hides them.
    terms: {
      en: ['audience engagement', 'target audience', 'foreign audiences', 'global audience', 'online audience', 'wider audience', 'young audiences', 'audience feedback', 'foreign publics', 'international audiences', 'followers', 'subscribers', 'likes and shares', 'likes and comments', 'likes and reposts', 'retweets', 'reposts', 'engagement rate'],
      ru: ['целевая аудитория', 'зарубежная аудитория', 'работа с аудиторией', 'вовлечение аудитории', 'подписчики', 'лайки', 'репосты', 'вовлеченность аудитории', 'уровень вовлеченности'],
      uz: ['maqsadli auditoriya', 'xorijiy auditoriya', 'obunachi', 'layk', 'repost', 'auditoriya faolligi'],
      kk: ['мақсатты аудитория', 'шетелдік аудитория', 'жазылушы', 'лайк', 'репост', 'аудиторияның белсенділігі', 'аудитория белсенділігі'],
      tr: ['hedef kitle', 'kitle etkileşimi', 'yabancı kamuoyu', 'takipçi', 'abone sayısı', 'beğeni ve paylaşım', 'etkileşim oranı'],
    },
    stems: { etkileşimi: ['etkileşim'], kamuoyu: ['kamuoy'] },
  },
  {
    id: 'public-opinion',
    label: 'Public opinion',
    category: 'engagement',
    definition: 'What publics at home and abroad think about a country and its policies, which digital diplomacy tries to shape.',
    refs: ['demircioglu-2024', 'allamurodov-2023'],
    // Polls of public opinion; English 'survey shows' and 'according to the survey' stay out (most surveys are
    // not about a country). Russian, Uzbek, Kazakh and Turkish have one word for poll and survey (опрос,
    // so'rovnoma, сауалнама, anket): the phrases that report its results ('опрос показал', 'ankete göre') are
    // in, as news cites them mostly for opinion polls.
    terms: {
      en: ['public opinion', 'international perceptions', 'opinion poll', 'poll shows'],
      ru: ['общественное мнение', 'социологический опрос', 'опрос показал', 'по данным опроса', 'согласно опросу'],
      uz: ['jamoatchilik fikri', 'жамоатчилик фикри', "ijtimoiy so'rov", "so'rovnomaga ko'ra", "so'rovnoma natijalariga ko'ra"],
      kk: ['қоғамдық пікір', 'қоғамдық пікір сауалнамасы', 'сауалнамаға сәйкес', 'сауалнама нәтижелеріне сәйкес'],
      tr: ['kamuoyu', 'kamuoyu yoklaması', 'kamuoyu araştırması', 'ankete göre', 'anket sonuçlarına göre'],
    },
  },
  // ------------------------------------------------------------------ risks
  {
    id: 'disinformation',
    label: 'Disinformation and fake news',
    category: 'risks',
    definition: 'False or distorted information spread online, deliberately or not, which can damage relations between countries.',
    refs: ['sattorov-nasirov', 'demircioglu-2024'],
    terms: {
      en: ['disinformation', 'misinformation', 'fake news', 'misrepresentation', 'false claims', 'false information', 'fake accounts', 'fake profiles', 'fake news portal', 'fake news website'],
      ru: ['дезинформация', 'фейковые новости', 'ложная информация', 'фейк', 'фейковые аккаунты', 'ложные сведения'],
      uz: ['dezinformatsiya', "yolg'on xabar", 'soxta xabar', 'feyk', 'feyk yangiliklar', "yolg'on ma'lumot", 'soxta akkaunt', 'feyk yangiliklar portali'],
      kk: ['дезинформация', 'жалған ақпарат', 'фейк', 'фейк жаңалықтар', 'жалған аккаунт'],
      tr: ['dezenformasyon', 'yalan haber', 'sahte haber', 'asılsız iddia', 'sahte hesap', 'yalan haber portalı', 'sahte haber portalı'],
    },
    stems: { portali: ['portal'], portalı: ['portal'] },
  },
  {
    id: 'propaganda',
    label: 'Propaganda',
    category: 'risks',
    definition: 'One-sided mass persuasion by a state or group, which the internet makes cheaper to produce and harder to trace.',
    refs: ['turayeva-2023', 'demircioglu-2024'],
    terms: {
      en: ['propaganda', 'symbolic violence'],
      ru: ['пропаганда'],
      uz: ['propaganda', 'tashviqot'],
      kk: ['үгіт-насихат', 'насихат'],
      tr: ['propaganda'],
    },
  },
  {
    id: 'information-security',
    label: 'Information security',
    category: 'risks',
    definition: 'Keeping diplomatic information confidential, intact and available against theft, leaks and misuse.',
    refs: ['sattorov-nasirov', 'demircioglu-2024'],
    // Encrypted channels for correspondence are the concept; bare encryption (шифрование, şifreleme) stays
    // out, as all software mentions it.
    terms: {
      en: ['information security', 'data security', 'secure communications', 'encrypted messengers', 'encrypted communications', 'classified information', 'classified documents', 'classified cables'],
      ru: ['информационная безопасность', 'защищённые мессенджеры', 'секретные телеграммы', 'секретные документы', 'утечка информации'],
      uz: ['axborot xavfsizligi', 'ахборот хавфсизлиги', 'shifrlangan messenjer', 'maxfiy hujjat', 'maxfiy axborot'],
      kk: ['ақпараттық қауіпсіздік', 'шифрланған мессенджер', 'құпия құжат', 'құпия ақпарат'],
      tr: ['bilgi güvenliği', 'şifreli mesajlaşma', 'gizli yazışma', 'gizli belge'],
    },
    stems: { xavfsizligi: ['xavfsizlik', 'xavfsizlig'], хавфсизлиги: ['хавфсизлик', 'хавфсизлиг'], güvenliği: ['güvenlik', 'güvenliğ'] },
  },
  {
    id: 'cybersecurity',
    label: 'Cybersecurity',
    category: 'risks',
    definition: 'Protecting the networks and systems of diplomacy from intrusion and attack.',
    refs: ['turayeva-2023', 'demircioglu-2024'],
    // 'two-factor authentication' is also on every account-settings page, where it is still a cybersecurity measure.
    terms: {
      en: ['cybersecurity', 'cyber security', 'two-factor authentication', 'multi-factor authentication'],
      ru: ['кибербезопасность', 'двухфакторная аутентификация'],
      uz: ['kiberxavfsizlik', 'киберхавфсизлик', 'ikki bosqichli autentifikatsiya', 'ikki faktorli autentifikatsiya'],
      kk: ['киберқауіпсіздік', 'екі факторлы аутентификация'],
      tr: ['siber güvenlik', 'iki aşamalı doğrulama', 'iki faktörlü doğrulama', 'siber olaylara müdahale', 'USOM'],
    },
    caseSensitive: ['USOM'],
  },
  {
    id: 'cyber-attacks',
    label: 'Cyber attacks',
    category: 'risks',
    definition: 'Hostile intrusions into digital systems, such as hacking and theft of data, named in the corpus as a major weakness of digital diplomacy.',
    refs: ['jumayeva-2023', 'sattorov-nasirov'],
    terms: {
      en: ['cyber attacks', 'cyberattacks', 'hackers', 'hacker attacks', 'DDoS', 'phishing', 'ransomware', 'malware', 'hacking'],
      ru: ['кибератаки', 'хакерские атаки', 'хакеры', 'фишинг', 'фишинговый', 'вирус-вымогатель', 'программа-вымогатель'],
      uz: ['kiberhujum', 'кибер ҳужум', 'xakerlar', 'fishing xatlari', 'fishing hujumi', 'tovlamachi virus'],
      kk: ['кибершабуыл', 'хакерлік шабуыл', 'хакер', 'фишинг', 'фишингтік', 'бопсалаушы вирус'],
      tr: ['siber saldırı', 'bilgisayar korsanları', 'oltalama', 'fidye yazılımı'],
    },
    stems: { xatlari: ['xat'], hujumi: ['hujum'], yazılımı: ['yazılım'] },
  },
  {
    id: 'human-factor',
    label: 'Human factor',
    category: 'risks',
    definition: 'The part people play in digital diplomacy: their skills, care and judgement, and the harm a careless or wrong message can do.',
    refs: ['sattorov-nasirov', 'demircioglu-2024'],
    // Everyday: 'human error', and the careless tweet or post of the definition.
    terms: {
      en: ['human factor', 'human error', 'careless tweet', 'careless post'],
      ru: ['человеческий фактор', 'человеческая ошибка', 'неосторожный твит'],
      uz: ['inson omili', 'инсон омили', 'inson xatosi', 'ehtiyotsiz tvit'],
      kk: ['адами фактор', 'адам факторы', 'адами қателік', 'абайсыз твит'],
      tr: ['insan faktörü', 'insan hatası', 'dikkatsiz tweet'],
    },
    stems: { faktörü: ['faktör'] },
  },
  {
    id: 'data-protection',
    label: 'Data protection and privacy',
    category: 'risks',
    definition: 'Protecting personal and confidential data handled by governments and platforms, and the privacy of the people concerned.',
    refs: ['jumayeva-2023', 'demircioglu-2024'],
    terms: {
      en: ['privacy', 'data protection', 'personal data', 'confidentiality'],
      ru: ['конфиденциальность', 'защита данных', 'персональные данные'],
      uz: ['maxfiylik', "shaxsiy ma'lumotlar", "shaxsga doir ma'lumot"],
      kk: ['құпиялылық', 'дербес деректер'],
      tr: ['gizlilik', 'kişisel veriler', 'veri koruma'],
    },
    stems: { veriler: ['veri'] },
  },
  {
    id: 'ideological-threats',
    label: 'Ideological threats and extremism',
    category: 'risks',
    definition: 'Use of the same digital channels by radical organizations, terrorists and hostile ideologies against states and societies.',
    refs: ['jumayeva-2023', 'sattorov-nasirov'],
    // 'terör örgütü' is frequent in Turkish news, and is the concept's subject, as 'terrorists' is.
    terms: {
      en: ['ideological threats', 'radical organizations', 'foreign ideologies', 'extremism', 'terrorists', 'extremist', 'radicalisation', 'radicalization'],
      ru: ['идеологические угрозы', 'экстремизм', 'терроризм', 'экстремистский', 'радикализация'],
      uz: ["g'oyaviy tahdid", 'ekstremizm', 'ekstremistik', 'terroristik tashkilot'],
      kk: ['идеологиялық қауіп', 'экстремизм', 'экстремистік'],
      tr: ['ideolojik tehdit', 'aşırıcılık', 'terör örgütü', 'radikalleşme'],
    },
    stems: { örgütü: ['örgüt'] },
  },
  {
    id: 'hybrid-threats',
    label: 'Hybrid threats',
    category: 'risks',
    definition: 'Coordinated hostile action mixing information operations, cyber means and political pressure below the threshold of open conflict.',
    refs: [],
    added: { source: 'European Centre of Excellence for Countering Hybrid Threats (Hybrid CoE), "Hybrid threats as a concept" (2017)' },
    terms: {
      en: ['hybrid threats', 'hybrid warfare', 'information warfare', 'hybrid campaign', 'hybrid attacks', 'hybrid war'],
      ru: ['гибридные угрозы', 'гибридная война', 'информационная война', 'гибридная кампания', 'гибридная атака'],
      uz: ['gibrid tahdid', 'axborot urushi', 'gibrid kampaniya', 'gibrid urush'],
      kk: ['гибридті қауіп', 'ақпараттық соғыс', 'гибридтік науқан', 'гибридтік соғыс'],
      tr: ['hibrit tehdit', 'bilgi savaşı', 'hibrit kampanya', 'hibrit savaş'],
    },
  },
  {
    id: 'censorship',
    label: 'Censorship',
    category: 'risks',
    definition: 'Restriction of what media and people may publish, which social networks sometimes help to get around.',
    refs: ['demircioglu-2024'],
    terms: {
      en: ['censorship'],
      ru: ['цензура'],
      uz: ['senzura', 'цензура'],
      kk: ['цензура'],
      tr: ['sansür'],
    },
  },
  // ------------------------------------------------------------------ capacity
  {
    id: 'digital-literacy',
    label: 'Digital literacy',
    category: 'capacity',
    definition: 'The ability of diplomats, officials and citizens to use digital technologies competently and critically.',
    refs: ['demircioglu-2024'],
    terms: {
      en: ['digital literacy', 'digital skills', 'media literacy', 'computer literacy', 'information literacy'],
      ru: ['цифровая грамотность', 'цифровые навыки', 'медиаграмотность', 'компьютерная грамотность'],
      uz: ['raqamli savodxonlik', 'рақамли саводхонлик', 'mediasavodxonlik', 'kompyuter savodxonligi', "raqamli ko'nikmalar"],
      kk: ['цифрлық сауаттылық', 'медиасауаттылық', 'компьютерлік сауаттылық', 'цифрлық дағдылар'],
      tr: ['dijital okuryazarlık', 'medya okuryazarlığı', 'bilgisayar okuryazarlığı', 'dijital beceriler'],
    },
    stems: { "ko'nikmalar": ["ko'nikma"], дағдылар: ['дағды'], okuryazarlığı: ['okuryazarlık'], beceriler: ['beceri'] },
  },
  {
    id: 'digital-transformation',
    label: 'Digital transformation',
    category: 'capacity',
    definition: 'The reorganisation of government and diplomatic work around digital technologies, often called digitalization.',
    refs: ['turayeva-2023', 'jumayeva-2023', 'sattorov-nasirov', 'demircioglu-2024', 'allamurodov-2023'],
    terms: {
      en: ['digital transformation', 'digitalization', 'digitalisation', 'digitization'],
      ru: ['цифровая трансформация', 'цифровизация'],
      uz: ['raqamli transformatsiya', 'raqamlashtirish', 'рақамлаштириш'],
      kk: ['цифрлық трансформация', 'цифрландыру'],
      tr: ['dijital dönüşüm', 'dijitalleşme'],
    },
  },
  {
    id: 'internet-governance',
    label: 'Internet governance',
    category: 'capacity',
    definition: 'The rules, institutions and negotiations that decide how the internet is run, itself a field of diplomacy.',
    refs: ['turayeva-2023'],
    terms: {
      en: ['internet governance', 'rules for the internet'],
      ru: ['управление интернетом'],
      uz: ['internetni boshqarish'],
      kk: ['интернетті басқару'],
      tr: ['internet yönetişimi'],
    },
    stems: { yönetişimi: ['yönetişim'] },
  },
  {
    id: 'training-diplomats',
    label: 'Training diplomats',
    category: 'capacity',
    definition: 'Educating diplomatic personnel in digital tools, network management and online communication.',
    refs: ['demircioglu-2024', 'allamurodov-2023'],
    // 'young diplomats' occurs mostly with their schools, courses and forums.
    terms: {
      en: ['training diplomats', 'training of diplomats', 'train diplomats', 'diplomatic training', 'personnel training', 'train qualified personnel', 'professional development', 'young diplomats'],
      ru: ['подготовка дипломатов', 'обучение дипломатов', 'повышение квалификации', 'молодые дипломаты'],
      uz: ['diplomatlarni tayyorlash', 'kadrlar tayyorlash', 'yosh diplomatlar'],
      kk: ['дипломаттарды даярлау', 'біліктілікті арттыру', 'жас дипломаттар'],
      tr: ['diplomat eğitimi', 'personel eğitimi', 'genç diplomatlar'],
    },
    stems: { eğitimi: ['eğitim'] },
  },
  {
    id: 'digital-strategies',
    label: 'National digital strategies',
    category: 'capacity',
    definition:
      'Government programmes for digitalization, such as the "Digital Uzbekistan-2030" strategy and the "Digital Kazakhstan" programme, that frame digital diplomacy.',
    refs: ['demircioglu-2024', 'allamurodov-2023'],
    terms: {
      en: ['Digital Uzbekistan-2030', 'Digital Uzbekistan', 'Digital Kazakhstan', 'national digital strategy', 'digital strategy'],
      ru: ['Цифровой Узбекистан', 'Цифровой Казахстан', 'цифровая стратегия'],
      uz: ["Raqamli O'zbekiston", 'Рақамли Ўзбекистон', "Raqamli O'zbekiston-2030"],
      kk: ['Цифрлық Қазақстан'],
      tr: ['Dijital Özbekistan', 'Dijital Kazakistan', 'dijital strateji', 'Dijital Türkiye'],
    },
  },
  {
    id: 'digital-economy',
    label: 'Digital economy',
    category: 'capacity',
    definition: 'Economic activity built on digital technologies and data, whose development national programmes tie to diplomacy.',
    refs: ['turayeva-2023', 'demircioglu-2024'],
    terms: {
      en: ['digital economy'],
      ru: ['цифровая экономика'],
      uz: ['raqamli iqtisodiyot', 'рақамли иқтисодиёт'],
      kk: ['цифрлық экономика'],
      tr: ['dijital ekonomi'],
    },
  },
  {
    id: 'artificial-intelligence',
    label: 'Artificial intelligence',
    category: 'capacity',
    definition: 'Computer systems that perform tasks needing human-like judgement, expected to shape the future of digital diplomacy.',
    refs: ['sattorov-nasirov', 'demircioglu-2024'],
    terms: {
      en: ['artificial intelligence', 'AI'],
      ru: ['искусственный интеллект', 'ИИ'],
      uz: ["sun'iy intellekt", 'сунъий интеллект'],
      kk: ['жасанды интеллект'],
      tr: ['yapay zekâ'],
    },
    caseSensitive: ['AI', 'ИИ'],
  },
  {
    id: 'emerging-technologies',
    label: 'Emerging technologies',
    category: 'capacity',
    definition: 'New technologies such as blockchain, big data and machine learning that governments expect to use in diplomacy and administration.',
    refs: ['sattorov-nasirov', 'demircioglu-2024'],
    terms: {
      en: ['blockchain', 'big data', 'machine learning', 'emerging technologies'],
      ru: ['блокчейн', 'большие данные', 'машинное обучение'],
      uz: ['blokcheyn', "katta ma'lumotlar"],
      kk: ['блокчейн', 'үлкен деректер'],
      tr: ['blok zinciri', 'büyük veri', 'makine öğrenmesi'],
    },
  },
  {
    id: 'digital-infrastructure',
    label: 'Digital infrastructure',
    category: 'capacity',
    definition: 'Networks, internet access and equipment on which digital diplomacy depends.',
    refs: ['demircioglu-2024', 'allamurodov-2023'],
    // 4G/5G are case-sensitive: '5g' is five grams.
    terms: {
      en: ['digital infrastructure', 'ICT infrastructure', 'broadband access', 'internet access', 'internet coverage', 'internet penetration', 'broadband', 'fibre-optic', 'fiber-optic', '4G', '5G', '4.5G'],
      ru: ['цифровая инфраструктура', 'широкополосный доступ', 'доступ к интернету', 'оптоволоконный', 'оптоволокно'],
      uz: ['raqamli infratuzilma', 'рақамли инфратузилма', 'keng polosali internet', 'optik tolali'],
      kk: ['цифрлық инфрақұрылым', 'кең жолақты интернет', 'талшықты-оптикалық'],
      tr: ['dijital altyapı', 'geniş bant', 'genişbant', 'fiber optik'],
    },
    caseSensitive: ['4G', '5G', '4.5G'],
  },
  {
    id: 'ict',
    label: 'Information and communication technologies',
    category: 'capacity',
    definition: 'The computing and telecommunication technologies, the internet above all, on which digital diplomacy is built.',
    refs: ['turayeva-2023', 'jumayeva-2023', 'sattorov-nasirov', 'demircioglu-2024', 'allamurodov-2023'],
    // Kazakh АКТ (ақпараттық-коммуникациялық технологиялар) only before a noun: alone it is also 'акт', a deed.
    terms: {
      en: ['information and communication technologies', 'information communication technologies', 'information and communications technology', 'ICT', 'ICTs', 'information technologies'],
      ru: ['информационно-коммуникационные технологии', 'информационные и коммуникационные технологии', 'ИКТ', 'информационные технологии'],
      uz: ['axborot-kommunikatsiya texnologiyalari', 'ахборот-коммуникация технологиялари', 'AKT'],
      kk: ['ақпараттық-коммуникациялық технологиялар', 'АКТ саласы', 'АКТ мамандары', 'АКТ инфрақұрылымы'],
      tr: ['bilgi ve iletişim teknolojileri', 'BİT'],
    },
    caseSensitive: ['AKT', 'BİT'],
    exact: ['ICT', 'ICTs', 'ИКТ'],
    stems: { technologies: ['technology'], texnologiyalari: ['texnologiya'], технологиялари: ['технология'], технологиялар: ['технология'], teknolojileri: ['teknoloji'] },
  },
  {
    id: 'foreign-ministry',
    label: 'Ministry of Foreign Affairs',
    category: 'capacity',
    definition: 'The government department that conducts foreign policy and runs the diplomatic service, the main actor of digital diplomacy.',
    refs: ['turayeva-2023', 'jumayeva-2023', 'demircioglu-2024', 'allamurodov-2023'],
    // 'Dışişleri' alone is the ministry or its minister ('Dışişleri Bakanı', 'Dışişleri Sözcüsü'). Russian
    // МИД declines as an abbreviation (МИДа, МИДу, МИДом, МИДе): each form is listed, exact.
    terms: {
      en: ['Ministry of Foreign Affairs', 'Ministries of Foreign Affairs', 'foreign ministry', 'foreign ministries', 'MFA'],
      ru: ['Министерство иностранных дел', 'МИД', 'МИДа', 'МИДу', 'МИДом', 'МИДе', 'межмидовский'],
      uz: ['Tashqi ishlar vazirligi', 'Ташқи ишлар вазирлиги', 'TIV'],
      kk: ['Сыртқы істер министрлігі', 'СІМ'],
      tr: ['Dışişleri Bakanlığı', 'Dışişleri'],
    },
    exact: ['МИДа', 'МИДу', 'МИДом', 'МИДе'],
    caseSensitive: ['MFA', 'МИД', 'TIV', 'СІМ'],
    stems: { vazirligi: ['vazirlik'], вазирлиги: ['вазирлик'], министрлігі: ['министрлік'], Bakanlığı: ['bakanlık'] },
  },
  {
    id: 'diplomatic-missions',
    label: 'Embassies and diplomatic missions',
    category: 'capacity',
    definition: "A country's embassies, consulates and other missions abroad, each now also a sender of online messages.",
    refs: ['jumayeva-2023', 'demircioglu-2024', 'allamurodov-2023'],
    terms: {
      en: ['embassy', 'diplomatic missions', 'foreign institutions', 'consulate', 'consulate general'],
      ru: ['посольство', 'дипломатические представительства', 'консульство', 'генеральное консульство', 'генконсульство'],
      uz: ['elchixona', 'элчихона', 'konsullik', 'konsulxona', 'bosh konsulxona'],
      kk: ['елшілік', 'консулдық', 'бас консулдық'],
      tr: ['büyükelçilik', 'diplomatik misyon', 'konsolosluk', 'başkonsolosluk', 'dış temsilcilik'],
    },
  },
  {
    id: 'open-data',
    label: 'Open data',
    category: 'capacity',
    definition: 'Government data published in reusable form for anyone to analyse, a common partner of transparency online.',
    refs: [],
    added: { source: 'G8 Open Data Charter (2013); Open Government Partnership' },
    terms: {
      en: ['open data', 'open government data'],
      ru: ['открытые данные'],
      uz: ["ochiq ma'lumotlar"],
      kk: ['ашық деректер'],
      tr: ['açık veri'],
    },
  },
  {
    id: 'digital-divide',
    label: 'Digital divide',
    category: 'capacity',
    definition: 'Unequal access to digital technologies and skills between and within countries, which limits whom digital diplomacy can reach.',
    refs: [],
    added: { source: 'OECD (2001). Understanding the Digital Divide' },
    terms: {
      en: ['digital divide', 'digital inequality'],
      ru: ['цифровое неравенство', 'цифровой разрыв'],
      uz: ['raqamli tengsizlik'],
      kk: ['цифрлық теңсіздік'],
      tr: ['dijital uçurum', 'dijital bölünme'],
    },
  },
];
