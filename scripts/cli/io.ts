import { createInterface } from 'node:readline';

/** The CLI's collaborators, passed in so tests can feed lines and read output. */
export interface CliIO {
  /** Lines of standard input, without their line endings. */
  lines(): AsyncIterable<string>;
  /** The whole of standard input. */
  readAll(): Promise<string>;
  out(text: string): void;
  /** Bytes to standard output (a .qdpx). */
  outBytes(bytes: Uint8Array): void;
  err(text: string): void;
}

export function processIO(): CliIO {
  return {
    lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
    readAll: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    out: (t) => process.stdout.write(t),
    outBytes: (b) => process.stdout.write(b),
    err: (t) => process.stderr.write(t),
  };
}

/** An in-memory CliIO for tests. */
export function memoryIO(input: string): CliIO & { stdout: () => string; stderr: () => string; bytes: () => Uint8Array } {
  let o = '';
  let e = '';
  let b = new Uint8Array(0);
  return {
    async *lines() {
      const parts = input.split(/\r?\n/);
      if (parts.at(-1) === '') parts.pop();
      yield* parts;
    },
    readAll: async () => input,
    out: (t) => void (o += t),
    outBytes: (x) => {
      const next = new Uint8Array(b.length + x.length);
      next.set(b);
      next.set(x, b.length);
      b = next;
    },
    err: (t) => void (e += t),
    bytes: () => b,
    stdout: () => o,
    stderr: () => e,
  };
}
