import { describe, expect, test } from 'vitest';
import { detectSource } from '../../../utils/detect/index';
import { guessFromHostLabel } from '../../../utils/detect/host-name';

describe('embassies with domains of their own, by their names', () => {
  test.each([
    ['https://www.kazakhembus.com/', 'KZ', 'embassy'],
    ['https://www.embassyofturkmenistan.org/', 'TM', 'embassy'],
    ['https://turkmenembassy.org.uk/', 'TM', 'embassy'],
    ['https://www.embajadadeuzbekistan.es/', 'UZ', 'embassy'],
    ['https://www.amb-uzbekistan.fr/', 'UZ', 'embassy'],
    ['https://www.embassyofmongolia.co.uk/', 'MN', 'embassy'],
    ['https://www.consulado-mexico.es/', 'MX', 'consulate'],
    ['https://www.tajembassy.ru/', 'TJ', 'embassy'],
    ['https://www.rusembassy.co.za/', 'RU', 'embassy'],
  ])('%s is an embassy or consulate of %s', (url, country, subkind) => {
    const d = detectSource(url);
    expect(d).toMatchObject({ kind: 'mfa', subkind, country });
    expect(d.confidence).toBeLessThan(0.9);
    expect(d.reasons[0]).toMatch(/not in the registry, but its name says/);
  });

  test('a government-zone site named as an embassy is the foreign service’s', () => {
    expect(detectSource('https://www.indembassyuz.gov.in/')).toMatchObject({ kind: 'mfa', subkind: 'embassy', country: 'IN' });
  });

  test.each([
    'https://embassysuites.hilton.com/',
    'https://www.indianvisaembassy.com/',
    'https://www.usembassy-visa.net/',
    'https://www.embassy-cinema.co.uk/',
    'https://www.ambassadortours.com/',
    'https://www.example.com/embassy-of-uzbekistan',
    'https://www.embassy-of-beer.com/',
    'https://www.chinaembroidery.com/',
    'https://www.uzbekamber.com/',
    'https://www.theembassy.com/',
    'https://www.artembassy.com/',
  ])('%s is not an embassy', (url) => {
    expect(detectSource(url).kind).toBe('none');
  });

  test.each([['embassy'], ['uzbek'], ['amb'], ['']])('a name with only one half (%s) is not enough', (label) => {
    expect(guessFromHostLabel(label)).toBeNull();
  });
});

describe('government sites that name themselves the foreign ministry', () => {
  test.each([
    ['https://mfa.gov.ng/', 'NG'],
    ['https://www.government.se/government-offices/ministry-for-foreign-affairs/', 'SE'],
    ['https://www.kormany.hu/en/ministry-of-foreign-affairs-and-trade', 'HU'],
    ['https://www.mfa.is/', 'IS'],
    ['https://www.mfa.md/', 'MD'],
  ])('%s is the foreign ministry of %s', (url, country) => {
    expect(detectSource(url)).toMatchObject({ kind: 'mfa', subkind: 'ministry', country });
  });

  test.each([
    ['https://www.gov.uk/government/publications/foreign-affairs-committee', 'government'],
    ['https://www.whitehouse.gov/foreign-affairs/', 'government'],
    ['https://www.mfa.org/', 'none'],
    ['https://mfa.com/', 'none'],
  ])('%s stays %s', (url, kind) => {
    expect(detectSource(url).kind).toBe(kind);
  });
});
