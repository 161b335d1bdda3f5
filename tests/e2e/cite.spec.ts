/**
 * Citing, as a reader does it on the built site: copy a section's citation,
 * download it, cite a paragraph from its ¶ link, copy a quote with a link
 * back to the words, and read citations without JavaScript.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { renderAccessed, today } from '../../src/lib/accessed-date';

// The current edition, as the site names it in citations (content/editions.json).
const editions = JSON.parse(readFileSync(new URL('../../content/editions.json', import.meta.url), 'utf8')) as Array<{ id: string; label: string }>;
const CURRENT = editions[editions.length - 1];
import { axeViolations, holdLateStyles } from '../support/browser';

const PART2 = '/analysis/building-into-the-os/';
const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copying a section citation puts today’s citation on the clipboard and says so', async ({ page, baseURL }) => {
  await page.goto(PART2);
  await page.getByText('Cite this section').click();
  const apa = page.locator('#cite-apa');
  await expect(apa).toBeVisible();
  await expect(apa).toContainText('§2 Building into the OS');
  await expect(apa).toContainText(CURRENT.label);
  // The official APA style prints no retrieval date for a dated, archived edition; the link names the edition.
  await expect(apa).toContainText(`${new URL(PART2, 'http://127.0.0.1:4321').href}?edition=${CURRENT.id}`);
  await expect(apa).not.toContainText('Retrieved');
  await page.getByRole('button', { name: 'Copy APA 7' }).click();
  expect(await clipboard(page)).toBe(await apa.textContent());
  await expect(page.locator('[data-cite-status]')).toHaveText('APA 7 citation copied');
  await expect(page.getByRole('button', { name: 'Copy APA 7' })).toHaveAttribute('data-copied', '');
  expect(baseURL).toBeTruthy();
});

test('a part’s panel carries one format in its HTML and adds the other five when opened, with copy buttons', async ({ page }) => {
  test.slow(); // axe over a whole part is slow on a busy machine: a budget, not a timing assertion
  const json: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/citations.json')) json.push(r.url());
  });
  // A reader's clock on a day that is neither the build's nor the edition's.
  await page.clock.setFixedTime(new Date(2031, 2, 4, 12));
  await page.goto(PART2);
  await expect(page.locator('#cite .citation-text')).toHaveCount(1);
  expect(json).toEqual([]);
  await page.getByText('Cite this section').click();
  for (const format of ['apa', 'chicago', 'mla', 'bibtex', 'ris', 'csl-json']) await expect(page.locator(`#cite-${format}`)).toBeVisible();
  // The added formats carry the reader's access date, not the sentinel or the build's: BibTeX's urldate (APA,
  // Chicago and MLA print none for a dated edition; MLA's date is the edition's own).
  await expect(page.locator('#cite-bibtex')).toContainText('urldate     = {2031-03-04}');
  await expect(page.locator('#cite [data-cite-more]')).toBeHidden();
  await page.getByRole('button', { name: 'Copy MLA 9' }).click();
  expect(await clipboard(page)).toBe(await page.locator('#cite-mla').textContent());
  expect(await axeViolations(page)).toEqual([]);
});

test('BibTeX and RIS download as files with today’s access date', async ({ page }) => {
  await page.goto(PART2);
  await page.getByText('Cite this section').click();
  for (const [label, name, date] of [
    ['Download .bib', 'analysis-building-into-the-os.bib', renderAccessed('bibtex', today())],
    ['Download .ris', 'analysis-building-into-the-os.ris', renderAccessed('ris', today())],
  ]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#cite').getByRole('link', { name: label }).click()]);
    expect(download.suggestedFilename()).toBe(name);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain(date);
    expect(text).toContain(`building-into-the-os/?edition=${CURRENT.id}`);
  }
});

test('a paragraph’s ¶ link opens its citation, with its own link, and Escape returns focus', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(PART2);
  const pilcrow = page.locator('#p-control > a.self-link');
  await pilcrow.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Cite this paragraph' });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/#p-control$/);
  await expect(dialog.getByRole('textbox', { name: 'Link to this paragraph' })).toHaveValue(new RegExp(`/analysis/building-into-the-os/\\?edition=${CURRENT.id}#p-control$`));
  // Cited by its number, which the page shows beside the paragraph.
  const number = await page.locator('#p-control > .para-number').textContent();
  expect(number).toMatch(/^\d+$/);
  await expect(dialog.locator('#cite-dialog-apa')).toContainText(`§2 Building into the OS, para. ${number}`);
  await expect(dialog.locator('#cite-dialog-bibtex')).toContainText(`urldate     = {${renderAccessed('bibtex', today())}}`);
  await expect(dialog.getByRole('link', { name: 'Download .ris' })).toHaveAttribute('href', /^data:application\/x-research-info-systems/);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  expect(await clipboard(page)).toMatch(new RegExp(`\\?edition=${CURRENT.id}#p-control$`));
  await dialog.getByRole('button', { name: 'Copy Chicago (author-date)' }).click();
  expect(await clipboard(page)).toContain(`“§2 Building into the OS, para. ${number}.”`);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(pilcrow).toBeFocused();
});

test('a paragraph’s citation asked for before the late stylesheets arrive (a slow phone) opens once they do, styled', async ({ page }) => {
  const release = await holdLateStyles(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(PART2);
  await page.locator('#p-control > a.self-link').click();
  const dialog = page.getByRole('dialog', { name: 'Cite this paragraph' });
  await page.waitForTimeout(500);
  await expect(dialog, 'not opened unstyled').toHaveCount(0);
  release();
  await expect(dialog).toBeVisible();
  // Styled by late.css (its rounded border, which the browser's own dialog style lacks).
  expect(await dialog.evaluate((el) => getComputedStyle(el).borderRadius)).toBe('8px');
});

test('selected words copy as a quote with its citation and a link to those words', async ({ page, browserName }) => {
  expect(browserName).toBe('chromium');
  await page.goto(PART2);
  const words = 'worth less is not worthless';
  await page.locator('#p-control').evaluate((p, w) => {
    const text = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(w))!;
    const start = text.textContent!.indexOf(w);
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + w.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, words);
  const button = page.getByRole('button', { name: 'Copy quote with link' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.locator('[data-cite-status]')).toHaveText('Quote with link copied');
  const copied = await clipboard(page);
  const [quoteLine, link] = copied.split('\n');
  const number = await page.locator('#p-control > .para-number').textContent();
  expect(quoteLine).toBe(`“${words}” (Hypervisor Home project, 2026, Section 2, para. ${number})`);
  expect(link).toMatch(new RegExp(`/analysis/building-into-the-os/\\?edition=${CURRENT.id}#p-control:~:text=worth%20less%20is%20not%20worthless$`));
  // The link lands on the quoted paragraph.
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.locator('#p-control')).toBeInViewport();
});

test('every work offers citations, pages about the site do not, and each part has a page of paragraph citations', async ({ page }) => {
  for (const path of ['/', '/analysis/', '/hindsight/', '/editions/2026-11/analysis/building-into-the-os/']) {
    await page.goto(path);
    await expect(page.locator('details#cite > summary')).toBeVisible();
  }
  for (const path of ['/about/', '/changelog/', '/cite/', '/tools/']) {
    await page.goto(path);
    await expect(page.locator('details#cite')).toHaveCount(0);
  }
  await page.goto('/analysis/#cite');
  await expect(page.locator('details#cite')).toHaveAttribute('open', '');
  await expect(page.locator('#cite-apa')).toContainText('Hypervisor Home, reworked');
  await page.goto('/analysis/building-into-the-os/cite/');
  await expect(page.locator('#cite-p-control-apa')).toContainText(/§2 Building into the OS, para\. \d+\./);
  await expect(page.locator('.paragraph-citations')).toHaveCount(10);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('citations are on the page, selectable, with downloads but no dead copy buttons', async ({ page }) => {
    await page.goto(PART2);
    await page.getByText('Cite this section').click();
    // Without JS the access date is the build date (npm test builds the site the same day), and the panel says so.
    await expect(page.locator('#cite-apa')).toContainText('Building into the OS');
    await expect(page.locator('#cite .cite-intro')).toContainText('with JavaScript off, the day the site was built');
    await expect(page.locator('#cite-apa')).toHaveCSS('user-select', 'all');
    await expect(page.getByRole('button', { name: /^Copy / })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Citations for each paragraph' })).toHaveAttribute('href', '/analysis/building-into-the-os/cite/');
    // A part's page carries APA; the other five formats and their downloads are one link away.
    await page.locator('#cite').getByRole('link', { name: /^Chicago, MLA, BibTeX, RIS and CSL-JSON/ }).click();
    await expect(page).toHaveURL(/\/analysis\/building-into-the-os\/cite\/#cite-section$/);
    await expect(page.locator('#cite-section-bibtex')).toContainText(`urldate     = {${renderAccessed('bibtex', today())}}`);
    await expect(page.locator('#cite-section-chicago')).toHaveCSS('user-select', 'all');
    await expect(page.getByRole('link', { name: 'Download .bib' }).first()).toHaveAttribute('href', /^data:application\/x-bibtex/);
  });
});

test('the how-to-cite page explains each case with examples', async ({ page }) => {
  await page.goto('/cite/');
  for (const heading of ['The whole analysis', 'The original note', 'A section', 'A paragraph', 'A quotation', 'A calculator scenario', 'Editions and access dates']) {
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  }
  await expect(page.locator('.citation-examples')).toContainText('Haff, G. (2006). Hypervisor Home [Quick Note]. Illuminata, Inc.');
});
