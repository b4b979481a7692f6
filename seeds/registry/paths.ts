/**
 * Path rules for portals that host many bodies under one host. The foreign
 * ministry's own sections (gov.kz/memleket/entities/mfa, gov.uk FCDO, gov.br/mre,
 * canada.ca/…/global-affairs, gov.uz/<lang>/mfa …) and embassy sections
 * (gov.kz/…/mfa-<city>, gov.uk/world/organisations/british-embassy-*) live in
 * mfa-sites.ts; this file classifies the *other* bodies on the same portals so
 * that e.g. gov.kz/memleket/entities/mfa-tashkent is an embassy while
 * gov.kz/memleket/entities/energo is the Ministry of Energy.
 *
 * Path syntax: '/'-separated segments, compared case-insensitively with the URL's
 * segments as a prefix (deep pages match too); '*' matches one segment and a
 * trailing '*' inside a segment matches a prefix ('mfa-*').
 */
import type { SourceSubkind } from '../../utils/model/source.ts';

export interface PortalPath {
  country: string;
  domain: string;
  path: string;
  subkind: Extract<SourceSubkind, 'ministry' | 'government' | 'head-of-state' | 'parliament'>;
  name: string;
  source: string;
}

export const PORTAL_PATHS = [
  { country: 'KZ', domain: 'gov.kz', path: '/memleket/entities/*', subkind: 'government', name: 'a Kazakh government body on gov.kz', source: 'gov.kz: every state body has /memleket/entities/<slug>' },
  { country: 'KZ', domain: 'gov.kz', path: '/memleket/entities/akorda', subkind: 'head-of-state', name: 'the Presidential Administration of Kazakhstan', source: 'gov.kz/memleket/entities/akorda' },
  { country: 'KZ', domain: 'gov.kz', path: '/memleket/entities/primeminister', subkind: 'government', name: 'the Office of the Prime Minister of Kazakhstan', source: 'gov.kz' },
  { country: 'UZ', domain: 'gov.uz', path: '/*/*', subkind: 'government', name: 'an Uzbek government body on gov.uz', source: 'gov.uz: bodies at gov.uz/<lang>/<slug>' },
  { country: 'GB', domain: 'gov.uk', path: '/government/organisations/*', subkind: 'ministry', name: 'a UK government department on gov.uk', source: 'gov.uk/government/organisations' },
  { country: 'GB', domain: 'gov.uk', path: '/government/organisations/prime-ministers-office-10-downing-street', subkind: 'head-of-state', name: "the UK Prime Minister's Office", source: 'gov.uk' },
  { country: 'BR', domain: 'gov.br', path: '/planalto', subkind: 'head-of-state', name: 'the Presidency of Brazil', source: 'gov.br/planalto' },
  { country: 'CA', domain: 'canada.ca', path: '/*/department-national-defence', subkind: 'ministry', name: 'National Defence', source: 'canada.ca' },
  { country: 'IL', domain: 'gov.il', path: '/*/departments/prime_ministers_office', subkind: 'head-of-state', name: "the Prime Minister's Office of Israel", source: 'gov.il' },
  { country: 'PL', domain: 'gov.pl', path: '/web/premier', subkind: 'head-of-state', name: 'the Chancellery of the Prime Minister of Poland', source: 'gov.pl/web/premier' },
  { country: 'NO', domain: 'regjeringen.no', path: '/*/dep/smk', subkind: 'head-of-state', name: "the Norwegian Prime Minister's Office", source: 'regjeringen.no' },
  { country: 'ME', domain: 'gov.me', path: '/*', subkind: 'government', name: 'a Montenegrin government body on gov.me', source: 'gov.me/<body>' },
] as const satisfies readonly PortalPath[];
