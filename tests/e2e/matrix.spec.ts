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
const ALL = ['os-embedded', 'independent', 'vmware-esx', 'xensource-xenserver', 'virtual-iron', 'microsoft-hyper-v', 'linux-xen', 'kvm', 'sun-xvm', 'ibm-power', 'aws-nitro'];

async function ready(page: Page, url = PAGE) {
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(url);
  await page.locator('.matrix').scrollIntoViewIfNeeded();
  // Generous: this machine is shared, and hydration is not what is timed here (see npm run bench).
  await expect(page.locator('.matrix[data-hydrated]')).toBeVisible({ timeout: 20_000 });
}
const headers = (page: Page) => page.locator('.matrix-table thead th:visible').allInnerTexts();
const cell = (page: Page, id: string) => page.locator(`#${id} .matrix-v:visible .val`);

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
  await expect(page).toHaveURL(/\?view=hindsight$/);
  // A cell hindsight is silent on is not "changed": it says why it is empty.
  // (Every camp row now has a sourced hindsight value, so this uses Virtual Iron, whose later years stay unsourced.)
  await ready(page, `${PAGE}?view=hindsight&s=virtual-iron`);
  await expect(page.locator('#cell-virtual-iron-security .matrix-badge:visible')).toHaveCount(0);
  await expect(cell(page, 'cell-virtual-iron-security')).toHaveText('No entry');
  await page.getByLabel('Only rows that changed since 2006').check();
  await expect(page.locator('#row-security')).toBeHidden();
  await expect(page.locator('#row-technologies')).toBeVisible();
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
  // KVM's guests are sourced, Nitro's are not: the two cells differ, so the row stays.
  await expect(page.locator('#row-multi-os')).toBeVisible();
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
  // The address follows from the frame after the view shows (useQueryInUrl).
  await expect(page).toHaveURL(/view=hindsight.*[?&]s=vmware-esx,/);
  const url = page.url();
  const other = await (await browser.newContext()).newPage();
  await ready(other, url);
  expect(await headers(other)).toEqual(await headers(page));
  await expect(other.locator('.matrix-table tbody tr:visible')).toHaveCount(4);
  await expect(other.getByRole('radio', { name: 'With hindsight, 2026' })).toBeChecked();
  // textContent, not innerText: Chromium gives an empty innerText for a card off screen while it is skipped
  // (content-visibility: auto, matrix.css), though its text is on the page for selection, find and copy.
  await expect(cell(other, 'cell-vmware-esx-free-edition')).toHaveText((await cell(page, 'cell-vmware-esx-free-edition').textContent())!);
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
  // A source off the site travels with its address.
  expect(lines[1]).toContain('Free: it ships in every Linux kernel since 2.6.20');
  expect(lines[1]).toContain('<https://git.zx2c4.com/linux-dev/tree/arch/x86/kvm/Kconfig>');
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
  const details = page.locator('#cell-sun-xvm-status-today .v-hindsight > div');
  await expect(details).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(value).toHaveAttribute('aria-expanded', 'true');
  await expect(details).toBeVisible();
  await expect(details).toContainText('Weakly sourced');
  // The events behind the verdict link to /hindsight/, where each names its sources.
  await expect(details.getByRole('link', { name: /, (May )?2009$/ }).first()).toHaveAttribute('href', /hindsight\/#event-/);
  await details.getByRole('link').first().focus();
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(value).toHaveAttribute('aria-expanded', 'false');
  await expect(value).toBeFocused();
});

/** Words in the visible cells that wrap onto two lines (broken mid-word, not at a hyphen), as "word (cell)". */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const box of document.querySelectorAll<HTMLElement>('.matrix-table tbody tr:not(.is-off) > :is(th, td):not(.is-off)')) {
      if (!box.checkVisibility()) continue;
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!(n.parentElement && n.parentElement.checkVisibility())) continue;
        // A break after a hyphen or slash ("pre-|installed") is where the word allows one; inside a part it is not.
        for (const m of (n.textContent ?? '').matchAll(/[^\s\-–—/]+[-–—/]?/g)) {
          const range = document.createRange();
          range.setStart(n, m.index!);
          range.setEnd(n, m.index! + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(`${m[0]} (${box.id || box.textContent?.slice(0, 20)})`);
        }
      }
    }
    return broken;
  });
}

