import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three tiers: pure logic in Node, DOM logic in happy-dom, and the built extension in real
// browsers (e2e, run one file at a time: two browsers on a 2-core machine is already a lot).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.dom.test.*'],
          environment: 'node',
          // Some tests sweep every fixture page and evaluation set: seconds on a busy 2-core machine.
          testTimeout: 30_000,
          setupFiles: ['fake-indexeddb/auto', 'tests/setup/i18n.ts'],
        },
      },
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'dom',
          include: ['tests/unit/**/*.dom.test.{ts,tsx}'],
          environment: 'happy-dom',
          testTimeout: 30_000,
          setupFiles: ['fake-indexeddb/auto', 'tests/setup/i18n.ts'],
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['tests/harness/global-setup.ts'],
        },
      },
      {
        // The release check rebuilds from the sources archive (npm ci + build): minutes, not seconds.
        test: {
          name: 'release',
          include: ['tests/release/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
