import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium, one browser at a time (2-core machines).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
    // A loaded 2-core machine can take more than the default 1 s to re-render a list of clients.
    expect: { poll: { timeout: 5_000 } },
  },
});
