/**
 * Browser tests run against the built site (dist/), served by `astro preview`
 * on port 4322 (4321 stays free for `npm start`). The browser is Debian's
 * Chromium (scripts/ensure-chromium.mjs finds or installs it); Playwright's
 * own browser download is never used.
 */
import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.mjs';

// E2E_PORT lets two checkouts on one machine run their browser tests at once.
const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Several checkouts build and test at once on two cores (load average 40 measured): an island can take 10 s
  // to hydrate then. Longer waits change nothing when the page is right; a wrong page still fails.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: chromiumPath() ?? undefined,
      // Without the networking flags Chromium floods this machine's closed network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    // A loaded machine (several checkouts testing at once) can take most of a minute to start the server.
    timeout: 120_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
