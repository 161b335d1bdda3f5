/**
 * Every built page is valid HTML by the Nu Html Checker (vnu, the W3C's
 * checker, from npm's vnu-jar; it needs Java 8 or newer on the PATH or in
 * $JAVA_HOME). One run checks all pages at once (the JVM starts once), and the
 * test lists each error with its page, line and extract.
 */
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { DIST, builtPagePaths } from '../support/built-site';

const require = createRequire(import.meta.url);
const VNU_JAR: string = require('vnu-jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

function java(): string {
  const home = process.env.JAVA_HOME;
  return home && existsSync(join(home, 'bin', 'java')) ? join(home, 'bin', 'java') : 'java';
}

test('the Nu Html Checker finds no error on any built page', () => {
  test.setTimeout(120_000);
  const files = builtPagePaths().map((p) => p.file);
  expect(files.length).toBeGreaterThan(20);
  const run = spawnSync(java(), ['-Xss2m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`Could not start Java for the Nu Html Checker (${run.error.message}). Install Java 8 or newer (Debian: apt-get install default-jre-headless).`);
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(run.stdout) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`The Nu Html Checker did not answer in JSON (exit ${run.status}): ${run.stderr || run.stdout}`);
  }
  const errors = messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${relative(DIST, decodeURIComponent(new URL(m.url).pathname))}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` [${m.extract.trim().slice(0, 100)}]` : ''}`);
  expect(errors, `${errors.length} errors`).toEqual([]);
});
