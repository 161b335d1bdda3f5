// Where a Chromium is on this machine: $CHROMIUM_PATH, else the system's
// (Debian's package and the usual names), else one Playwright downloaded.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** @returns {string | null} */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const system = CANDIDATES.find((p) => existsSync(p));
  if (system) return system;
  const playwrights = chromium.executablePath();
  return playwrights && existsSync(playwrights) ? playwrights : null;
}
