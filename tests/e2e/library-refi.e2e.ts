/**
 * REFI-QDA from the library in real Chromium: Export → .qdpx and .qdc, downloaded as a
 * user gets them, unzipped (fflate) and validated against the schemas in tests/fixtures/
 * refi-qda (copies of ../shared/refi-qda) with libxml2-wasm, the validator the unit tests
 * use (tests/unit/codebook/xsd.ts); a PlainTextSelection's offsets are code points (the
 * Cyrillic example has an emoji flag before its quote: two code points, four UTF-16 units).
 * Screenshots of the open Export menu, light and dark.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { launch, putExamples, putRows, SCREENSHOT_DIR, type Harness } from './harness';
import { schemaErrors } from '../unit/codebook/xsd';
import { checkRefi, unzipQdpx } from '../../utils/codebook/refi/check';
import { stableGuid } from '../../utils/codebook/guid';
import { userCodebook } from '../unit/codebook/helpers';

let h: Harness;
const mine = userCodebook([{ id: 'visa-help', label: 'Визовая помощь 🛂', colour: '#0f766e' }]);

const base = {
  selectors: { quote: { type: 'TextQuoteSelector', exact: 'x' } },
  platform: 'web',
  detection: { kind: 'mfa', subkind: 'ministry', country: 'UZ', confidence: 0.98, reasons: ['registry'], platform: 'web' },
  tags: [],
  functionId: '',
  note: '',
  lexiconVersion: 'test',
};
const ROWS = [
  {
    ...base,
    id: 'refi-ru-1',
    prefix: '🇺🇿 Ташкент, 5 марта 😀 — ',
    quote: 'Цифровая дипломатия и мягкая сила 🌍 стали частью внешней политики.',
    suffix: ' Подробнее на сайте МИД.',
    url: 'https://mfa.uz/ru/press/1',
    title: 'МИД Узбекистана',
    site: 'mfa.uz',
    concepts: ['digital-diplomacy', 'soft-power', 'visa-help'],
    tags: ['форум'],
    note: 'Сравнить с английской версией <b>&</b>.',
    codebookId: mine.id,
    codebookVersion: mine.version,
    createdAt: Date.UTC(2025, 2, 14, 10),
    updatedAt: Date.UTC(2025, 2, 14, 10),
  },
  {
    ...base,
    id: 'refi-kk-2',
    prefix: 'Астана: ',
    quote: 'Цифрлық дипломатия 🤝 және жұмсақ күш',
    suffix: '.',
    url: 'https://www.gov.kz/memleket/entities/mfa/press/1',
    title: 'СІМ',
    site: 'gov.kz',
    concepts: ['digital-diplomacy'],
    createdAt: Date.UTC(2025, 2, 15, 10),
    updatedAt: Date.UTC(2025, 2, 15, 10),
  },
  {
    ...base,
    id: 'refi-tr-3',
    prefix: '',
    quote: 'Dijital diplomasi ve yumuşak güç — İstanbul',
    suffix: ' forumu.',
    url: 'https://www.mfa.gov.tr/1',
    title: 'Dışişleri',
    site: 'mfa.gov.tr',
    concepts: ['soft-power'],
    createdAt: Date.UTC(2025, 2, 16, 10),
    updatedAt: Date.UTC(2025, 2, 16, 10),
  },
];

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  h = await launch();
  const seed = await h.openExtensionPage('library.html');
  // The page has opened (and so made) the database before rows are put in it.
  await seed.getByRole('heading', { level: 2 }).first().waitFor();
  await putExamples(seed, ROWS);
  // The codebook version the first example was coded with, stored as the editor stores it.
  await putRows(seed, 'codebooks', [mine]);
  await seed.close();
});
afterAll(async () => {
  await h?.close();
});

async function openLibrary(): Promise<Page> {
  const lib = await h.openExtensionPage('library.html');
  await lib.setViewportSize({ width: 1280, height: 800 });
  await lib.getByText('3 of 3 examples').waitFor();
  return lib;
}

async function download(lib: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [d] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: button }).click()]);
  return { name: d.suggestedFilename(), bytes: new Uint8Array(readFileSync((await d.path())!)) };
}

describe('REFI-QDA from the library', () => {
  test('the Export menu lists the project and the codebook with their hints (screenshots, light and dark)', async () => {
    const lib = await openLibrary();
    await lib.getByText('Export', { exact: true }).click();
    await lib.getByRole('button', { name: 'Export REFI-QDA project (.qdpx)' }).waitFor();
    expect(await lib.getByText('NVivo, ATLAS.ti, MAXQDA: each example a source, its quote coded').count()).toBe(1);
    expect(await lib.getByText('the codebook of these examples, for NVivo, ATLAS.ti, MAXQDA').count()).toBe(1);
    await lib.screenshot({ path: `${SCREENSHOT_DIR}/library-export-menu-light.png` });
    await lib.emulateMedia({ colorScheme: 'dark' });
    await lib.screenshot({ path: `${SCREENSHOT_DIR}/library-export-menu-dark.png` });
    await lib.close();
  });

  test('.qdpx of all: valid against Project.xsd, sound, offsets in code points, codes from the codebook each was coded with', async () => {
    const lib = await openLibrary();
    await lib.getByText('Export', { exact: true }).click();
    const file = await download(lib, 'Export REFI-QDA project (.qdpx)');
    expect(file.name).toMatch(/^diplolens-[\d-]+\.qdpx$/);
    const zip = unzipSync(file.bytes);
    expect(Object.keys(zip).filter((n) => n.startsWith('sources/'))).toHaveLength(3);
    const project = strFromU8(zip['project.qde']!);
    expect(schemaErrors('Project.xsd', project)).toEqual([]);
    const parts = unzipQdpx(file.bytes);
    expect(checkRefi(parts.project, parts.sources)).toEqual([]);

    // The Cyrillic example: its source text, and its selection over the quote, in code points.
    const ru = ROWS[0]!;
    const sg = stableGuid('source', ru.id);
    const text = strFromU8(zip[`sources/${sg}.txt`]!);
    expect(text).toBe(ru.prefix + ru.quote + ru.suffix);
    const sel = new RegExp(`<PlainTextSelection[^>]*guid="${stableGuid('selection', ru.id)}"[^>]*>`).exec(project)![0];
    const start = Number(/startPosition="(\d+)"/.exec(sel)![1]);
    const end = Number(/endPosition="(\d+)"/.exec(sel)![1]);
    expect(start).toBe([...ru.prefix].length);
    expect(start).not.toBe(ru.prefix.length); // the flag and 😀: code points, not UTF-16 units
    expect(end - start).toBe([...ru.quote].length);
    expect([...text].slice(start, end).join('')).toBe(ru.quote);
    // The user's concept is named as in the codebook it was coded with; the note travels.
    expect(project).toContain('name="Визовая помощь 🛂"');
    expect(project).toContain('Сравнить с английской версией &lt;b&gt;&amp;&lt;/b&gt;.');
    expect(await lib.getByText(/Exported 3 examples/).count()).toBe(1);
    await lib.close();
  });

  test('.qdc of the selection: the codebook its example was coded with, valid against Codebook.xsd', async () => {
    const lib = await openLibrary();
    await lib.getByRole('checkbox', { name: /^Select example: Цифровая дипломатия/ }).check();
    await lib.getByText('Export', { exact: true }).click();
    await lib.getByRole('radio', { name: 'The selection' }).check();
    const file = await download(lib, 'Export REFI-QDA codebook (.qdc)');
    expect(file.name).toBe('Consular work.qdc');
    const xml = strFromU8(file.bytes);
    expect(xml.charCodeAt(0)).not.toBe(0xfeff);
    expect(schemaErrors('Codebook.xsd', xml)).toEqual([]);
    expect(checkRefi(xml)).toEqual([]);
    expect(xml).toContain('name="Визовая помощь 🛂"');
    await lib.close();
  });
});