for (const width of [320, 375]) {
  test(`on a ${width} px phone two products sit side by side on each criterion’s card, whole words, no sideways scroll; a tap opens details in place`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 700 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await ready(page, `${PAGE}?view=hindsight&s=vmware-esx,kvm`);
    await expect(page.locator('.matrix')).toHaveAttribute('data-layout', 'cards');
    const esx = (await page.locator('#cell-vmware-esx-licensing').boundingBox())!;
    const kvm = (await page.locator('#cell-kvm-licensing').boundingBox())!;
    expect(Math.abs(esx.y - kvm.y)).toBeLessThan(2); // side by side
    expect(kvm.x).toBeGreaterThan(esx.x + esx.width - 2);
    expect(kvm.x + kvm.width).toBeLessThanOrEqual(width);
    // Each cell says whose it is, since the header row is not on screen.
    expect(await page.locator('#cell-kvm-licensing').evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"KVM"');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await brokenWords(page)).toEqual([]);
    await cell(page, 'cell-kvm-licensing').scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await cell(page, 'cell-kvm-licensing').tap();
    const details = page.locator('#cell-kvm-licensing .v-hindsight > div');
    await expect(details).toBeVisible();
    const box = (await details.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(50); // in place: no jump
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await cell(page, 'cell-kvm-licensing').tap();
    await expect(details).toBeHidden();
    await context.close();
  });
}

test('every column at once becomes cards on a laptop, rather than a table that scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await ready(page, `${PAGE}?s=${ALL.join(',')}`);
  await expect(page.locator('.matrix')).toHaveAttribute('data-layout', 'cards');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  expect(await brokenWords(page)).toEqual([]);
  await page.setViewportSize({ width: 1920, height: 1000 });
  await ready(page, `${PAGE}?s=os-embedded,independent,vmware-esx,kvm`);
  await expect(page.locator('.matrix')).toHaveAttribute('data-layout', 'table');
});

test('changed cells pulse the first time the hindsight view comes in, not again, and not for readers who prefer reduced motion', async ({ browser }) => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await ready(page);
    await page.getByRole('radio', { name: 'With hindsight, 2026' }).check();
    await expect(page.locator('.matrix')).toHaveAttribute('data-view', 'hindsight');
    await expect(page.locator('#cell-independent-proponents')).toHaveClass(/is-changed/);
    // The pulse starts in the frame after the view is shown (so as not to delay it), and lasts 1.2 s: watch for it
    // from the page itself, since a loaded machine can take that long between two of the test's steps.
    if (reducedMotion === 'reduce') {
      await expect(page.locator('.matrix')).toHaveAttribute('data-pulse');
      expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    } else await page.waitForFunction(() => document.getAnimations().length > 0);
    // Back to May 2006 and to hindsight again: the cells keep their tint and mark, and do not pulse a second time.
    await page.getByRole('radio', { name: 'As the note saw it, May 2006' }).check();
    await page.getByRole('radio', { name: 'With hindsight, 2026' }).check();
    await expect(page.locator('.matrix')).toHaveAttribute('data-view', 'hindsight');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
    await expect(page.locator('.matrix')).not.toHaveAttribute('data-pulse');
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await expect(page.locator('#cell-independent-proponents .matrix-badge')).toBeVisible();
    await context.close();
  }
});

