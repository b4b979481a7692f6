/**
 * The everyday words added to the built-in lexicon for issue 14, item 7: how officials and
 * journalists write about citizens abroad, consular help, a country's image, investment,
 * negotiations, followers and engagement, in all five languages and inflected. Unlike the
 * blind set (tests/fixtures/lexicon-recall, tests/unit/lexicon/recall.test.ts), these
 * sentences were written by the author of the terms: they pin down what the terms do,
 * including the words left out on purpose because they fire on ordinary pages.
 */
import { describe, expect, test } from 'vitest';
import { conceptsIn, defaultLexicon, match } from '../../../utils/lexicon/index.ts';

const concepts = (text: string) => conceptsIn(match(text, defaultLexicon()));

describe('everyday words of digital diplomacy', () => {
  test.each([
    // en
    ['British nationals stranded in the region should contact the nearest consulate.', ['citizens-abroad', 'diplomatic-missions']],
    ['Consular officers can issue an emergency passport within a day.', ['consular-services']],
    ['Citizens of 60 countries may now enter visa-free; the visa regime for the rest is unchanged.', ['consular-services']],
    ["The embassy's X account has 1.2 million followers, and its posts get thousands of reposts.", ['diplomatic-missions', 'social-media', 'audience-engagement']],
    ['The ministers held talks on the sidelines of the summit and signed a joint communiqué.', ['negotiations', 'multilateral-diplomacy', 'official-statements']],
    ['Phishing e-mails and a DDoS attack hit the ministry; ransomware was found a week later.', ['cyber-attacks', 'email']],
    ['Trade missions and export promotion are now part of every ambassador’s work.', ['economic-diplomacy']],
    ["The campaign is meant to improve the country's reputation abroad.", ['international-image']],
    ['Bloggers and online TV have overtaken the papers; media monitoring follows both.', ['blogs', 'new-media', 'information-flow']],
    ['The course teaches media literacy to young diplomats.', ['digital-literacy', 'training-diplomats']],
    // ru
    ['Число подписчиков в Инстаграме и лайков под постами выросло вдвое.', ['social-media', 'audience-engagement']],
    ['В МИДе прошли межмидовские консультации, МИДом подготовлено совместное заявление.', ['foreign-ministry', 'negotiations', 'official-statements']],
    ['Граждане, оказавшиеся за рубежом, могут обратиться в генеральное консульство.', ['citizens-abroad', 'diplomatic-missions']],
    ['Для поездки по безвизовому режиму нужен только загранпаспорт.', ['consular-services']],
    ['Хакеры рассылали фишинговые письма, а сайт министерства подвергся DDoS-атаке.', ['cyber-attacks', 'official-websites']],
    // uz
    ['Xorijdagi vatandoshlarimiz konsullikka onlayn yozilishlari mumkin.', ['citizens-abroad', 'diplomatic-missions']],
    ['Vazirlikning Telegram kanalida obunachilar soni 300 mingdan oshdi.', ['social-media', 'audience-engagement']],
    ["BMT Bosh Assambleyasida qo'shma bayonot qabul qilindi.", ['multilateral-diplomacy', 'official-statements']],
    ['Mehnat migrantlari uchun konsullik yordami kuchaytirildi.', ['citizens-abroad', 'consular-services']],
    // kk
    ['Шетелдегі қазақстандықтарға консулдық көмек көрсетіледі.', ['citizens-abroad', 'consular-services']],
    ['Хакерлер министрлікке фишингтік хаттар жіберді.', ['cyber-attacks']],
    ['Министрлер жиналысынан кейін бірлескен коммюнике жарияланды.', ['negotiations', 'official-statements']],
    ['Қандастар мен қазақ қауымдастығы өкілдері форумға жиналды.', ['diaspora']],
    // tr: suffixes after an apostrophe on names and abbreviations
    ["Büyükelçilik kararı Twitter'da ve Facebook’ta duyurdu; konu BM'de de ele alındı.", ['diplomatic-missions', 'social-media', 'multilateral-diplomacy']],
    ['Konsolosluk kaydı için pasaportunuzu yanınızda getirin.', ['consular-services']],
    ['e-Vize başvurusu çevrimiçi yapılır; vize muafiyeti olan ülkeler listelenmiştir.', ['e-visa', 'consular-services']],
    ['Dışişleri bakanlıkları arasında siyasi istişareler yapıldı.', ['foreign-ministry', 'negotiations']],
    ['Başkonsolosluğumuzun takipçi sayısı 100 bini aştı.', ['diplomatic-missions', 'audience-engagement']],
    // lexicon 2026.11.7: words that are two concepts at once (Hit.also), and Turkish 'bir'
    ['If you lose your passport abroad, contact the nearest embassy.', ['citizens-abroad', 'consular-services', 'diplomatic-missions']],
    ['The foreign ministry spokesperson gave a media briefing on the crisis.', ['official-statements', 'foreign-ministry']],
    ['The two ministers met on the sidelines of the summit; Japan joined the talks later.', ['negotiations', 'multilateral-diplomacy']],
    ['Evacuation of the remaining nationals began at dawn.', ['crisis-communication', 'citizens-abroad']],
    ['A careless post, a human error, and the ambassador had to resign.', ['human-factor']],
    ['Leaders on Twitter answer journalists directly; the engagement rate of such posts is high.', ['twiplomacy', 'social-media', 'audience-engagement']],
    ['Посольство в Твиттере опровергло слухи, аккаунт министерства их не комментирует.', ['twiplomacy', 'diplomatic-missions', 'social-media']],
    ['Министры встретились на полях форума; эвакуация граждан завершена.', ['negotiations', 'crisis-communication', 'citizens-abroad']],
    ['По данным опроса, большинство жителей поддерживают реформу.', ['public-opinion']],
    ["Elchi Twitterda mamlakat pozitsiyasini tushuntirdi.", ['twiplomacy', 'social-media', 'foreign-policy-promotion']],
    ["Tomonlar hamkorlik masalalarini muhokama qildi; so'rovnoma natijalariga ko'ra, aholi rozi.", ['negotiations', 'public-opinion']],
    ['Елші Twitter-де мәлімдеме жасады.', ['twiplomacy', 'social-media', 'official-statements']],
    ['АКТ саласындағы мамандар тапшы; сауалнама нәтижелеріне сәйкес, тұрғындар қолдайды.', ['ict', 'public-opinion']],
    ["Büyükelçi, Almanya'daki Türk toplumu temsilcileriyle bir araya geldi ve ülkemizin tutumunu anlattı.", ['diaspora', 'foreign-policy-promotion']],
    ['Yurtdışındaki vatandaşlarımız e-Devlet Kapısı üzerinden başvurabilir.', ['citizens-abroad', 'official-websites', 'e-government']],
    ['Ankete göre seçmenlerin yarısı kararsız; taslak kamuoyu görüşüne açıldı.', ['public-opinion', 'public-engagement']],
    ['Bakanlık hibrit bir kampanyaya karşı yazılı bir açıklama yayımladı.', ['hybrid-threats', 'official-statements']],
  ])('%s', (text, expected) => {
    expect(concepts(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('words left out: ordinary pages stay unmarked', () => {
  test.each([
    // grams, not mobile networks; software encryption, apps and accounts
    ['Add 5g of salt and stir for two minutes.', ['digital-infrastructure']],
    ['Enable encryption in the app settings, then create an account.', ['information-security', 'mobile-applications', 'social-media']],
    ['Войдите в аккаунт и включите шифрование диска.', ['social-media', 'information-security']],
    ['Akkauntingizga kiring.', ['social-media']],
    ['Şifreleme algoritmasını seçin.', ['information-security']],
    // companies make statements and have spokespeople and dealers too
    ['A company spokesperson issued a statement on the recall.', ['official-statements']],
    ['Официальный представитель бренда открыл магазин в Алматы.', ['official-statements']],
    ['Şirket sözcüsü basın toplantısında bir açıklama yaptı.', ['official-statements']],
    // medical "affected area", consumer surveys, national security councils, state legislatures
    ['Apply the cream to the affected area twice a day.', ['crisis-communication']],
    ['Kremi etkilenen bölgeye günde iki kez sürün.', ['crisis-communication']],
    ['The survey shows that most shoppers now pay by card.', ['public-opinion']],
    ['The National Security Council met on Monday; the Georgia General Assembly passed the bill.', ['multilateral-diplomacy']],
    // Turkish: a job interview, Turkish society, citizens snowed in at home
    ['İş görüşmesine giderken özgeçmişinizi alın.', ['negotiations']],
    ['Türk toplumu hızla değişiyor.', ['diaspora']],
    ['Karda mahsur kalan vatandaşlara yardım ulaştırıldı.', ['citizens-abroad']],
    // lexicon 2026.11.7: Turkish 'tahliye' is also a release from custody; civil society's representatives;
    // any charm; a deed (Russian/Kazakh 'акт'); a customer survey; citizens at home
    ['Tutuklu gazeteci tahliye edildi.', ['crisis-communication', 'citizens-abroad']],
    ['Sivil toplum temsilcileri toplantıya katıldı.', ['diaspora']],
    ['Şehir, doğal cazibesiyle turist çekiyor.', ['soft-power']],
    ['АКТ приёмки выполненных работ подписан.', ['ict']],
    ['Müşteri anketine göre memnuniyet arttı.', ['public-opinion']],
    ['Kırsalda yaşayan vatandaşlarımız için yeni yollar açıldı.', ['citizens-abroad']],
  ])('%s', (text, forbidden) => {
    const found = concepts(text);
    for (const id of forbidden) expect(found, id).not.toContain(id);
  });
});
