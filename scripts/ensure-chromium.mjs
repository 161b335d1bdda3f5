#!/usr/bin/env node
// Makes sure the browser tests have a Chromium. Finds one ($CHROMIUM_PATH or
// the usual paths); if there is none and this is Debian/Ubuntu as root,
// installs Debian's package; otherwise says the one command that gets one.
// Playwright's own browser download is not used: it cannot reach its CDN on
// machines that only reach the npm registry and Debian's packages.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const found = chromiumPath();
if (found) {
  console.log(`browser tests: using ${found}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('browser tests: no Chromium found; installing Debian\'s (apt-get install chromium)...');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error('Installing Chromium with apt-get failed (see above).');
    process.exit(1);
  }
  if (chromiumPath()) process.exit(0);
}

console.error(`
The browser tests need Chromium, and none was found.
Get one with the command for your system, then run npm test again:
  Debian/Ubuntu:  sudo apt-get install chromium
  macOS:          brew install --cask chromium
  any system:     npx playwright install chromium   (downloads Playwright's build)
Or point CHROMIUM_PATH at a Chromium or Chrome you already have.`);
process.exit(1);
