/**
 * Builds of fixture sites, one at a time (two `astro build`s in one project
 * must not overlap):
 * 1. deploying under a base path on another host;
 * 2. a second edition: the text is frozen with `npm run edition`, one
 *    paragraph is reworded, and the built site must keep the old edition
 *    readable and tell a reader who follows an old citation.
 */
import { test, expect } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBuiltSite, isRedirectStub } from '../support/built-site';

const ROOT = join(import.meta.dirname, '..', '..');
test.describe.configure({ mode: 'serial', timeout: 180_000 });

function build(env: Record<string, string>) {
  execFileSync('npx', ['astro', 'build'], { cwd: ROOT, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'pipe' });
}

test.describe('deploying under a base path', () => {
  const OUT = join(ROOT, 'dist-base-path-test');
  const SITE = 'https://hypervisor-home.example.org';
  const BASE = '/reading/hh/';

  test('every canonical, link, asset, header rule and redirect carries https://…/reading/hh/', () => {
    rmSync(OUT, { recursive: true, force: true });
    build({ SITE_URL: SITE, BASE_PATH: BASE, OUT_DIR: OUT });
    try {
      const pages = loadBuiltSite(OUT);
      expect(pages.length).toBeGreaterThan(8);
      const problems: string[] = [];
      for (const page of pages) {
        const canonical = page.document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
        if (!canonical.startsWith(`${SITE}${BASE}`)) problems.push(`${page.path}: canonical ${canonical}`);
        if (!isRedirectStub(page) && page.path !== '/404.html' && canonical !== `${SITE}${BASE}${page.path.slice(1)}`) problems.push(`${page.path}: canonical ${canonical} names another page`);
        for (const el of page.document.querySelectorAll('a[href], link[href], script[src], img[src]')) {
          const ref = el.getAttribute('href') ?? el.getAttribute('src')!;
          if (ref.startsWith('#') || ref.startsWith(SITE) || /^(https?|data):/.test(ref)) continue;
          if (!ref.startsWith(BASE)) {
            problems.push(`${page.path}: ${ref} is outside the base path`);
            continue;
          }
          const file = join(OUT, decodeURIComponent(ref.slice(BASE.length).split('#')[0]));
          if (!existsSync(file)) problems.push(`${page.path}: ${ref} does not exist in the build`);
        }
      }
      expect(problems).toEqual([]);
      expect(readFileSync(join(OUT, '_redirects'), 'utf8')).toContain(`${BASE}analysis/opening/ ${BASE}analysis/why-it-matters/ 301`);
      expect(readFileSync(join(OUT, '_headers'), 'utf8')).toContain(`\n${BASE}analysis/conclusion/\n  Content-Security-Policy: `);
    } finally {
      rmSync(OUT, { recursive: true, force: true });
    }
  });
});

test.describe('a second edition', () => {
  const PORT = Number(process.env.E2E_PORT ?? 4322) + 18;
  const origin = `http://127.0.0.1:${PORT}`;
  let dir = '';
  let server: ChildProcess | undefined;
  const NEW_WORDING = 'Whoever owns the virtualization layer gains reach and control; this sentence exists only in the fixture’s second edition.';

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hh-editions-'));
    const content = join(dir, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const env = { ...process.env, CONTENT_DIR: content };
    execFileSync('npx', ['tsx', 'scripts/new-edition.ts', '2027-03', 'March 2027 edition', 'Reworded one paragraph of §2 for the editions test.'], { cwd: ROOT, env, stdio: 'pipe' });
    const part = join(content, 'analysis', 'building-into-the-os.mdx');
    const source = readFileSync(part, 'utf8');
    const reworded = source.replace(/^\[#p-control\] .*$/m, `[#p-control] ${NEW_WORDING}`);
    expect(reworded).not.toBe(source);
    writeFileSync(part, reworded);
    build({ CONTENT_DIR: content, OUT_DIR: join(dir, 'dist') });
    server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { cwd: ROOT, env: { ...env, OUT_DIR: join(dir, 'dist'), ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore', detached: true });
    for (let i = 0; i < 100; i++) {
      if (await fetch(`${origin}/`).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the fixture preview server did not start');
  });

  test.afterAll(() => {
    if (server?.pid) process.kill(-server.pid);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // The fixture freezes the current edition (2026-12) and rewords §2's p-control in a new one (2027-03).
  test('the past edition stays readable at its own URL, as it was', async ({ page }) => {
    await page.goto(`${origin}/editions/2026-12/analysis/building-into-the-os/#p-control`);
    await expect(page.getByRole('note').filter({ hasText: 'You are reading the December 2026 edition' })).toBeVisible();
    await expect(page.locator('#p-control')).toContainText('worth less is not worthless');
    await expect(page.locator('#p-control')).not.toContainText(NEW_WORDING);
    const later = page.locator('details.changed-note[data-for="p-control"]');
    await expect(later.locator('summary')).toHaveText('Reworded since this edition');
    await expect(later).toContainText(`Today: “${NEW_WORDING}”`);
    await page.goto(`${origin}/changelog/`);
    await expect(page.getByRole('heading', { name: 'March 2027 edition (current)' })).toBeVisible();
    await expect(page.getByRole('link', { name: '§2 Building into the OS' }).first()).toHaveAttribute('href', '/editions/2026-12/analysis/building-into-the-os/');
  });

  test('the current text marks the reworded paragraph, even without a hint from the link', async ({ page }) => {
    await page.goto(`${origin}/analysis/building-into-the-os/`);
    await expect(page.locator('#p-control')).toContainText(NEW_WORDING);
    const note = page.locator('details.changed-note[data-for="p-control"]');
    await expect(note.locator('summary')).toHaveText('Reworded since November 2026 and December 2026');
    await expect(note).not.toHaveAttribute('open', '');
    // Only p-control changed since December 2026; older notes name only November.
    await expect(page.locator('details.changed-note[data-changed-since~="2026-12"]')).toHaveCount(1);
    await page.getByText('Cite this section').click();
    await expect(page.locator('#cite-apa')).toContainText('March 2027 edition');
  });

  test('a reader arriving from the old edition’s citation is told, and sees both wordings', async ({ page }) => {
    await page.goto(`${origin}/analysis/building-into-the-os/?edition=2026-12#p-control`);
    const note = page.locator('details.changed-note[data-for="p-control"]');
    await expect(note).toHaveAttribute('open', '');
    await expect(note).toHaveAttribute('data-arrived', '');
    await expect(page.locator('[data-cite-status]')).toContainText('reworded since the edition your link was copied from');
    await expect(page.locator('#p-control')).toContainText(NEW_WORDING);
    await expect(note).toContainText('In the December 2026 edition: “An OS vendor that owns the virtualization layer');
    await expect(note.getByRole('link', { name: 'Read it in that edition' }).last()).toHaveAttribute('href', '/editions/2026-12/analysis/building-into-the-os/#p-control');
  });

  test('an unchanged paragraph, or a link from the current edition, raises nothing', async ({ page }) => {
    await page.goto(`${origin}/analysis/building-into-the-os/?edition=2026-12#p-all-vendors`);
    await expect(page.locator('[data-cite-status]')).toHaveText('');
    await page.goto(`${origin}/analysis/building-into-the-os/?edition=2027-03#p-control`);
    await expect(page.locator('details.changed-note[data-for="p-control"]')).not.toHaveAttribute('open', '');
  });
});
