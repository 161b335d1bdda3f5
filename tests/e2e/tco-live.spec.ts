/**
 * The calculator as it follows a reader: the charts that are worked out off
 * the page (break-even, sensitivity, ranges) follow every change, also where
 * the browser cannot start the worker; a shared link shows none of the
 * default scenario's charts as its own; and "Copy link" copies what is on
 * screen at once, before the address bar has caught up with the typing.
 */
import { test, expect, type Page } from '@playwright/test';
import { PAGE, ready } from '../support/tco-page';

test.describe.configure({ timeout: 90_000 });

const breakEvenCaption = (page: Page) => page.locator('#tco-break-even-caption');
const tornadoTable = (page: Page) => page.locator('.tco-chart-tornado .chart-data table').first();

async function chartsFollowATypedValue(page: Page) {
  const linux = Number(await page.getByLabel('Linux VMs').inputValue());
  const tornadoBefore = await tornadoTable(page).textContent();
  await page.getByLabel('Windows VMs').fill('900');
  await expect(breakEvenCaption(page)).toContainText(`of the ${900 + linux} workloads`);
  await expect(page.locator('.tco-chart-tornado')).not.toHaveAttribute('aria-busy', 'true');
  await expect.poll(() => tornadoTable(page).textContent()).not.toBe(tornadoBefore);
  await expect(page.locator('.tco-chart-range')).toBeVisible();
}

test('break-even, sensitivity and the ranges follow a typed value', async ({ page }) => {
  await ready(page);
  await chartsFollowATypedValue(page);
});

test('where the worker cannot start, the page works the charts out itself', async ({ page }) => {
  await page.route(/\/_astro\/analysis\.worker[\w.-]*\.js$/, (route) => route.abort());
  await ready(page);
  await chartsFollowATypedValue(page);
});

test('a shared link shows its own break-even from the moment the page is live', async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(`${PAGE}?v=1&pb=today@1&windowsVms=40&linuxVms=260`);
  await page.evaluate(() => document.querySelector('.tco')!.scrollIntoView());
  // Read in the same turn as the page goes live: no retrying until the worker has answered.
  const caption = await page.waitForFunction(() => document.querySelector('.tco[data-hydrated]') && document.getElementById('tco-break-even-caption')!.textContent, null, { timeout: 30_000 });
  expect(await caption.jsonValue()).toContain('of the 300 workloads');
});

test.describe('copying the link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('copies the scenario on screen, even straight after typing', async ({ page }) => {
    await ready(page);
    await page.getByLabel('Windows VMs').fill('777');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link to this scenario copied')).toBeVisible();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe(PAGE);
    expect(copied.searchParams.get('windowsVms')).toBe('777');
    // The address bar follows once typing pauses.
    await expect(page).toHaveURL(/[?&]windowsVms=777(&|$)/);
  });
});
