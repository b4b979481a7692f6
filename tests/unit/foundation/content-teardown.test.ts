// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { startContent } from '../../../utils/content/controller';

function fakeOnMessage() {
  const listeners = new Set<(...a: never[]) => unknown>();
  return {
    listeners,
    addListener: (l: (...a: never[]) => unknown) => void listeners.add(l),
    removeListener: (l: (...a: never[]) => unknown) => void listeners.delete(l),
  };
}

describe('content script lifecycle', () => {
  test('answers status requests while valid, and stops listening once invalidated', async () => {
    document.title = 'Press release';
    const onMessage = fakeOnMessage();
    const ac = new AbortController();
    startContent({ doc: document, win: window, onMessage: onMessage as never, signal: ac.signal });
    expect(onMessage.listeners.size).toBe(1);

    const reply = vi.fn();
    const [listener] = [...onMessage.listeners] as ((m: unknown, s: unknown, r: (x: unknown) => void) => unknown)[];
    listener!({ dl: 1, type: 'status.get', payload: null }, {}, reply);
    await vi.waitFor(() => expect(reply).toHaveBeenCalled());
    expect(reply.mock.calls[0]![0]).toMatchObject({ ok: true, value: { title: 'Press release' } });

    ac.abort();
    expect(onMessage.listeners.size).toBe(0);
  });
});
