/**
 * The TCO calculator, as a reader uses it: change inputs and see results,
 * charts and the link follow; share and reload the scenario; bad input and
 * hand-edited links; export and import; and the page without JavaScript.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const PAGE = '/tools/tco/';

async function ready(page: Page, url = PAGE) {
  // Any error in the page (a hydration mismatch included) fails the test.
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(url);
  await page.locator('.tco').scrollIntoViewIfNeeded();
  await expect(page.locator('.tco[data-hydrated]')).toBeVisible();
}
const total = (page: Page, id: string) => page.locator(`#tco-row-${id} td[data-label="Total"]`).textContent();

test('changing an input updates results, charts and the link at once', async ({ page }) => {
  await ready(page);
  const before = await total(page, 'B');
  const chartBefore = await page.locator('.tco-chart-stacked svg').innerHTML();
  await page.getByLabel('Windows VMs').fill('900');
  await expect(page.locator('#tco-row-B td[data-label="Total"]')).not.toHaveText(before!);
  expect(await page.locator('.tco-chart-stacked svg').innerHTML()).not.toBe(chartBefore);
  await expect(page).toHaveURL(/[?&]windowsVms=900(&|$)/);
  await expect(page.locator('body')).not.toContainText(/NaN|Infinity|undefined/);
});

test('a copied link reproduces the scenario after a reload and in another browser', async ({ page, browser }) => {
  await ready(page);
  await page.getByLabel('Linux VMs').fill('120');
  await page.locator('#tco-hostPrice').fill('31000');
  await page.getByLabel('In one shared pool').selectOption('pinned');
  await expect(page).toHaveURL(/winPlacement=pinned/);
  const url = page.url();
  const totals = await Promise.all(['A', 'B', 'C'].map((id) => total(page, id)));
  await page.reload();
  await page.locator('.tco').scrollIntoViewIfNeeded(); // the island hydrates when it comes into view
  await page.locator('.tco[data-hydrated]').waitFor();
  expect(await Promise.all(['A', 'B', 'C'].map((id) => total(page, id)))).toEqual(totals);
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(url);
  await fresh.locator('.tco').scrollIntoViewIfNeeded();
  await fresh.locator('.tco[data-hydrated]').waitFor();
  await expect(fresh.locator('#tco-hostPrice')).toHaveValue('31000');
  expect(await Promise.all(['A', 'B', 'C'].map((id) => total(fresh, id)))).toEqual(totals);
  await other.close();
});

test('bad input gets a message beside the field and loses nothing', async ({ page }) => {
  await ready(page);
  await page.getByLabel('Linux VMs').fill('250');
  const kept = await total(page, 'A');
  for (const [value, message] of [
    ['abc', 'Host price must be a number from 0 to 1,000,000; “abc” is not a number.'],
    ['', 'Host price is empty: enter a number from 0 to 1,000,000.'],
    ['-5', 'Host price must be a number from 0 to 1,000,000.'],
    ['1e400', 'Host price must be a number from 0 to 1,000,000.'],
  ]) {
    await page.locator('#tco-hostPrice').fill(value);
    const field = page.locator('#tco-hostPrice');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#tco-hostPrice-error')).toContainText(message);
    expect(await total(page, 'A')).toBe(kept);
    await expect(page.getByLabel('Linux VMs')).toHaveValue('250');
    await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);
  }
  await page.locator('#tco-hostPrice').fill('20000');
  await expect(page.locator('#tco-hostPrice')).not.toHaveAttribute('aria-invalid', 'true');
});

test('a hand-edited link keeps what it can and says what it ignored', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await ready(page, `${PAGE}?v=1&pb=today@1&windowsVms=abc&linuxVms=200&colour=blue&vmsPerHost=0`);
  const notices = page.getByRole('alert');
  await expect(notices).toContainText('Ignored windowsVms=“abc”');
  await expect(notices).toContainText('Ignored an unknown setting “colour”');
  await expect(notices).toContainText('Ignored vmsPerHost=“0”');
  await expect(page.getByLabel('Linux VMs')).toHaveValue('200');
  await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);
  expect(errors).toEqual([]);
});

test('CSV and JSON export download, and JSON imports back', async ({ page }) => {
  await ready(page);
  await page.getByLabel('Windows VMs').fill('444');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('tco-scenario.csv');
  const csvText = readFileSync((await csv.path())!, 'utf8');
  expect(csvText).toContain('Windows VMs,444,VMs');
  expect(csvText).toMatch(/\nYear,Windows VMs,Linux VMs,A hosts/);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const jsonPath = (await json.path())!;
  await page.getByLabel('Windows VMs').fill('10');
  await page.locator('.tco-import input[type=file]').setInputFiles({ name: 'scenario.json', mimeType: 'application/json', buffer: readFileSync(jsonPath) });
  await expect(page.getByLabel('Windows VMs')).toHaveValue('444');
  await expect(page.locator('.tco-status')).toHaveText('Imported scenario.json');
});

test('price books, their sources, and the choices where sources disagree', async ({ page }) => {
  await ready(page);
  await expect(page.locator('#tco-pue-help')).toContainText('Source: Uptime Institute survey');
  await expect(page.locator('#tco-hostPrice-help')).toContainText('Assumption');
  const b = await total(page, 'B');
  await page.getByLabel('Withdrawn (Redress)').check();
  await expect(page.getByLabel('Minimum order (per-core)')).toHaveValue('0');
  expect(await total(page, 'B')).toBeDefined();
  await page.getByLabel('Windows VMs').fill('77');
  await page.getByLabel('Defaults and sources').selectOption('2006@1');
  await expect(page.getByLabel('Windows VMs')).toHaveValue('77'); // the shop is kept
  await expect(page.locator('#tco-hostPrice')).toHaveValue('8000'); // the prices are 2006's
  await expect(page.locator('#tco-indHvPrice-help')).toContainText('InfoWorld');
  await expect(page).toHaveURL(/pb=2006@1/);
  expect(b).toBeTruthy();
});

test('show the working: every cost line with its formula and numbers', async ({ page }) => {
  await ready(page);
  await page.getByText(/^B\. Independent, one pool: \$/).click();
  const working = page.locator('.tco-working[open]');
  await expect(working).toContainText('max(');
  await expect(working).toContainText('cores × $135 per core per year');
  await expect(working).toContainText('hosts × $25,000');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the default results are on the page, and it says what the interactive version adds', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole('note').filter({ hasText: 'With JavaScript on, you can change every input' })).toBeVisible();
    await expect(page.locator('#tco-row-A td[data-label="Total"]')).toHaveText(/^\$[\d,]+$/);
    await expect(page.getByLabel('Windows VMs')).toBeDisabled();
    await expect(page.locator('.tco-chart-stacked svg')).toBeVisible();
  });
});

test.describe('citing a scenario', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('the citation carries the scenario’s own link and today’s date', async ({ page }) => {
    await ready(page);
    await page.getByLabel('Windows VMs').fill('321');
    await page.getByText('Cite this scenario').click();
    const apa = page.locator('#cite-scenario-apa');
    await expect(apa).toContainText('TCO calculator: a saved scenario');
    await expect(apa).toContainText(/\/tools\/tco\/\?v=1&pb=today@1&windowsVms=321&edition=\d{4}-\d{2}$/);
    await page.getByRole('button', { name: 'Copy APA 7' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await apa.textContent());
    const bib = await page.locator('#cite-scenario-bibtex').textContent();
    expect(bib).toContain('windowsVms=321');
    // Its key names this scenario: another scenario gets another key, so one .bib can hold both.
    const key = /^@techreport\{([^,]+),/.exec(bib ?? '')?.[1];
    expect(key).toMatch(/^hypervisorhome_\d{4}_\d{2}_tco_s[0-9a-z]{7}$/);
    await page.getByLabel('Windows VMs').fill('322');
    await expect(page.locator('#cite-scenario-bibtex')).toContainText('windowsVms=322');
    expect(await page.locator('#cite-scenario-bibtex').textContent()).not.toContain(`{${key},`);
  });
});

test('one pool can have hardware of its own, and only that strategy changes', async ({ page }) => {
  await ready(page);
  const [a, c] = [await total(page, 'A'), await total(page, 'C')];
  await page.getByText('Different hardware in one pool').click();
  const price = page.locator('#tco-ov-b-hostPrice');
  await expect(price).toHaveAttribute('placeholder', 'shared: 25000');
  await price.fill('40000');
  await expect(page).toHaveURL(/ov\.b\.hostPrice=40000/);
  expect(await total(page, 'A')).toBe(a);
  expect(await total(page, 'C')).toBe(c);
  await price.fill('-1');
  await expect(page.locator('#tco-ov-b-hostPrice-error')).toContainText('B, shared pool: Host price must be a number');
  await price.fill('');
  await expect(page).not.toHaveURL(/ov\./);
  await page.goto(`${PAGE}?v=1&pb=today@1&ov.aWindows.vmsPerHost=15`);
  await page.locator('.tco').scrollIntoViewIfNeeded();
  await page.locator('.tco[data-hydrated]').waitFor();
  await expect(page.locator('#tco-ov-aWindows-vmsPerHost')).toHaveValue('15');
  await expect(page.locator('#tco-row-A')).toContainText('(windows pool)');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 760 } });
  test('the totals stay in sight while the inputs are changed', async ({ page }) => {
    await ready(page);
    const bar = page.locator('.tco-sticky-totals');
    await page.locator('#tco-adminCost').scrollIntoViewIfNeeded();
    await expect(bar).toBeInViewport();
    const before = await bar.textContent();
    await page.locator('#tco-adminCost').fill('200000');
    await expect(bar).not.toHaveText(before!);
    await expect(bar.locator('.is-cheapest')).toHaveCount(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('printing shows the inputs, results and charts, without the buttons', async ({ page }) => {
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.tco-toolbar')).toBeHidden();
  await expect(page.locator('.tco-summary')).toBeVisible();
  await expect(page.locator('.tco-chart-stacked svg')).toBeVisible();
  await expect(page.locator('#tco-windowsVms')).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
});
