/**
 * The user's corrections in the background: written only at an extension page's request
 * (the protocol's gate), stored, read by every judgement at once (page.detect and the
 * batched author judgements), and every open tab told to judge again.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createBackgroundHandlers, type BadgeApi } from '../../../utils/background/handlers';
import { createCorrections } from '../../../utils/background/corrections';
import { createCorrectionRepository } from '../../../utils/db/corrections';
import { createExampleRepository } from '../../../utils/db/repository';
import { openDatabase, type DiploLensDB } from '../../../utils/db/schema';
import { detectSource } from '../../../utils/detect/index';
import { CONTENT_SCRIPT_REQUESTS, type ToBackground } from '../../../utils/messages/protocol';
import { createListener, senderGate, sendToBackground, type Sender } from '../../../utils/messages/transport';
import type { CorrectionInput } from '../../../utils/detect/correction';

const EXT = 'chrome-extension://abcdefghijklmnop/';
const fromPopup: Sender = { url: `${EXT}popup.html?tab=5` };
const fromContent: Sender = { url: 'https://example-embassy.org/', tab: { id: 5, url: 'https://example-embassy.org/' }, frameId: 0 };

let db: DiploLensDB;
afterEach(async () => db?.delete());

function setup() {
  db = openDatabase(`corr-${crypto.randomUUID()}`);
  const badge: BadgeApi = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
  const recheckTabs = vi.fn(async () => undefined);
  const repo = createCorrectionRepository(db);
  const corrections = createCorrections({ repo, recheckTabs });
  const handlers = createBackgroundHandlers({
    repo: createExampleRepository(db),
    badge,
    detect: detectSource,
    match: () => [],
    lexiconVersion: 'v',
    corrections,
  });
  const listener = createListener<ToBackground>(handlers, senderGate<ToBackground>(EXT, CONTENT_SCRIPT_REQUESTS));
  const runtimeAs = (sender: Sender) => ({
    sendMessage: (m: unknown) => new Promise<unknown>((resolve) => void listener(m, sender, resolve)),
  });
  return { badge, recheckTabs, repo, handlers, runtimeAs };
}

const embassy: CorrectionInput = { target: { platform: 'web', host: 'example-embassy.org' }, kind: 'mfa', subkind: 'embassy', country: 'UZ', label: '' };

describe('corrections in the background', () => {
  test.each(['correction.save', 'correction.remove', 'corrections.import', 'corrections.list'] as const)(
    "a web page's content script cannot send '%s': refused, nothing stored or told",
    async (type) => {
      const { runtimeAs, repo, recheckTabs } = setup();
      const payloads = {
        'correction.save': { correction: embassy },
        'correction.remove': { key: 'web:example-embassy.org' },
        'corrections.import': { corrections: [{ ...embassy, key: 'web:example-embassy.org', createdAt: 1, updatedAt: 1 }] },
        'corrections.list': null,
      } as const;
      const r = await sendToBackground(runtimeAs(fromContent), type, payloads[type] as never);
      expect(r).toEqual({ ok: false, error: `'${type}' is accepted only from DiploLens's own pages.` });
      expect(await repo.list()).toEqual([]);
      expect(recheckTabs).not.toHaveBeenCalled();
    },
  );

  test('marked official from the popup: stored, the next judgement is the correction, the tab badge shows it, every tab is told', async () => {
    const { runtimeAs, badge, recheckTabs, repo } = setup();
    const page = runtimeAs(fromContent);
    const before = await sendToBackground(page, 'page.detect', { url: 'https://example-embassy.org/en', signals: {} });
    expect(before.ok && before.value.kind).toBe('none');

    const saved = await sendToBackground(runtimeAs(fromPopup), 'correction.save', { correction: embassy });
    expect(saved.ok && saved.value.correction).toMatchObject({ key: 'web:example-embassy.org', kind: 'mfa' });
    expect((await repo.list()).map((c) => c.key)).toEqual(['web:example-embassy.org']);
    expect(recheckTabs).toHaveBeenCalledTimes(1);

    // What the told tab does: asks again.
    const after = await sendToBackground(page, 'page.detect', { url: 'https://example-embassy.org/en', signals: {} });
    expect(after.ok && after.value).toMatchObject({ kind: 'mfa', subkind: 'embassy', country: 'UZ', markedBy: 'user' });
    expect(badge.setBadgeText).toHaveBeenLastCalledWith({ text: 'MFA', tabId: 5 });

    const removed = await sendToBackground(runtimeAs(fromPopup), 'correction.remove', { key: 'web:example-embassy.org' });
    expect(removed.ok && removed.value.removed?.key).toBe('web:example-embassy.org');
    expect(recheckTabs).toHaveBeenCalledTimes(2);
    const again = await sendToBackground(page, 'page.detect', { url: 'https://example-embassy.org/en', signals: {} });
    expect(again.ok && again.value.kind).toBe('none');
  });

  test("'not official' on a registry account: the timeline's batched judgement of its posts says so, other authors unchanged", async () => {
    const { handlers } = setup();
    await handlers['correction.save']({ correction: { target: { platform: 'x', handle: 'MFA_Russia' }, kind: 'none', subkind: 'none', country: null, label: '' } }, fromPopup);
    const { detections } = await handlers.detect(
      {
        items: [
          { url: 'https://x.com/mfa_russia/status/1', signals: { authorHandle: 'mfa_russia' } },
          { url: 'https://x.com/MFA_KZ/status/2', signals: { authorHandle: 'MFA_KZ' } },
        ],
      },
      fromContent,
    );
    expect(detections.map((d) => [d.kind, d.markedBy])).toEqual([
      ['none', 'user'],
      ['mfa', undefined],
    ]);
  });

  test('a malformed correction is refused with the reason, and nothing stored is lost', async () => {
    const { handlers, repo, recheckTabs } = setup();
    await handlers['correction.save']({ correction: embassy }, fromPopup);
    await expect(
      handlers['correction.save']({ correction: { ...embassy, target: { platform: 'web', host: 'https://example-embassy.org/' } } }, fromPopup),
    ).rejects.toThrow(/The correction was not saved: correction\.target\.host must be a site's host name/);
    await expect(
      handlers['corrections.import']({ corrections: [{ ...embassy, kind: 'mfa', subkind: 'none' } as never] }, fromPopup),
    ).rejects.toThrow(/No correction was imported: corrections\[0\]\.subkind must say what sort/);
    expect(await repo.list()).toMatchObject([{ key: 'web:example-embassy.org', kind: 'mfa', subkind: 'embassy' }]);
    expect(recheckTabs).toHaveBeenCalledTimes(1);
  });

  test('a worker started later reads the stored corrections before its first judgement', async () => {
    const first = setup();
    await first.handlers['correction.save']({ correction: embassy }, fromPopup);
    // A new background over the same database (Chrome stopped the idle worker).
    const corrections = createCorrections({ repo: createCorrectionRepository(db), recheckTabs: async () => undefined });
    const handlers = createBackgroundHandlers({ repo: createExampleRepository(db), badge: first.badge, detect: detectSource, match: () => [], lexiconVersion: 'v', corrections });
    const d = await handlers['page.detect']({ url: 'https://consular.example-embassy.org/', signals: {} }, {});
    expect(d).toMatchObject({ kind: 'mfa', markedBy: 'user' });
  });
});
