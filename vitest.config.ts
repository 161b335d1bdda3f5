/** Unit tests: pure code in src/lib and the content files, no browser, no build. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
});
