/**
 * The corrected edition on the built site: a reader who follows a link made
 * from the November 2026 edition to a paragraph that has changed is told so
 * and reads both wordings; the old edition stays readable at its own URL and
 * says what was reworded since; the changelog explains each change.
 */
import { test, expect } from '@playwright/test';

const PART2 = '/analysis/building-into-the-os/';

test('an old paragraph link lands on the changed paragraph, says so, and shows both wordings', async ({ page }) => {
  await page.goto(`${PART2}?edition=2026-11#p-control`);
  await expect(page.locator('#p-control')).toContainText('worth less is not worthless');
  const note = page.locator('details.changed-note[data-for="p-control"]');
  await expect(note).toHaveAttribute('open', '');
  await expect(page.locator('[data-cite-status]')).toContainText('reworded since the edition your link was copied from');
  await expect(note).toContainText('In the November 2026 edition: “An OS vendor that owns the virtualization layer');
  await note.getByRole('link', { name: 'Read it in that edition' }).click();
  await expect(page).toHaveURL(/\/editions\/2026-11\/analysis\/building-into-the-os\/#p-control$/);
  await expect(page.locator('#p-control')).toContainText('reduced value is still value');
  await expect(page.getByRole('note').filter({ hasText: 'You are reading the November 2026 edition' })).toBeVisible();
});

test('a changed footnote is flagged too, inside the footnote list', async ({ page }) => {
  await page.goto(`${PART2}?edition=2026-11#fn-note-3`);
  const note = page.locator('#fn-note-3 details.changed-note');
  await expect(note).toHaveAttribute('open', '');
  await expect(note).toContainText('reporting that Microsoft would not embed virtualization in Windows');
  await expect(page.locator('#fn-note-3')).toContainText('virtualization.info, April 2005');
  await expect(page.locator('#fn-note-3 a[href="https://virtualization.info/en/news/2005/04/microsoft-will-not-embed.html"]')).toBeVisible();
});

test('“Reworded since” notes stay one closed line until opened', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(PART2);
  const notes = page.locator('article details.changed-note');
  expect(await notes.count()).toBeGreaterThan(5);
  for (const note of await notes.all()) await expect(note).not.toHaveAttribute('open', '');
  const summary = page.locator('details.changed-note[data-for="p-control"] summary');
  const box = (await summary.boundingBox())!;
  const lineHeight = await summary.evaluate((s) => parseFloat(getComputedStyle(s).lineHeight));
  expect(box.height).toBeLessThan(lineHeight * 1.6);
  await summary.click();
  await expect(page.locator('details.changed-note[data-for="p-control"]')).toContainText('In the November 2026 edition');
});

test('a note on a reworded hindsight box hides with the hindsight notes', async ({ page }) => {
  await page.goto(PART2);
  const note = page.locator('details.changed-note[data-for="hs-xen-solaris"]');
  await expect(note).toBeVisible();
  await page.getByRole('button', { name: /hindsight notes/i }).click();
  await expect(note).toBeHidden();
  await expect(page.locator('#hs-xen-solaris')).toBeHidden();
});

test('the old edition tells its reader what was reworded since, with today’s wording', async ({ page }) => {
  await page.goto('/editions/2026-11/analysis/the-independents/#p-esx-design');
  const note = page.locator('details.changed-note[data-for="p-esx-design"]');
  await expect(note.locator('summary')).toHaveText('Reworded since this edition');
  await note.locator('summary').click();
  await expect(note).toContainText('Today: “ESX Server is likewise built around a hypervisor');
  await note.getByRole('link', { name: 'Read it in the current text' }).click();
  await expect(page).toHaveURL(/\/analysis\/the-independents\/#p-esx-design$/);
});

test('the changelog lists each reworded paragraph with its reason and links to both wordings', async ({ page }) => {
  await page.goto('/changelog/');
  const list = page.locator('#reworded-2026-12');
  await list.locator('summary').click();
  const entry = page.locator('#change-2026-12-building-into-the-os-fn-note-3');
  await expect(entry).toContainText('Footnote 3');
  await expect(entry).toContainText('invented a summary');
  const links = [
    ['Now', `${PART2}#fn-note-3`],
    ['Before (November 2026 edition)', `/editions/2026-11${PART2}#fn-note-3`],
  ];
  for (const [name, url] of links) expect(await entry.getByRole('link', { name }).getAttribute('href')).toBe(url);
  for (const [, url] of links) {
    const [path, anchor] = url.split('#');
    await page.goto(path);
    await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);
  }
});

test('each part says it speaks as of May 2006, and the credit names the three markers', async ({ page }) => {
  test.slow();
  for (const slug of ['why-it-matters', 'building-into-the-os', 'maintaining-independence', 'the-independents', 'conclusion']) {
    await page.goto(`/analysis/${slug}/`);
    await expect(page.locator('article header .as-of')).toHaveText('This part speaks as of May 2006; anything later is in a marked hindsight box.');
    await expect(page.locator('article header .source-credit')).toContainText('“Editor’s note” boxes, hindsight boxes you can hide, and inline “[editor: …]” remarks');
  }
});

test('About describes the three markers and what else is ours', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.locator('main')).toContainText('Inline “[editor: …]” remarks');
  await expect(page.locator('main')).toContainText('the subheadings inside every part');
});
