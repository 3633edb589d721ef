import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the compiled CLI the spawned-bin tests run (dist/node/), once per run.
    globalSetup: ['tests/support/build-cli.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
