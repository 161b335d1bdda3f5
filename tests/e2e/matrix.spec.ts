/**
 * The comparison matrix as a reader uses it: the note's table first, then
 * switching view, choosing columns and rows, links that reproduce the view
 * and land on a cited cell, CSV export, the keyboard, bad links, and the
 * whole matrix without JavaScript.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations } from '../support/browser';

const PAGE = '/tools/matrix/';

async function ready(page: Page, url = PAGE) {
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(url);
  await page.locator('.matrix').scrollIntoViewIfNeeded();
  await expect(page.locator('.matrix[data-hydrated]')).toBeVisible();
}
const headers = (page: Page) => page.locator('.matrix-table thead th:visible').allInnerTexts();
const cell = (page: Page, id: string) => page.locator(`#${id} .matrix-v:visible .matrix-value`);

test('opens on the note’s own table: the two camps, as seen in May 2006', async ({ page }) => {
  await ready(page);
  expect((await headers(page)).map((h) => h.split('\n')[0])).toEqual(['Criterion', 'OS-embedded camp', 'Independent camp']);
  await expect(page.getByRole('radio', { name: 'As the note saw it, May 2006' })).toBeChecked();
  await expect(cell(page, 'cell-independent-hardware-assist')).toHaveText('Not for VMware; yes for XenSource and Virtual Iron');
  await expect(page.locator('.matrix-table tbody tr:visible')).toHaveCount(13);
  await expect(page).toHaveURL(/\/tools\/matrix\/$/);
});

test('switching to hindsight shows the later values and marks what changed', async ({ page }) => {
  await ready(page);
  const before = await cell(page, 'cell-independent-proponents').textContent();
  await page.getByRole('radio', { name: 'With hindsight, 2026' }).check();
  await expect(cell(page, 'cell-independent-proponents')).not.toHaveText(before!);
  await expect(cell(page, 'cell-independent-proponents')).toContainText('Broadcom');
  await expect(page.locator('#cell-independent-proponents')).toHaveClass(/is-changed/);
  await expect(page.locator('#cell-independent-proponents .matrix-badge:visible')).toHaveText('Changed');
  // A cell hindsight is silent on is not "changed": it says why it is empty.
  await expect(page.locator('#cell-independent-drivers .matrix-badge:visible')).toHaveCount(0);
  await expect(cell(page, 'cell-independent-drivers')).toHaveText('No entry');
  await expect(page).toHaveURL(/\?view=hindsight$/);
  await page.getByLabel('Only rows that changed since 2006').check();
  await expect(page.locator('#row-drivers')).toBeHidden();
  await expect(page.locator('#row-proponents')).toBeVisible();
});

test('choosing columns compares products side by side, and “only differences” drops rows that agree', async ({ page }) => {
  await ready(page);
  await page.getByText(/^Columns: 2 of 11$/).click();
  await page.getByRole('checkbox', { name: /^KVM/ }).check();
  await page.getByRole('checkbox', { name: /^OS-embedded camp/ }).uncheck();
  await page.getByRole('checkbox', { name: /^Independent camp/ }).uncheck();
  await page.getByRole('checkbox', { name: /^AWS Nitro/ }).check();
  expect((await headers(page)).map((h) => h.split('\n')[0])).toEqual(['Criterion', 'KVM', 'AWS Nitro (our analogy)']);
  await expect(page).toHaveURL(/[?&]s=kvm,aws-nitro(&|$)/);
  // In May 2006 the note knew neither: every row is two empty cells, so none differs.
  await page.getByLabel('Show only differences').check();
  await expect(page.locator('.matrix-table tbody tr:visible')).toHaveCount(0);
  await expect(page.locator('.matrix-empty')).toBeVisible();
  await page.getByRole('radio', { name: 'With hindsight, 2026' }).check();
  await expect(page.locator('#row-proponents')).toBeVisible();
  await expect(page.locator('#row-multi-os')).toBeHidden();
  // The last column cannot be unticked: there is always something to compare.
  await page.getByRole('checkbox', { name: /^AWS Nitro/ }).uncheck();
  await expect(page.getByRole('checkbox', { name: /^KVM/ })).toBeDisabled();
});

test('a copied link reproduces the view in a new browser, rows filtered', async ({ page, browser }) => {
  await ready(page);
  await page.getByRole('radio', { name: 'With hindsight, 2026' }).check();
  await page.getByText(/^Rows: 13 of 13$/).click();
  await page.getByRole('button', { name: 'Added today' }).click();
  await page.getByText(/^Columns: 2 of 11$/).click();
  await page.getByRole('button', { name: 'Products only' }).click();
  const url = page.url();
  expect(url).toMatch(/view=hindsight/);
  const other = await (await browser.newContext()).newPage();
  await ready(other, url);
  expect(await headers(other)).toEqual(await headers(page));
  await expect(other.locator('.matrix-table tbody tr:visible')).toHaveCount(4);
  await expect(other.getByRole('radio', { name: 'With hindsight, 2026' })).toBeChecked();
  await expect(cell(other, 'cell-vmware-esx-free-edition')).toHaveText(await cell(page, 'cell-vmware-esx-free-edition').innerText());
});

test.describe('sharing', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('“Copy link” puts the link to this view on the clipboard and says so', async ({ page }) => {
    await ready(page);
    await page.getByRole('radio', { name: 'With hindsight, 2026' }).check();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('.matrix-actions [role="status"]')).toHaveText('Link to this view copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(page.url()).toMatch(/\?view=hindsight$/);
  });
});

test('a cited cell’s link lands on that cell, shown even if its column was not chosen', async ({ page }) => {
  await ready(page, `${PAGE}#cell-aws-nitro-drivers`);
  await expect(page.locator('#cell-aws-nitro-drivers')).toBeInViewport();
  await expect(page.locator('#col-aws-nitro')).toBeVisible();
  await expect(page).toHaveURL(/s=os-embedded,independent,aws-nitro#cell-aws-nitro-drivers$/);
});

test('CSV export holds the columns and rows shown, with notes and sources', async ({ page }) => {
  await ready(page, `${PAGE}?view=hindsight&s=vmware-esx,kvm&c=free-edition,status-today`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('hypervisor-matrix-hindsight.csv');
  const lines = readFileSync((await download.path())!, 'utf8').split('\r\n');
  expect(lines[0]).toBe('Criterion,VMware ESX / ESXi,VMware ESX / ESXi: note,VMware ESX / ESXi: sources,KVM,KVM: note,KVM: sources');
  expect(lines[1]).toMatch(/^Free edition,Free ESXi from July 2008/);
  expect(lines[1]).toContain('No entry: ');
  expect(lines[2]).toMatch(/^Status today,/);
  expect(lines).toContain('View,"With hindsight, 2026"');
  expect(lines.find((l) => l.startsWith('Link,'))).toContain('view=hindsight');
});

test('works from the keyboard: view, columns, a cell’s details, Esc', async ({ page }) => {
  await ready(page);
  await page.getByRole('radio', { name: 'As the note saw it, May 2006' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'With hindsight, 2026' })).toBeChecked();
  await page.getByText(/^Columns: 2 of 11$/).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('checkbox', { name: /^Sun xVM/ }).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('#col-sun-xvm')).toBeVisible();
  const value = cell(page, 'cell-sun-xvm-status-today');
  await value.focus();
  const details = page.locator('#cell-sun-xvm-status-today .matrix-v-hindsight .matrix-details');
  await expect(details).toBeVisible();
  await expect(details).toContainText('Weakly sourced');
  await expect(details.getByRole('link', { name: /Wikipedia/ }).first()).toHaveAttribute('href', /hindsight\/#event-/);
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(value).toBeFocused();
});

test('a tap pins a cell’s details open on a phone, and the table scrolls sideways with the criterion in view', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await ready(page, `${PAGE}?s=os-embedded,independent,vmware-esx`);
  const scroller = page.locator('.matrix-scroll');
  const box = await scroller.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  const rowHeader = page.locator('#row-security > th');
  const rowBox = await rowHeader.boundingBox();
  expect(rowBox!.x).toBeGreaterThanOrEqual(box!.x - 1);
  await cell(page, 'cell-vmware-esx-security').tap();
  await expect(page.locator('#cell-vmware-esx-security .matrix-v-2006 .matrix-details')).toBeVisible();
  // A tap elsewhere closes them: a phone has no Esc key.
  await page.locator('h1').tap();
  await expect(page.locator('#cell-vmware-esx-security .matrix-v-2006 .matrix-details')).toBeHidden();
  await context.close();
});

test('changed cells pulse once as the hindsight view comes in, and not for readers who prefer reduced motion', async ({ browser }) => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await ready(page);
    await page.getByRole('radio', { name: 'With hindsight, 2026' }).check();
    await expect(page.locator('#cell-independent-proponents')).toHaveClass(/is-changed/);
    const running = await page.evaluate(() => document.getAnimations().length);
    if (reducedMotion === 'reduce') expect(running).toBe(0);
    else expect(running).toBeGreaterThan(0);
    await context.close();
  }
});

test('hovering a value shows its note and sources; the header row stays in view as the table scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await ready(page, `${PAGE}?view=hindsight`);
  await cell(page, 'cell-os-embedded-free-edition').hover();
  const details = page.locator('#cell-os-embedded-free-edition .matrix-v-hindsight .matrix-details');
  await expect(details).toBeVisible();
  await expect(details).toContainText('Sources:');
  await expect(details).toContainText('In May 2006: no entry');
  const scroller = page.locator('.matrix-scroll');
  const header = page.locator('#col-independent');
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.locator('#row-status-today')).toBeInViewport();
  // The caption has scrolled away; the header row sits at the top of the scrolling box.
  const top = (await scroller.boundingBox())!.y;
  expect(Math.abs((await header.boundingBox())!.y - top)).toBeLessThan(3);
  await expect(header).toBeInViewport();
});

test('a hand-edited link keeps what is valid, says what it ignored, and never breaks the page', async ({ page }) => {
  await ready(page, `${PAGE}?view=1999&s=kvm,hal-9000&c=%E2%9C%93&diff=maybe&zoom=2`);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('Ignored view=“1999”');
  await expect(notice).toContainText('“hal-9000”');
  await expect(notice).toContainText('showing all of them');
  expect((await headers(page)).map((h) => h.split('\n')[0])).toEqual(['Criterion', 'KVM']);
  await expect(page.locator('.matrix-table tbody tr:visible')).toHaveCount(13);
  await expect(page.locator('body')).not.toContainText(/NaN|undefined|\[object/);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});

test('axe passes with every column, the hindsight view and a cell’s details open, in both themes', async ({ page }) => {
  await ready(page, `${PAGE}?view=hindsight&s=${['os-embedded', 'independent', 'vmware-esx', 'xensource-xenserver', 'virtual-iron', 'microsoft-hyper-v', 'linux-xen', 'kvm', 'sun-xvm', 'ibm-power', 'aws-nitro'].join(',')}`);
  await cell(page, 'cell-kvm-control').focus();
  await expect(page.locator('#cell-kvm-control .matrix-v-hindsight .matrix-details')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole matrix is one semantic table: every column, both views in each cell, sources linked', async ({ page }) => {
    await page.goto(PAGE);
    const table = page.getByRole('table');
    await expect(table.locator('caption')).toContainText('Every subject on every criterion');
    await expect(table.locator('thead th[scope="col"]:visible')).toHaveCount(12);
    await expect(table.locator('tbody th[scope="row"]:visible')).toHaveCount(13);
    await expect(page.locator('.matrix-controls')).toBeHidden();
    const kvm = page.locator('#cell-kvm-first-available');
    await expect(kvm).toContainText('May 2006:');
    await expect(kvm).toContainText('Hindsight: Linux 2.6.20');
    await expect(kvm.getByRole('link', { name: /practical-tech/ })).toHaveAttribute('href', '/hindsight/#event-kvm-merged');
    await expect(page.locator('#cell-ibm-power-licensing')).toContainText('Left empty:');
  });
});
