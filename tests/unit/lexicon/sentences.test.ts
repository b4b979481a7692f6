/**
 * Whole sentences, as a researcher meets them on ministry pages, in each language: the
 * concepts each must yield (a regression table for the held-out evaluation's kind of input),
 * and sentences that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { conceptsIn, defaultLexicon, match } from '../../../utils/lexicon/index';

const concepts = (text: string) => conceptsIn(match(text, defaultLexicon()));

describe('concepts in real-world sentences', () => {
  test.each([
    ["The ministry uses Twitter and Facebook to engage foreign audiences and promote the country's image abroad.", ["social-media", "international-image"]],
    ["E-diplomacy and cyber diplomacy are reshaping how embassies provide consular assistance to citizens abroad.", ["digital-diplomacy", "consular-services", "citizens-abroad"]],
    ["Fake news and propaganda campaigns threaten the information security of the state.", ["disinformation", "information-security"]],
    ["The embassy launched an online visa application system and a mobile app for the diaspora.", ["consular-services", "mobile-applications", "diaspora"]],
    ["Public diplomacy and cultural diplomacy strengthen soft power and nation branding.", ["public-diplomacy", "soft-power", "nation-branding"]],
    ["Diplomats need digital skills and training in new media; cyberattacks and hacking remain risks.", ["digital-literacy", "cyber-attacks"]],
    ["The ministers held talks by videoconference on economic cooperation and attracting foreign investment.", ["video-conferencing", "investment-promotion"]],
    ["Министерство иностранных дел активно использует социальные сети для продвижения внешнеполитического курса.", ["foreign-ministry", "social-media"]],
    ["Цифровая дипломатия стала важным инструментом публичной дипломатии и мягкой силы.", ["digital-diplomacy", "public-diplomacy", "soft-power"]],
    ["Дезинформация и кибератаки угрожают информационной безопасности государства.", ["disinformation", "cyber-attacks", "information-security"]],
    ["Консульские услуги для соотечественников за рубежом теперь доступны онлайн через электронное правительство.", ["consular-services", "e-government"]],
    ["Брендинг страны и продвижение инвестиций обсуждались на встрече по видеосвязи.", ["nation-branding", "investment-promotion", "video-conferencing"]],
    ["Raqamli diplomatiya Oʻzbekiston tashqi siyosatining muhim vositasiga aylandi.", ["digital-diplomacy"]],
    ["Tashqi ishlar vazirligi ijtimoiy tarmoqlarda faol ishlamoqda.", ["foreign-ministry", "social-media"]],
    ["Xorijdagi vatandoshlarga konsullik xizmatlari koʻrsatilmoqda.", ["consular-services"]],
    ["Рақамли дипломатия ва юмшоқ куч ҳақида маъруза.", ["digital-diplomacy", "soft-power"]],
    ["Цифрлық дипломатия Қазақстанның сыртқы саясатында маңызды рөл атқарады.", ["digital-diplomacy"]],
    ["Сыртқы істер министрлігі әлеуметтік желілерде белсенді.", ["foreign-ministry", "social-media"]],
    ["Жалған ақпаратқа қарсы күрес және ақпараттық қауіпсіздік.", ["disinformation", "information-security"]],
    ["Dijital diplomasi, kamu diplomasisi ve yumuşak güç kavramları birlikte ele alınmaktadır.", ["digital-diplomacy", "public-diplomacy", "soft-power"]],
    ["Dışişleri Bakanlığı sosyal medya hesaplarını aktif olarak kullanıyor.", ["foreign-ministry", "social-media"]],
    ["Dezenformasyon ve siber saldırılar bilgi güvenliğini tehdit ediyor.", ["disinformation", "cyber-attacks", "information-security"]],
    ["Ülke markalaması ve yatırımların teşvik edilmesi konuşuldu.", ["nation-branding", "investment-promotion"]],
    ["Twiplomacy and Diplomacy 2.0 describe diplomats on Twitter.", ["twiplomacy", "digital-diplomacy"]],
    ["During the pandemic the ministry ran crisis communication and organised the evacuation of citizens.", ["crisis-communication", "citizens-abroad"]],
    ["Hybrid threats and cybersecurity require new capacities; the human factor remains a weak point.", ["hybrid-threats", "human-factor"]],
    ["Openness and transparency of foreign policy build public trust; the ministry holds a dialogue with the public.", ["transparency", "public-engagement"]],
    ["The e-visa system and electronic visa portal simplified entry; artificial intelligence may help analysts.", ["e-visa", "artificial-intelligence"]],
    ["Digital transformation of the foreign service and the Digital Uzbekistan-2030 strategy.", ["digital-transformation"]],
    ["В условиях пандемии МИД организовал эвакуацию граждан и кризисные коммуникации.", ["crisis-communication", "citizens-abroad"]],
    ["Открытость и прозрачность внешней политики, диалог с общественностью.", ["transparency", "public-engagement"]],
    ["Твипломатия и цифровизация дипломатической службы, подготовка дипломатов.", ["twiplomacy", "training-diplomats"]],
    ["Гибридные угрозы, кибербезопасность и человеческий фактор.", ["hybrid-threats", "human-factor"]],
    ["Elektron hukumat va raqamli transformatsiya, axborot xavfsizligi.", ["e-government", "digital-transformation", "information-security"]],
    ["Yumshoq kuch va milliy brending orqali xalqaro imijni mustahkamlash.", ["soft-power", "nation-branding", "international-image"]],
    ["Жұмсақ күш және ұлттық брендинг, электрондық үкімет.", ["soft-power", "nation-branding", "e-government"]],
    ["Kriz iletişimi ve vatandaşların tahliyesi, şeffaflık ve hesap verebilirlik.", ["crisis-communication", "citizens-abroad", "transparency"]],
    ["Geleneksel diplomasi ile dijital diplomasi karşılaştırıldı; ekonomik diplomasi önemlidir.", ["traditional-diplomacy", "digital-diplomacy", "economic-diplomacy"]],
    ["Қазақстанның цифрлық дипломатиясы мен қоғамдық дипломатиясы дамып келеді.", ["digital-diplomacy", "public-diplomacy"]],
    ["Шетелдегі азаматтарға консулдық қызмет көрсету цифрландырылды.", ["citizens-abroad", "consular-services"]],
    ["Киберқауіпсіздік пен ақпараттық қауіпсіздік мәселелері талқыланды.", ["cybersecurity", "information-security"]],
    ["Oʻzbekistonning raqamli diplomatiyasi va jamoat diplomatiyasi rivojlanmoqda.", ["digital-diplomacy", "public-diplomacy"]],
    ["Dezinformatsiya va soxta xabarlarga qarshi kurash, kiberxavfsizlik.", ["disinformation", "cybersecurity"]],
    ["Elchixonalar va konsulliklar xorijdagi fuqarolarga xizmat koʻrsatadi.", ["citizens-abroad"]],
    ["Türkiye'nin dijital diplomasisinde sosyal medyanın rolü büyüktür.", ["digital-diplomacy", "social-media"]],
    ["Yumuşak gücün ve kamu diplomasisinin önemi artıyor; dezenformasyonla mücadele gerekiyor.", ["soft-power", "public-diplomacy", "disinformation"]],
    ["Büyükelçilikler konsolosluk hizmetlerini dijitalleştiriyor.", ["consular-services"]],
    ["О цифровой дипломатии и о мягкой силе говорили эксперты; роль социальных сетей растёт.", ["digital-diplomacy", "soft-power", "social-media"]],
    ["Посольства оказывают консульскую помощь гражданам, находящимся за рубежом.", ["consular-services", "citizens-abroad"]],
    ["Противодействие фейковым новостям и дезинформации в интернете.", ["disinformation"]],
    ["Ministries of foreign affairs increasingly rely on digital tools, including hashtags and live streams, to reach young audiences.", ["foreign-ministry", "audience-engagement"]],
    ["Embassies' Facebook pages publish information about visa regimes and travel advisories.", ["social-media", "consular-services"]],
    ["Digital diplomacy's effectiveness depends on digital literacy and the training of diplomats.", ["digital-diplomacy", "digital-literacy", "training-diplomats"]],
  ])('%s', (text, expected) => {
    expect(concepts(text)).toEqual(expect.arrayContaining(expected));
  });

  test.each([
    ["Pay with Visa or Mastercard. Press the soft key, then the power button. A powerful storm hit the coast."],
    ["He answered diplomatically and joined a public meeting about the digital camera market."],
    ['The ministry of health bought new software. Transparent plastic bags.'],
  ])('nothing in: %s', (text) => {
    expect(concepts(text)).toEqual([]);
  });
});
