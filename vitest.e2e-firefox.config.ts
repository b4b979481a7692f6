import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    // One browser at a time: the machine has two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    // expect.poll waits for what a user would wait for (a popup's source, a badge); Vitest's
    // default of 1 s was too short on this 2-core machine under load (a popup that showed its
    // source after 1.2 s failed a landing). Waiting longer checks the same thing.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    // Firefox's start, the add-on's install and the first page on a loaded machine.
    hookTimeout: 120_000,
  },
});
