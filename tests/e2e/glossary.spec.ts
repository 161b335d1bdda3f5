/**
 * The glossary on the built site: the page with every entry, its names and
 * its sources; the terms marked in the parts, whose definitions open in place
 * on hover, focus or tap and stay plain links without JS; and search's
 * Glossary kind.
 */
import sourcesData from '../../content/data/sources.json' with { type: 'json' };
import { sourcesById, sourcesFileSchema } from '../../src/lib/sources';
import { glossaryFileSchema } from '../../src/lib/glossary/schema';
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations, holdLateStyles, watchPage } from '../support/browser';

const SOURCES = sourcesById(sourcesFileSchema.parse(sourcesData));

const data = glossaryFileSchema.parse(JSON.parse(readFileSync(new URL('../../content/data/glossary.json', import.meta.url), 'utf8')));
const PART4 = '/analysis/the-independents/';
const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 900 };
const DOM0 = 'a.term[data-term="dom0"]';

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test('the glossary lists every term with its anchor, names then and now, and sources that leave the site by link only', async ({ page, baseURL }) => {
  const watch = await watchPage(page, baseURL!);
  await page.goto('/glossary/');
  await expect(page.locator('.glossary-entry')).toHaveCount(data.terms.length);
  for (const term of data.terms) {
    const entry = page.locator('.glossary-entry').filter({ has: page.locator(`h2#term-${term.id}`) });
    await expect(entry.locator('h2 dfn')).toHaveText(term.term);
    await expect(entry.locator('.glossary-names')).toContainText(term.then);
    await expect(entry.locator('.glossary-names')).toContainText(term.now);
    const links = entry.locator('.glossary-sources a.external-link');
    await expect(links).toHaveCount(term.sources.length * 2);
    for (const [i, ref] of term.sources.entries()) {
      const source = SOURCES[ref.source];
      await expect(links.nth(2 * i)).toHaveAttribute('href', source.url!);
      await expect(links.nth(2 * i + 1)).toHaveAttribute('href', `https://web.archive.org/web/${source.checked!.replaceAll('-', '')}/${source.url}`);
      await expect(links.nth(2 * i)).toHaveAccessibleName(/leaves this site/);
      await expect(links.nth(2 * i + 1)).toHaveAccessibleName(/leaves this site/);
    }
  }
  // Links only: the page itself fetches nothing from another origin, and its CSP is intact.
  expect(watch.foreignRequests).toEqual([]);
  expect(await watch.cspViolations()).toEqual([]);
  expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toContain("default-src 'self'");
  const arrow = await page.locator('.glossary-sources a.external-link').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(arrow).toContain('↗');
});

test('a cited entry lands in view at a phone’s width, with nothing scrolling sideways', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/glossary/#term-ivm');
  await expect(page.locator('#term-ivm')).toBeInViewport();
  await noSidewaysScroll(page);
});

test('each part marks only the first use of a term, never in a heading, and frozen editions are left as published', async ({ page }) => {
  test.setTimeout(120_000); // six pages
  for (const part of ['/analysis/why-it-matters/', '/analysis/building-into-the-os/', '/analysis/maintaining-independence/', PART4, '/analysis/conclusion/']) {
    await page.goto(part);
    const ids = await page.locator('main a.term').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.term!));
    expect(ids.length, part).toBeGreaterThan(1);
    expect(new Set(ids).size, `${part}: one link per term`).toBe(ids.length);
    await expect(page.locator(':is(h1, h2, h3, .editor-note, .hindsight-note, .sidenote) a.term')).toHaveCount(0);
  }
  await page.goto('/analysis/building-into-the-os/');
  await expect(page.locator('a.term[data-term="amd-v"]')).toHaveText('Pacifica');
  await expect(page.locator('a.term[data-term="viridian"]')).toHaveText('Viridian');
  await page.goto('/editions/2026-11/analysis/building-into-the-os/');
  await expect(page.locator('a.term')).toHaveCount(0);
});

