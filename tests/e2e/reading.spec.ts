/**
 * The reading experience on the built site, as a reader meets it: footnotes
 * as sidenotes or in place, with and without JS; the table of contents
 * marker; self-links; themes; line length; print.
 */
import { test, expect, type Page } from '@playwright/test';
import { holdLateStyles } from '../support/browser';

const PART2 = '/analysis/building-into-the-os/';
const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1400, height: 900 };

async function lineStats(page: Page, selector: string) {
  return page.locator(selector).evaluate((p) => {
    // Characters per rendered line, measured from the text's line boxes.
    const range = document.createRange();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('.sidenote, .self-link, .para-number, sup') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const lines = new Map<number, number>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const top = Math.round(rect.top / 4);
        lines.set(top, (lines.get(top) ?? 0) + 1);
      }
    }
    const counts = [...lines.values()];
    return { lines: counts.length, longest: Math.max(...counts), fullLines: counts.slice(0, -1) };
  });
}

test.describe('footnotes on a phone', () => {
  test.use({ viewport: PHONE });

  test('a reference opens its note in place, and Escape closes it and returns focus', async ({ page }) => {
    await page.goto(PART2);
    const ref = page.locator('a#fnref-note-3');
    const note = page.locator('#sn-note-3');
    await expect(note).toBeHidden();
    await ref.click();
    await expect(note).toBeVisible();
    await expect(note).toContainText('virtualization.info');
    await expect(note).toBeFocused();
    await expect(ref).toHaveAttribute('aria-expanded', 'true');
    expect(new URL(page.url()).hash, 'no jump to the end of the page').toBe('');
    // The note opens right under the line that cites it, not at the bottom.
    const refBox = (await ref.boundingBox())!;
    const noteBox = (await note.boundingBox())!;
    expect(noteBox.y - (refBox.y + refBox.height)).toBeLessThan(60);
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
    await expect(ref).toBeFocused();
    await expect(ref).toHaveAttribute('aria-expanded', 'false');
  });

  test('the keyboard opens a note with Enter', async ({ page }) => {
    await page.goto(PART2);
    await page.locator('a#fnref-note-5').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#sn-note-5')).toBeVisible();
    await expect(page.locator('#sn-note-5')).toBeFocused();
  });

  test('a note opened before the late stylesheets arrive (a slow phone) is focused once they do', async ({ page }) => {
    // Hold every stylesheet loaded after the page (the open note's style is among them) until the note is opened.
    const release = await holdLateStyles(page);
    await page.goto(PART2);
    await page.locator('a#fnref-note-5').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('a#fnref-note-5')).toHaveAttribute('aria-expanded', 'true');
    release();
    await expect(page.locator('#sn-note-5')).toBeVisible();
    await expect(page.locator('#sn-note-5')).toBeFocused();
  });

  test('a cited anchor lands in view, with no layout shift after load', async ({ page }) => {
    await page.goto('/analysis/the-independents/#comparison-table');
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    await expect(page.locator('#comparison-table')).toBeInViewport();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as Array<PerformanceEntry & { value: number }>) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });

  test('the contents fold above the text and open on demand', async ({ page }) => {
    await page.goto(PART2);
    const summary = page.locator('details.toc-narrow > summary');
    await expect(summary).toBeVisible();
    const link = page.locator('details.toc-narrow').getByRole('link', { name: 'The case for building it in', exact: true });
    await expect(link).toBeHidden();
    await summary.click();
    await link.click();
    await expect(page).toHaveURL(/#case-for-building-in$/);
    await expect(page.locator('#case-for-building-in')).toBeInViewport();
  });

  test('lines never run past 75 characters and nothing scrolls sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of ['/', '/analysis/', PART2, '/analysis/the-independents/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} horizontal overflow`).toBeLessThanOrEqual(0);
    }
    await page.goto(PART2);
    expect((await lineStats(page, '#p-control')).longest).toBeLessThanOrEqual(75);
  });
});

test.describe('footnotes on a wide screen', () => {
  test.use({ viewport: DESKTOP });

  test('notes sit in the margin beside the line that cites them', async ({ page }) => {
    await page.goto(PART2);
    const article = (await page.locator('article').boundingBox())!;
    for (const n of [3, 4, 6, 7]) {
      const note = page.locator(`#sn-note-${n}`);
      await expect(note).toBeVisible();
      const box = (await note.boundingBox())!;
      const ref = (await page.locator(`#fnref-note-${n}`).boundingBox())!;
      expect(box.x, `note ${n} is right of the text`).toBeGreaterThanOrEqual(article.x + article.width);
      expect(Math.abs(box.y - ref.y), `note ${n} is level with its reference`).toBeLessThan(200);
    }
  });

  test('clicking a reference highlights its margin note without jumping', async ({ page }) => {
    await page.goto(PART2);
    await page.locator('a#fnref-note-4').click();
    await expect(page.locator('#sn-note-4')).toHaveClass(/is-active/);
    await expect(page.locator('#sn-note-4')).toBeFocused();
    expect(new URL(page.url()).hash).toBe('');
  });

  test('body text runs 60 to 75 characters a line', async ({ page }) => {
    for (const [path, selector] of [
      [PART2, '#p-control'],
      ['/analysis/maintaining-independence/', '#p-one-hypervisor-or-two'],
    ]) {
      await page.goto(path);
      const stats = await lineStats(page, selector);
      const average = stats.fullLines.reduce((a, b) => a + b, 0) / stats.fullLines.length;
      expect(stats.lines).toBeGreaterThan(2);
      expect(average, `${selector} average line`).toBeGreaterThanOrEqual(60);
      expect(stats.longest, `${selector} longest line`).toBeLessThanOrEqual(75);
    }
  });

  test('the table of contents marks the section being read', async ({ page }) => {
    await page.goto(PART2);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', '#os-vendors-moving-in');
    await page.evaluate(() => document.getElementById('case-for-building-in')!.scrollIntoView({ block: 'start' }));
    await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', '#case-for-building-in');
    await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test('footnotes are ordinary links to numbered notes that link back', async ({ page }) => {
    await page.goto(PART2);
    await page.locator('a#fnref-note-6').click();
    await expect(page).toHaveURL(/#fn-note-6$/);
    const item = page.locator('li#fn-note-6');
    await expect(item).toBeInViewport();
    await expect(item).toHaveAttribute('value', '6');
    await item.locator('a[data-footnote-backref]').click();
    await expect(page).toHaveURL(/#fnref-note-6$/);
    await expect(page.locator('a#fnref-note-6')).toBeInViewport();
  });

  test('the theme button is not shown (it could not work); the contents stay usable', async ({ page }) => {
    await page.goto(PART2);
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    await page.locator('details.toc-narrow > summary').click();
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'The case for building it in' })).toBeVisible();
  });
});

