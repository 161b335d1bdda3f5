/** Unit tests: pure code in src/lib and the content files, no browser, no build. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Several checkouts test at once on two cores: a test that takes 1 s alone can take 20 s then. A hung
    // test still fails, after a minute; the citeproc-js tests set longer limits of their own.
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
});
