import { createInterface } from 'node:readline';

/** The CLI's collaborators, passed in so tests can feed lines and read output. */
export interface CliIO {
  /** Lines of standard input, without their line endings. */
  lines(): AsyncIterable<string>;
  /** The whole of standard input. */
  readAll(): Promise<string>;
  out(text: string): void;
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
    err: (t) => process.stderr.write(t),
  };
}

/** An in-memory CliIO for tests. */
export function memoryIO(input: string): CliIO & { stdout: () => string; stderr: () => string } {
  let o = '';
  let e = '';
  return {
    async *lines() {
      const parts = input.split(/\r?\n/);
      if (parts.at(-1) === '') parts.pop();
      yield* parts;
    },
    readAll: async () => input,
    out: (t) => void (o += t),
    err: (t) => void (e += t),
    stdout: () => o,
    stderr: () => e,
  };
}
