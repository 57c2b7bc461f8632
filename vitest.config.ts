import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `~/lib/urls` is `src/lib/urls` (tsconfig.json `paths`), as in the build.
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          // Real `astro build` runs against bad content: slow, so apart from the unit tests.
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          // Removing a built site and its cache afterwards can take a while on a busy disk.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // Builds the site once, serves it on 127.0.0.1 and drives Debian's Chromium.
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