test('on a phone a view switch shows at once on the cards on screen, then on every card, and holds when another setting follows at once; a quick switch back ends on the last choice', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await ready(page, `${PAGE}?s=${ALL.join(',')}`);
  await expect(page.locator('.matrix')).toHaveAttribute('data-layout', 'cards');
  // The radios near the top of the window: the first card is on screen under the settings, the rest below.
  await page.evaluate(() => scrollBy(0, document.querySelector('.matrix-view')!.getBoundingClientRect().top - 120));
  // What the page shows once the click has been handled, before anything after it runs: for each card on
  // screen, whether its cells show the hindsight view. A listener on the document runs after the island's.
  await page.evaluate(() => {
    const w = window as unknown as { onScreenAtClick: boolean[][] };
    w.onScreenAtClick = [];
    document.addEventListener('click', () => {
      const onScreen = [...document.querySelectorAll<HTMLElement>('#matrix-table tbody tr')].filter((tr) => {
        const box = tr.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      });
      w.onScreenAtClick.push(onScreen.map((tr) => getComputedStyle(tr.querySelector('td .v-hindsight')!).visibility === 'visible'));
    });
  });
  // Let the browser report which cards are on screen.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.getByRole('radio', { name: 'With hindsight, 2026' }).click();
  const [atClick] = await page.evaluate(() => (window as unknown as { onScreenAtClick: boolean[][] }).onScreenAtClick);
  expect(atClick.length).toBeGreaterThan(0);
  expect(atClick.every(Boolean)).toBe(true);
  await expect(page.getByRole('radio', { name: 'With hindsight, 2026' })).toBeChecked();
  // Every card follows, the last one too, and the settings' status line says the view.
  const lastCell = cell(page, 'cell-aws-nitro-status-today');
  await lastCell.scrollIntoViewIfNeeded();
  await expect(page.locator('#cell-aws-nitro-status-today .v-hindsight')).toBeVisible();
  await expect(page.locator('#cell-aws-nitro-status-today .v-2006')).toBeHidden();
  await expect(cell(page, 'cell-independent-proponents')).toContainText('Broadcom');
  await expect(page.locator('.matrix-status')).toHaveText(/^With hindsight, 2026: 11 columns/);
  await expect(page).toHaveURL(/view=hindsight/);
  // A switch, then at once another setting (the columns' "All"): its render comes before the switch's own,
  // with the view before the switch in the island's state, and the cards on screen must keep the view picked.
  const afterBoth = await page.evaluate(async () => {
    document.querySelector<HTMLInputElement>('input[name="matrix-view"][value="2006"]')!.click();
    await Promise.resolve(); // React renders a click's urgent updates in a microtask
    [...document.querySelectorAll<HTMLButtonElement>('.matrix-choose .matrix-presets button')].find((b) => b.textContent === 'All')!.click();
    await Promise.resolve();
    const status = document.querySelector('.matrix-status')!.textContent!;
    const onScreen = [...document.querySelectorAll<HTMLElement>('#matrix-table tbody tr')].filter((tr) => {
      const box = tr.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });
    return { status, shows2006: onScreen.map((tr) => getComputedStyle(tr.querySelector('td .v-2006')!).visibility === 'visible') };
  });
  expect(afterBoth.status).toMatch(/^With hindsight/); // the switch's own render had not come yet
  expect(afterBoth.shows2006.length).toBeGreaterThan(0);
  expect(afterBoth.shows2006.every(Boolean)).toBe(true);
  // Two switches in one go, faster than a frame: the page ends on the second, on every card, in the radios,
  // the status line and the address.
  await page.evaluate(() => {
    const radio = (v: string) => document.querySelector<HTMLInputElement>(`input[name="matrix-view"][value="${v}"]`)!;
    radio('2006').click();
    radio('hindsight').click();
    radio('2006').click();
  });
  await expect(page.getByRole('radio', { name: 'As the note saw it, May 2006' })).toBeChecked();
  await expect(page.locator('.matrix')).toHaveAttribute('data-view', '2006');
  await expect(page.locator('.matrix-status')).toHaveText(/^As the note saw it, May 2006: 11 columns/);
  await expect(page).not.toHaveURL(/view=hindsight/);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
  const shown = await page.evaluate(() => [...document.querySelectorAll('#matrix-table tbody td:not(.is-off)')].map((td) => getComputedStyle(td.querySelector('.v-2006')!).visibility));
  expect(shown.length).toBe(13 * 11);
  expect(new Set(shown)).toEqual(new Set(['visible']));
  await context.close();
});

test('rows that a view switch brings back under “show only differences” show the new view as they appear', async ({ page }) => {
  // KVM and AWS Nitro: no entry for either in May 2006, so every row agrees then and differs with hindsight.
  await ready(page, `${PAGE}?s=kvm,aws-nitro`);
  await page.getByLabel('Show only differences').check();
  await expect(page.locator('.matrix-table tbody tr:visible')).toHaveCount(0);
  // Each row, in the moment it is shown (before the browser paints it), and the view its cells then show.
  await page.evaluate(() => {
    const w = window as unknown as { shownWith: string[] };
    w.shownWith = [];
    new MutationObserver((records) => {
      for (const r of records) {
        const tr = r.target as HTMLElement;
        if (tr.localName === 'tr' && !tr.classList.contains('is-off') && (r.oldValue ?? '').includes('is-off'))
          w.shownWith.push(getComputedStyle(tr.querySelector('td .v-hindsight')!).visibility === 'visible' ? 'hindsight' : '2006');
      }
    }).observe(document.querySelector('#matrix-table tbody')!, { attributes: true, subtree: true, attributeFilter: ['class'], attributeOldValue: true });
  });
  await page.getByRole('radio', { name: 'With hindsight, 2026' }).check();
  await expect(page.locator('.matrix-table tbody tr:visible')).toHaveCount(13);
  const shownWith = await page.evaluate(() => (window as unknown as { shownWith: string[] }).shownWith);
  expect(shownWith).toEqual(Array(13).fill('hindsight'));
});