test('self-links appear on keyboard focus and point at the paragraph', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(PART2);
  const link = page.locator('#p-built-in > a.self-link');
  await expect(link).toHaveCSS('opacity', '0');
  await link.focus();
  await expect(link).toHaveCSS('opacity', '1');
  await expect(link).toHaveAttribute('href', '#p-built-in');
  // Its name gives the paragraph's number for citation, which the margin shows.
  const number = await page.locator('#p-built-in > .para-number').textContent();
  await expect(page.locator('#p-built-in > .para-number')).toBeVisible();
  await expect(link).toHaveAccessibleName(`Paragraph ${number}: link and citation`);
  const heading = page.locator('#case-for-building-in + a.self-link');
  await expect(page.getByRole('heading', { name: 'The case for building it in', exact: true })).toBeVisible();
  await expect(heading).toHaveAccessibleName('Link to the section “The case for building it in”');
});

test('the theme toggle switches to dark and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBg).not.toBe(lightBg);
  await page.goto(PART2);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(lightBg);
});

test('the system dark preference applies without any choice stored', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(21, 23, 26)');
});

test('printing keeps the footnotes, drops the chrome and spells out link targets', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(PART2);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('section[data-footnotes]')).toBeVisible();
  await expect(page.locator('#sn-note-3')).toBeHidden();
  await expect(page.locator('.toc-wide')).toBeHidden();
  await expect(page.locator('.toc-narrow')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.print-url')).toBeVisible();
  await expect(page.locator('.print-url')).toContainText('/analysis/building-into-the-os/');
  const after = await page.locator('.source-credit a').evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/about/');
});

test('keyboard focus is always visible', async ({ page }) => {
  await page.goto('/analysis/');
  for (const selector of ['.skip-link', '.site-nav a', 'ol.contents a', '#point-stakes > a.self-link']) {
    const el = page.locator(selector).first();
    await el.focus();
    const outline = await el.evaluate((e) => {
      const style = getComputedStyle(e);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style, selector).not.toBe('none');
    expect(outline.width, selector).toBeGreaterThanOrEqual(2);
  }
});
