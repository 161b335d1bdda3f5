/** Hindsight as a reader meets it: the scorecard and timeline, and notes in the analysis that can be hidden. */
import { test, expect } from '@playwright/test';
import data from '../../content/data/hindsight.json' with { type: 'json' };

test('the scorecard lists every call with its verdict, facts and sources', async ({ page }) => {
  await page.goto('/hindsight/');
  await expect(page.locator('.scorecard-entry')).toHaveCount(data.scorecard.length);
  const first = page.locator('.scorecard-entry').first();
  await expect(first.locator('.verdict')).toBeVisible();
  await expect(first.locator('.scorecard-facts li').first()).toContainText('(');
  await expect(page.locator('.event-list li')).toHaveCount(data.events.length);
});

test('the timeline is drawn without JavaScript, and a mark shows its event on focus', async ({ page }) => {
  await page.goto('/hindsight/');
  const svg = page.getByRole('group', { name: /Events in server virtualization/ });
  await expect(svg).toBeVisible();
  await expect(page.locator('svg.timeline a.timeline-mark')).toHaveCount(data.events.length);
  await expect(page.locator('svg.timeline .note-label')).toHaveText('The note, May 2006');
  const mark = page.locator('svg.timeline a.timeline-mark').first();
  await mark.focus();
  const id = await mark.getAttribute('data-event');
  const event = data.events.find((e) => e.id === id)!;
  await expect(page.locator('#timeline-detail')).toContainText(event.text);
  // The detail points to the event in the list, where its sources are links.
  await expect(page.locator('#timeline-detail').getByRole('link', { name: 'its sources' })).toHaveAttribute('href', `#event-${event.id}`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the timeline and the list are there, and the notes show (the toggle does not)', async ({ page }) => {
    await page.goto('/hindsight/');
    await expect(page.locator('svg.timeline')).toBeVisible();
    await page.goto('/analysis/building-into-the-os/');
    await expect(page.locator('.hindsight-note').first()).toBeVisible();
    await expect(page.locator('[data-hindsight-toggle]')).toBeHidden();
  });
});

test('hiding hindsight notes leaves the note’s argument alone, and is remembered', async ({ page }) => {
  await page.goto('/analysis/building-into-the-os/');
  const notes = page.locator('.hindsight-note');
  await expect(notes.first()).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Hide hindsight notes' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(notes.first()).toBeHidden();
  await expect(page.locator('#p-control')).toBeVisible(); // the rework is all still there
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.classList.contains('hide-hindsight'))).toBe(true);
  await expect(notes.first()).toBeHidden();
  await page.goto('/analysis/the-independents/');
  await expect(page.locator('.hindsight-note').first()).toBeHidden();
  await page.getByRole('button', { name: 'Hide hindsight notes' }).click();
  await expect(page.locator('.hindsight-note').first()).toBeVisible();
});

test('a hindsight note links to its scorecard entry', async ({ page }) => {
  await page.goto('/analysis/building-into-the-os/');
  const link = page.locator('.hindsight-note .hindsight-more a').first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator(href.slice(href.indexOf('#')))).toBeInViewport();
});
