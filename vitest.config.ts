import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the compiled CLI the spawned-bin tests run (dist/node/), once per run; sets
    // the temporary cache folder every test file and spawned CLI of the run uses.
    globalSetup: ['tests/support/build-cli.ts', 'tests/support/cache-dir.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
