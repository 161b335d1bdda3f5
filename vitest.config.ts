/** Unit tests: pure code in src/lib and the content files, no browser, no build. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests and parsers are CPU-bound: on a busy 2-core machine the 5 s default times out
    // without anything being wrong. A real hang still fails.
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
});
