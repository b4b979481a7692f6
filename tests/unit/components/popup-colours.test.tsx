// @vitest-environment happy-dom
/**
 * The popup's concept list in the active codebook's colours, as the library's rows are
 * (utils/library/code-colours.ts): each chip a tint under which the text reads at 4.5:1 and
 * an edge at 3:1, on the light and the dark theme; the user's own concepts by their labels.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { PopupApp, type PopupServices } from '../../../components/popup/PopupApp';
import { createPopupServices } from '../../../components/popup/services';
import type { PageStatus } from '../../../utils/messages/protocol';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { builtinCodebook } from '../../../utils/codebook/builtin';
import { copyCodebook, type Codebook } from '../../../utils/codebook/model';
import { chipPaint, MIN_GRAPHIC_CONTRAST, THEMES } from '../../../utils/library/code-colours';
import { contrast, hexToRgb, MIN_TEXT_CONTRAST } from '../../../utils/codebook/colour';

afterEach(cleanup);

const status: PageStatus = {
  url: 'https://mfa.uz/en/press/1',
  title: 'Press release',
  detection: { kind: 'mfa', subkind: 'ministry', country: 'UZ', confidence: 0.98, reasons: ['mfa.uz is the official website.'], platform: 'web' },
  highlighting: true,
  highlightReason: 'Highlighted because this is an official source.',
  concepts: [
    { conceptId: 'soft-power', category: 'goals', count: 2 },
    { conceptId: 'visa-help', category: 'goals', count: 1 },
    { conceptId: 'public-diplomacy', category: 'forms', count: 1 },
  ],
  quote: null,
};

/** A copy of the built-in codebook with soft power in pale yellow (a hard case on white) and a concept of the user's own. */
function mine(): Codebook {
  const cb = copyCodebook(builtinCodebook(), '5f0c1c8e-3b7a-4d0e-9a51-0c5e2b7f9d11', 'Mine', Date.UTC(2026, 11, 1));
  cb.concepts = cb.concepts.filter((c) => c.id !== 'public-diplomacy').map((c) => (c.id === 'soft-power' ? { ...c, colour: '#ffff00' } : c));
  cb.concepts.push({ id: 'visa-help', label: 'Visa help', definition: '', category: cb.concepts[0]!.category, colour: '#1e293b', references: [], terms: {} });
  return cb;
}

function popupServices(active?: () => Promise<Codebook>): PopupServices {
  const base = createPopupServices({
    browser: {} as never,
    tabId: 1,
    lexicon: { conceptsIn: () => [], concepts: [{ id: 'soft-power', label: 'Soft power' }, { id: 'public-diplomacy', label: 'Public diplomacy' }], conceptCategory: () => 'goals', functions: [], lexiconVersion: 'test', countryLabel: () => 'Uzbekistan' },
    suggestTags: () => [],
    ...(active && { activeCodebook: active }),
  });
  return {
    ...base,
    getStatus: async () => ({ ok: true, value: status }),
    loadSettings: async () => ({ ...DEFAULT_SETTINGS }),
    updateSettings: async (patch) => ({ ...DEFAULT_SETTINGS, ...patch }),
  };
}

const chip = (name: RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;
const ratio = (a: string, b: string) => contrast(hexToRgb(a), hexToRgb(b));

describe('the popup’s concepts in their codebook’s colours', () => {
  test('each chip is painted from the active codebook, readable on the light and the dark theme', async () => {
    render(<PopupApp services={popupServices(async () => mine())} />);
    // The user's own concept by its label, once the codebook has answered.
    await screen.findByRole('button', { name: /Visa help/ });
    const builtinPd = builtinCodebook().concepts.find((c) => c.id === 'public-diplomacy')!;
    const builtinColour = builtinPd.colour ?? builtinCodebook().categories.find((c) => c.id === builtinPd.category)!.colour;
    for (const [name, hex] of [
      [/Soft power/, '#ffff00'],
      [/Visa help/, '#1e293b'],
      // Not in the active codebook: the built-in one's colour.
      [/Public diplomacy/, builtinColour],
    ] as const) {
      const el = chip(name);
      expect(el.classList.contains('chip--coded')).toBe(true);
      const paint = chipPaint(hex);
      for (const t of ['light', 'dark'] as const) {
        expect(el.style.getPropertyValue(`--code-fill-${t}`)).toBe(paint[t].fill);
        expect(el.style.getPropertyValue(`--code-edge-${t}`)).toBe(paint[t].edge);
        expect(ratio(THEMES[t].fg, paint[t].fill)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
        expect(ratio(paint[t].edge, THEMES[t].bg)).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
      }
    }
    // Pale yellow is shaded for its edge, not painted as it is on white.
    expect(chip(/Soft power/).style.getPropertyValue('--code-edge-light')).not.toBe('#ffff00');
  });

  test('without a codebook (or when it cannot be read) the list keeps the lexicon’s labels and plain chips', async () => {
    for (const active of [undefined, () => Promise.reject(new Error('no database'))]) {
      render(<PopupApp services={popupServices(active)} />);
      await screen.findByRole('button', { name: /Soft power/ });
      await new Promise((r) => setTimeout(r, 20));
      expect(chip(/Soft power/).classList.contains('chip--coded')).toBe(false);
      expect(chip(/Soft power/).getAttribute('style')).toBeNull();
      await waitFor(() => expect(screen.getByRole('button', { name: /visa-help/ })).toBeTruthy());
      cleanup();
    }
  });
});