test('on a desktop the page scrolls as one: every row reachable, the header row stuck to the top, details open in place and unclipped', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await ready(page, `${PAGE}?view=hindsight&s=os-embedded,independent,vmware-esx`);
  await expect(page.locator('.matrix')).toHaveAttribute('data-layout', 'table');
  // No box of its own that scrolls: the table is as tall as its rows.
  const scroller = page.locator('.matrix-scroll');
  expect(await scroller.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  await page.locator('#row-status-today').scrollIntoViewIfNeeded();
  await expect(page.locator('#row-status-today')).toBeInViewport();
  const header = page.locator('#col-independent');
  await expect(header).toBeInViewport();
  expect(Math.abs((await header.boundingBox())!.y)).toBeLessThan(3);
  // The last column's details, opened, stay inside the window and are not cut by any box.
  const value = cell(page, 'cell-vmware-esx-free-edition');
  await value.click();
  const details = page.locator('#cell-vmware-esx-free-edition .v-hindsight > div');
  await expect(details).toBeVisible();
  // Its sources, written out (the page cites them by number) and labelled by CSS.
  await expect(details.locator('.src a').first()).toBeVisible();
  expect(await details.locator('.src').evaluate((el) => getComputedStyle(el, '::before').content)).toMatch(/^"Sources?: "$/);
  await details.scrollIntoViewIfNeeded();
  const box = (await details.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(await details.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  const td = (await page.locator('#cell-vmware-esx-free-edition').boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(td.y + td.height + 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  // The camp's "Changed" cell, in May 2006 terms, is one click away in the same place.
  await cell(page, 'cell-os-embedded-free-edition').click();
  await expect(page.locator('#cell-os-embedded-free-edition .v-hindsight > div')).toContainText('In May 2006: no entry');
});

test('arriving from a search hit shows the hit’s column and row, highlights the cell, and opens its details when the words are there', async ({ page }) => {
  // "vSphere" is only in the sources of ESX's hindsight cell on technologies (the event "vSphere 5: ESXi only"): the view switches and the details open.
  await ready(page, `${PAGE}?highlight=vsphere#cell-vmware-esx-technologies`);
  await expect(page.locator('#col-vmware-esx')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'With hindsight, 2026' })).toBeChecked();
  const target = page.locator('#cell-vmware-esx-technologies');
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  const details = target.locator('.v-hindsight > div');
  await expect(details).toBeVisible();
  await expect(details.locator('mark.search-hit').first()).toBeVisible();
  await expect(page).toHaveURL(/s=os-embedded,independent,vmware-esx/);
});

test('a source off the site is a link to the original and one to its archived copy, both marked as leaving the site', async ({ page }) => {
  await ready(page, `${PAGE}?view=hindsight&s=microsoft-hyper-v`);
  await cell(page, 'cell-microsoft-hyper-v-hardware-assist').click();
  const details = page.locator('#cell-microsoft-hyper-v-hardware-assist .v-hindsight > div');
  await expect(details).toBeVisible();
  const original = details.getByRole('link', { name: /^Microsoft Learn, / });
  await expect(original).toHaveAttribute('href', /^https:\/\/learn\.microsoft\.com\/en-us\/biztalk\//);
  await expect(original).toHaveAttribute('rel', /external/);
  await expect(original).toHaveAccessibleDescription('leaves this site');
  const archived = details.getByRole('link', { name: 'archived copy' });
  await expect(archived).toHaveAccessibleDescription('leaves this site');
  await expect(archived).toHaveAttribute('href', /^https:\/\/web\.archive\.org\/web\/\d{8}\/https:\/\/learn\.microsoft\.com\//);
  // A weaker source says so beside its name.
  await cell(page, 'cell-microsoft-hyper-v-multi-os').click();
  const weaker = page.locator('#cell-microsoft-hyper-v-multi-os .v-hindsight .src');
  await expect(weaker).toContainText('Overclockers Club, “Microsoft Releases Hyper-V Linux Drivers Under GNU GPLv2” (20 Jul 2009)');
  await expect(weaker).toContainText('[medium confidence]');
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
  await ready(page, `${PAGE}?view=hindsight&s=${ALL.join(',')}`);
  await cell(page, 'cell-kvm-control').click();
  await expect(page.locator('#cell-kvm-control .v-hindsight > div')).toBeVisible();
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
    // Each view is labelled (by CSS, so the words are not sent 286 times).
    const label = (view: string) => kvm.locator(`.v-${view}`).evaluate((el) => getComputedStyle(el, '::before').content);
    expect(await label('2006')).toBe('"May 2006: "');
    expect(await label('hindsight')).toBe('"Hindsight: "');
    await expect(kvm.locator('.v-hindsight')).toContainText('Linux 2.6.20');
    // A changed cell says so (by CSS, like the labels).
    expect(await kvm.locator('.v-hindsight > b').evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"Changed"');
    expect(await page.locator('#cell-virtual-iron-security .v-hindsight > b').evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
    // A cell cites its sources by number; each number links to the source's entry in the list under the table,
    // which links the place on the site, or the original and its archived copy.
    const cited = async (cell: typeof kvm) => {
      const targets = await cell.locator('.src a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const href of targets) {
        expect(href).toMatch(/^#r\d+$/);
        await expect(page.locator(`.matrix-refs li${href}`)).toHaveCount(1);
      }
      return page.locator(targets.join(', '));
    };
    const kvmSources = await cited(kvm);
    await expect(kvmSources.getByRole('link', { name: /^KVM in Linux, / })).toHaveAttribute('href', '/hindsight/#event-kvm-merged');
    await kvm.locator('.v-hindsight .src a').last().click();
    await expect(page.locator('.matrix-refs li:target')).toContainText('KVM in Linux');
    await expect(page.locator('#cell-ibm-power-licensing')).toContainText('Left empty:');
    const hyperV = await cited(page.locator('#cell-microsoft-hyper-v-control'));
    await expect(hyperV.getByRole('link', { name: /^FreeBSD Project/ })).toHaveAttribute('href', 'https://man.freebsd.org/cgi/man.cgi?query=hv_vmbus&sektion=4');
    await expect(hyperV.getByRole('link', { name: 'archived copy' }).first()).toHaveAttribute('href', /^https:\/\/web\.archive\.org\/web\//);
    await expect(hyperV.getByRole('link', { name: 'archived copy' }).first()).toHaveAccessibleDescription('leaves this site');
    await expect(kvm.getByRole('link', { name: 'Link to this cell' })).toHaveAttribute('href', '#cell-kvm-first-available');
  });
  test('on a phone the page does not scroll sideways: the table scrolls in its own box, the criterion kept in view', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 700 } });
    const page = await context.newPage();
    await page.goto(PAGE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const box = page.locator('.matrix-scroll');
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const th = (await page.locator('#row-security').boundingBox())!;
    expect(th.x).toBeGreaterThanOrEqual((await box.boundingBox())!.x - 1);
    await context.close();
  });
});

test('every cell’s sources are cited by number, each number landing on its entry in the list under the table, each entry a link', async ({ request }) => {
  const html = await (await request.get(PAGE)).text();
  const entries = new Set([...html.matchAll(/<li id="(r\d+)"/g)].map((m) => m[1]));
  const cited = [...html.matchAll(/<p class="src">(.*?)<\/p>/g)].flatMap((m) => [...m[1].matchAll(/href="#(r\d+)"/g)].map((r) => r[1]));
  expect(cited.length).toBeGreaterThan(400);
  expect(cited.filter((r) => !entries.has(r))).toEqual([]);
  // Each entry is cited, and said once.
  expect([...entries].filter((r) => !cited.includes(r))).toEqual([]);
  const list = html.slice(html.indexOf('class="matrix-refs"'));
  for (const li of list.matchAll(/<li id="r\d+"[^>]*>(.*?)<\/li>/g)) expect(li[1]).toMatch(/<a href="/);
});

test('the matrix is sent once: the island’s props carry no cell, and a cell’s text appears once in the page', async ({ request }) => {
  const html = await (await request.get(PAGE)).text();
  const props = [...html.matchAll(/<astro-island[^>]*props="([^"]*)"/g)].map((m) => m[1]);
  expect(props.length).toBe(1);
  expect(props[0]).not.toMatch(/Linux 2\.6\.20|Broadcom|cells|sameAs/);
  // As many times as the matrix's data says it (in values and notes), not twice that.
  const data = await (await request.get('/tools/matrix.json')).text();
  const count = (text: string) => text.split('Linux 2.6.20').length - 1;
  expect(count(data)).toBeGreaterThan(0);
  expect(count(html)).toBe(count(data));
});
