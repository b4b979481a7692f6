/**
 * A small WebDriver BiDi client over Node 22's global WebSocket: commands with
 * ids and a timeout each, events by name. Only what the Firefox tests use; the
 * protocol is https://w3c.github.io/webdriver-bidi/ (Firefox ESR 153 implements
 * the commands used here, plus `webExtension.install`).
 */

export class BiDiError extends Error {
  constructor(
    message: string,
    /** The protocol's error code (`no such element`, `timeout`…), or `timeout`/`closed` of ours. */
    readonly code: string,
  ) {
    super(message);
    this.name = 'BiDiError';
  }
}

export interface BiDiEvent {
  method: string;
  params: Record<string, unknown>;
}

export interface BiDiClient {
  /** Sends a command; rejects with a BiDiError naming the command on an error reply, a timeout or a closed socket. */
  send<T = Record<string, unknown>>(method: string, params?: object, timeoutMs?: number): Promise<T>;
  /** Calls `listener` with each event of that name (`log.entryAdded`…); returns the unsubscribe. */
  on(method: string, listener: (params: Record<string, unknown>) => void): () => void;
  /** Closes the socket; pending commands reject. */
  close(): void;
  readonly closed: boolean;
}

/** Each command's own limit: a navigation on this loaded, shared machine can take seconds, never a minute. */
export const COMMAND_TIMEOUT_MS = 30_000;

export async function connectBiDi(url: string, options: { timeoutMs?: number } = {}): Promise<BiDiClient> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const ws = new WebSocket(url);
  await new Promise<void>((ok, no) => {
    const timer = setTimeout(() => {
      ws.close();
      no(new BiDiError(`WebDriver BiDi: no connection to ${url} within ${timeoutMs} ms`, 'timeout'));
    }, timeoutMs);
    ws.addEventListener('open', () => (clearTimeout(timer), ok()), { once: true });
    ws.addEventListener(
      'error',
      () => (clearTimeout(timer), no(new BiDiError(`WebDriver BiDi: could not connect to ${url}`, 'closed'))),
      { once: true },
    );
  });

  let nextId = 0;
  let closed = false;
  const pending = new Map<number, { method: string; ok(v: unknown): void; no(e: Error): void; timer: NodeJS.Timeout }>();
  const listeners = new Map<string, Set<(params: Record<string, unknown>) => void>>();

  const failAll = (why: string) => {
    closed = true;
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.no(new BiDiError(`WebDriver BiDi: ${p.method} got no reply: ${why}`, 'closed'));
      pending.delete(id);
    }
  };
  ws.addEventListener('close', () => failAll('the connection to Firefox closed'));
  ws.addEventListener('message', (e: MessageEvent) => {
    const msg = JSON.parse(String(e.data)) as {
      type: 'success' | 'error' | 'event';
      id?: number;
      result?: unknown;
      error?: string;
      message?: string;
      method?: string;
      params?: Record<string, unknown>;
    };
    if (msg.type === 'event') {
      for (const l of listeners.get(msg.method ?? '') ?? []) l(msg.params ?? {});
      return;
    }
    const p = msg.id === undefined ? undefined : pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id!);
    clearTimeout(p.timer);
    if (msg.type === 'success') p.ok(msg.result);
    else p.no(new BiDiError(`WebDriver BiDi: ${p.method} failed: ${msg.error}: ${msg.message ?? ''}`, msg.error ?? 'unknown error'));
  });

  return {
    get closed() {
      return closed;
    },
    send<T>(method: string, params: object = {}, limit = COMMAND_TIMEOUT_MS): Promise<T> {
      if (closed) return Promise.reject(new BiDiError(`WebDriver BiDi: ${method} after the connection closed`, 'closed'));
      const id = ++nextId;
      return new Promise<T>((ok, no) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          no(new BiDiError(`WebDriver BiDi: ${method} got no reply within ${limit} ms`, 'timeout'));
        }, limit);
        pending.set(id, { method, ok: ok as (v: unknown) => void, no, timer });
        ws.send(JSON.stringify({ id, method, params }));
      });
    },
    on(method, listener) {
      const set = listeners.get(method) ?? new Set();
      listeners.set(method, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    close() {
      if (!closed) failAll('closed by the test');
      ws.close();
    },
  };
}
