/**
 * What issue 12 changed, as a reader meets it: figure captions that say the drawing is ours,
 * figure 6's hindsight hidden with the other hindsight notes, the note's table with our table
 * note, and the scorecard showing Nitro as an analogy rather than evidence.
 */
import { test, expect } from '@playwright/test';

test('figure 6’s caption hindsight hides and comes back with the hindsight toggle', async ({ page }) => {
  await page.goto('/analysis/maintaining-independence/');
  const caption = page.locator('#fig-server-shipped figcaption');
  const hindsight = caption.locator('.caption-hindsight');
  await expect(hindsight).toBeVisible();
  await expect(hindsight).toContainText('Hindsight, added in 2026');
  await expect(hindsight).toContainText('ESX Server 3i');
  await expect(hindsight).toContainText('our analogy');
  const toggle = page.getByRole('button', { name: 'Hide hindsight notes' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(hindsight).toBeHidden();
  // The note's own part of the caption, and the credit, stay.
  await expect(caption).toBeVisible();
  await expect(caption).toContainText('some day');
  await expect(caption.locator('.diagram-credit')).toBeVisible();
  await page.reload();
  await expect(hindsight).toBeHidden();
  await toggle.click();
  await expect(hindsight).toBeVisible();
});

test('every figure caption says the drawing is this site’s, and figure 1 that it is outside the note’s subject', async ({ page }) => {
  await page.goto('/diagrams/');
  const captions = page.locator('figure.diagram-figure figcaption');
  await expect(captions).toHaveCount(6);
  for (const caption of await captions.all()) await expect(caption.locator('.diagram-credit')).toHaveText('Drawing: this site’s own, not the note’s.');
  await page.goto('/analysis/why-it-matters/');
  await expect(page.locator('#fig-hosted figcaption')).toContainText(/Outside the note.s subject \(its footnote 2\)/);
});

test('the note’s table keeps its cells and puts our glosses in a marked table note', async ({ page }) => {
  await page.goto('/analysis/the-independents/');
  await expect(page.locator('#table-multi-os td').first()).toHaveText(/^Yes, but /);
  const note = page.locator('#table-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('Table note, ours, not the note’s');
  await expect(note.locator('#table-note-first-available')).toContainText('Our correction');
  // Its two sources, each linked to the original and to the archived copy.
  await expect(note.locator('#table-note-first-available a[href^="http"]')).toHaveCount(4);
  await expect(note.locator('#table-note-first-available a[href^="http"]').first()).toHaveAttribute('href', /itknowledgeexchange\.techtarget\.com/);
  // The row mark leads to the gloss.
  await page.locator('#table-first-available .table-note-ref').click();
  await expect(page).toHaveURL(/#table-note-first-available$/);
});

test('the scorecard shows Nitro apart, as our analogy, and links new facts to their sources', async ({ page }) => {
  await page.goto('/hindsight/');
  const entry = page.locator('#hypervisor-ships-with-servers');
  await expect(entry.locator('.verdict')).toHaveText(/^Partly/);
  await expect(entry.locator('.scorecard-analogies')).toContainText('Our analogy, not evidence');
  await expect(entry.locator('.scorecard-facts')).not.toContainText('Nitro');
  await expect(page.locator('#kvm-displaces-xen')).toBeVisible();
  await expect(page.locator('#event-kvm-merged-tree a[rel~="external"]').first()).toHaveAttribute('href', /virtualization\.info/);
  await expect(page.locator('#event-kvm-merged-tree')).toContainText('Confidence: high');
});
