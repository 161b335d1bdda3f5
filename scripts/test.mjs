#!/usr/bin/env node
// npm test: every check, in the order a failure is cheapest to find.
//   1. type check (astro check)          4. build the site with its search index
//   2. originality of the wording         5. find or install Chromium
//   3. unit tests (Vitest)               6. browser and built-site tests (Playwright)
// Ends with one plain line, "N passed, N failed", counting every test and
// every gate, which CI reads. Also written to .reports/summary.txt.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

// The tests read the built site at the local preview's origin: say so explicitly (src/lib/site.ts), whatever
// origin site.config.json commits for production. SITE_URL, if set, still wins.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOCAL_PREVIEW: '1', FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR };
let passed = 0;
let failed = 0;
const notes = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function gate(label, ok) {
  if (ok) passed++;
  else {
    failed++;
    notes.push(`${label} failed`);
  }
  return ok;
}

function countFromReport(file, read) {
  if (!existsSync(file)) return null;
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

function finish() {
  const line = `${passed} passed, ${failed} failed`;
  mkdirSync('.reports', { recursive: true });
  writeFileSync('.reports/summary.txt', `${notes.join('\n')}${notes.length ? '\n' : ''}${line}\n`);
  if (notes.length) console.log(`\n${notes.join('\n')}`);
  console.log(`\n${line}`);
  process.exit(failed ? 1 : 0);
}

rmSync('.reports', { recursive: true, force: true });

if (!gate('type check', run('type check', 'npx', ['astro', 'check']))) finish();

const originality = '../shared/tools/originality.py';
if (existsSync(originality)) {
  gate('originality check', run('originality', 'python3', [originality, 'content', 'src', 'public', 'README.md']));
} else {
  console.log(`\n▶ originality: skipped (${originality} is not beside this checkout)`);
}

const unitOk = run('unit tests', 'npx', ['vitest', 'run']);
const unit = countFromReport('.reports/vitest.json', (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
if (unit) {
  passed += unit.passed;
  failed += unit.failed;
  if (unit.failed) notes.push(`unit tests: ${unit.failed} failed`);
  if (!unitOk && !unit.failed) gate('unit tests (runner error)', false);
} else gate('unit tests (no report)', unitOk && false);

if (!gate('build', run('build', 'npx', ['astro', 'build']))) finish();
if (!gate('browser available', run('browser', 'node', ['scripts/ensure-chromium.mjs']))) finish();

const e2eOk = run('browser and built-site tests', 'npx', ['playwright', 'test']);
const e2e = countFromReport('.reports/playwright.json', (r) => ({ passed: r.stats.expected + (r.stats.flaky ?? 0), failed: r.stats.unexpected }));
if (e2e) {
  passed += e2e.passed;
  failed += e2e.failed;
  if (e2e.failed) notes.push(`browser tests: ${e2e.failed} failed`);
  if (!e2eOk && !e2e.failed) gate('browser tests (runner error)', false);
} else gate('browser tests (no report)', false);

finish();
