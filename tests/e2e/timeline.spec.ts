/**
 * The hindsight timeline by touch and on a phone (issue 14): marks named
 * where they fit, 24 px targets, lane names in view while the years scroll,
 * and a tap shows the event in place instead of jumping to the list.
 */
import { test, expect, type Page } from '@playwright/test';
import data from '../../content/data/hindsight.json' with { type: 'json' };
import { axeViolations } from '../support/browser';

/** Every mark's link box, and every label's box, as the browser lays them out. */
async function geometry(page: Page) {
  return page.evaluate(() => ({
    targets: [...document.querySelectorAll('svg.timeline a.timeline-mark')].map((a) => {
      const r = a.querySelector('.timeline-target')!.getBoundingClientRect();
      return { id: (a as SVGAElement).dataset.event!, x: r.x, y: r.y, width: r.width, height: r.height };
    }),
    labels: [...document.querySelectorAll('svg.timeline .timeline-label')].map((t) => {
      const r = t.getBoundingClientRect();
      return { id: (t.closest('a.timeline-mark') as SVGAElement).dataset.event!, x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  }));
}
type Box = { id: string; x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

test('every mark is a 24 px target that meets no other, and names shown beside marks overlap nothing', async ({ page }) => {
  await page.goto('/hindsight/');
  const { targets, labels } = await geometry(page);
  expect(targets).toHaveLength(data.events.length);
  for (const t of targets) {
    expect(t.width, t.id).toBeGreaterThanOrEqual(24);
    expect(t.height, t.id).toBeGreaterThanOrEqual(24);
  }
  // Circles 24 px across: centres at least 24 px apart.
  const centre = (b: Box) => [b.x + b.width / 2, b.y + b.height / 2];
  for (const a of targets)
    for (const b of targets) if (a !== b) expect(Math.hypot(centre(a)[0] - centre(b)[0], centre(a)[1] - centre(b)[1]), `${a.id}/${b.id}`).toBeGreaterThanOrEqual(23.5);
  expect(labels.length).toBeGreaterThan(data.events.length / 2);
  for (const l of labels) {
    for (const t of targets) if (t.id !== l.id) expect(overlap(l, t), `${l.id}’s name over ${t.id}`).toBe(false);
    for (const m of labels) if (m !== l) expect(overlap(l, m), `${l.id} / ${m.id}`).toBe(false);
  }
});

test('on a phone the lane names stay in view as the years scroll, and a tap shows the event in place', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 700 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/hindsight/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const box = page.locator('.timeline-scroll');
  await box.scrollIntoViewIfNeeded();
  await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  const lanes = (await page.locator('.timeline-lanes').boundingBox())!;
  const frame = (await box.boundingBox())!;
  expect(lanes.x).toBeGreaterThanOrEqual(frame.x - 1);
  expect(lanes.x + lanes.width).toBeLessThanOrEqual(frame.x + frame.width);
  await expect(page.locator('.timeline-lanes')).toContainText('Microsoft');

  const mark = page.locator('a.timeline-mark[data-event="xen-4-21"]');
  await mark.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  await mark.tap();
  const event = data.events.find((e) => e.id === 'xen-4-21')!;
  await expect(page.locator('#timeline-detail')).toContainText(event.text);
  await expect(mark).toHaveAttribute('aria-current', 'true');
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(50);
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.locator('#timeline-detail')).toBeInViewport();
  await context.close();
});

test('axe passes on the timeline with a mark chosen, in both themes', async ({ page }) => {
  await page.goto('/hindsight/');
  await page.locator('a.timeline-mark').first().click();
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a mark still leads to its event in the list, and the lane names are drawn', async ({ page }) => {
    await page.goto('/hindsight/');
    await expect(page.locator('.timeline-lanes')).toContainText('Oracle, Sun,');
    await page.locator('a.timeline-mark[data-event="kvm-merged"]').click();
    await expect(page).toHaveURL(/#event-kvm-merged$/);
    await expect(page.locator('#event-kvm-merged')).toBeInViewport();
  });
});
