import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    // One browser at a time: the machine has two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    // Firefox's start, the add-on's install and the first page on a loaded machine.
    hookTimeout: 120_000,
  },
});