test.describe('on a wide screen', () => {
  test.use({ viewport: DESKTOP });

  test('hovering a term shows its short definition under it; moving away hides it; a click goes to the entry', async ({ page }) => {
    await page.goto(PART4);
    const term = page.locator(DOM0);
    const tip = page.locator('#tip-dom0');
    await expect(tip).toBeHidden();
    await term.hover();
    await expect(tip).toBeVisible();
    await expect(tip).toHaveText(data.terms.find((t) => t.id === 'dom0')!.short);
    const termBox = (await term.boundingBox())!;
    const tipBox = (await tip.boundingBox())!;
    expect(tipBox.y).toBeGreaterThanOrEqual(termBox.y + termBox.height - 1);
    expect(tipBox.y - (termBox.y + termBox.height)).toBeLessThan(20);
    // The definition can be hovered without closing (so it can be read or selected).
    await page.mouse.move(tipBox.x + 10, tipBox.y + 10, { steps: 4 });
    await expect(tip).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(tip).toBeHidden();
    await term.click();
    await expect(page).toHaveURL(/\/glossary\/#term-dom0$/);
    await expect(page.locator('#term-dom0')).toBeInViewport();
  });

  test('a definition reached for before the late stylesheets arrive (a slow phone) shows once they do, styled, never as loose text', async ({ page }) => {
    const release = await holdLateStyles(page);
    await page.goto(PART4);
    const term = page.locator(DOM0);
    const tip = page.locator('#tip-dom0');
    // The definitions have arrived (the term is described by one), the stylesheets have not.
    await expect(term).toHaveAttribute('aria-describedby', 'tip-dom0');
    await term.hover();
    await page.waitForTimeout(300);
    await expect(tip, 'not shown unstyled in the line of text').toBeHidden();
    release();
    await expect(tip).toBeVisible();
    expect(await tip.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
    const termBox = (await term.boundingBox())!;
    expect((await tip.boundingBox())!.y).toBeGreaterThanOrEqual(termBox.y + termBox.height - 1);
  });

  test('keyboard focus shows the definition, which is also the link’s description; Escape hides it and keeps focus', async ({ page }) => {
    await page.goto(PART4);
    const term = page.locator(DOM0);
    const tip = page.locator('#tip-dom0');
    await term.focus();
    await expect(tip).toBeVisible();
    await expect(term).toHaveAccessibleDescription(data.terms.find((t) => t.id === 'dom0')!.short);
    expect(await axeViolations(page), 'axe with a definition open').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(term).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(tip).toBeHidden();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('a first tap opens the definition in place, inside the screen; a second tap follows the link', async ({ page }) => {
    await page.goto(PART4);
    const term = page.locator(DOM0);
    const tip = page.locator('#tip-dom0');
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(tip).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${PART4}$`));
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await noSidewaysScroll(page);
    await term.tap();
    await expect(page).toHaveURL(/\/glossary\/#term-dom0$/);
  });

  test('a tap elsewhere closes the definition', async ({ page }) => {
    await page.goto(PART4);
    const term = page.locator(DOM0);
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(page.locator('#tip-dom0')).toBeVisible();
    await page.locator('h1').tap();
    await expect(page.locator('#tip-dom0')).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a term is a plain link to its entry, its definition kept out of sight', async ({ page }) => {
    await page.goto(PART4);
    const term = page.locator(DOM0);
    await term.hover();
    await expect(page.locator('#tip-dom0')).toBeHidden();
    await term.click();
    await expect(page).toHaveURL(/\/glossary\/#term-dom0$/);
    await expect(page.locator('#term-dom0')).toBeInViewport();
  });
});

test('search finds a glossary entry under its own kind, and the link lands on the entry', async ({ page }) => {
  await page.goto('/glossary/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Show').selectOption('glossary');
  await page.locator('#search-input').fill('Pacifica');
  const results = dialog.locator('.search-result');
  await expect(results).toHaveCount(1);
  await expect(results.locator('.search-title')).toHaveText('Glossary');
  await expect(results.locator('.search-where')).toHaveText('Glossary');
  const hit = results.locator('.search-hits a').first();
  await expect(hit).toContainText('Glossary · ');
  await expect(hit).toHaveAttribute('href', '/glossary/?highlight=pacifica#term-amd-v');
  await hit.click();
  await expect(page.locator('#term-amd-v')).toBeInViewport();
});
