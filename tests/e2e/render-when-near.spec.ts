/**
 * The long blocks below the tools (.render-when-near: the calculator's price
 * sources and working, the matrix's sources and its rows and columns) are
 * drawn only when near the window once the page is laid out (issue 15: a
 * keystroke or a click then redraws what is in sight). A reader must not
 * notice it: nothing moves as the blocks come in, and a link into one lands
 * on its target. What it saves is measured in `npm run bench`, not here.
 */
import { test, expect, type Page } from '@playwright/test';
import { chartsDrawnForTheirWidth } from '../support/tco-page';

/** Every block's top in the document and whether its content is drawn now, with the page's height. */
const blocks = (page: Page) =>
  page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    blocks: [...document.querySelectorAll<HTMLElement>('.render-when-near')].map((b) => ({
      top: Math.round(b.getBoundingClientRect().top + scrollY),
      drawn: (b.firstElementChild ?? b).checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions),
      skips: getComputedStyle(b).contentVisibility === 'auto',
    })),
  }));

/** Two frames: content-visibility decides what is drawn at the rendering step. */
const frames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Scrolls to the foot `step` px at a time: at every step the page's height and each block's top are as in `before`. */
async function scrollNothingMoves(page: Page, before: Awaited<ReturnType<typeof blocks>>, step: number) {
  for (let y = 0; y < before.height; y += step) {
    await page.evaluate((to) => scrollTo(0, to), y);
    await frames(page);
    const now = await blocks(page);
    expect(Math.abs(now.height - before.height), `page height at scroll ${y}`).toBeLessThanOrEqual(1);
    expect(now.blocks.map((b) => b.top)).toEqual(before.blocks.map((b) => b.top));
  }
}

/** Each tool's page and its island's root. */
const TOOLS = [
  { path: '/tools/tco/', tool: '.tco' },
  { path: '/tools/matrix/', tool: '.matrix' },
];

/** Loaded, the tool hydrated (it changes height as it does: not this feature's doing) and back at the top. */
async function ready(page: Page, { path, tool }: (typeof TOOLS)[number]) {
  await page.goto(path);
  await page.locator(tool).scrollIntoViewIfNeeded();
  await page.locator(`${tool}[data-hydrated]`).waitFor();
  await page.locator('html[data-laid-out][data-late-styles]').waitFor({ state: 'attached' });
  await page.evaluate(() => scrollTo(0, 0));
  await frames(page);
}

for (const { path, tool } of TOOLS) {
  for (const viewport of [{ width: 375, height: 700 }, { width: 1280, height: 800 }]) {
    test(`${path} at ${viewport.width} px: blocks below the tool come in as the reader scrolls, and nothing moves`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await ready(page, { path, tool });
      const before = await blocks(page);
      expect(before.blocks.length).toBeGreaterThan(0);
      expect(before.blocks.every((b) => b.skips)).toBe(true);
      // The last block is far below the first screen: skipped until the reader gets near.
      expect(before.blocks.at(-1)!.drawn).toBe(false);

      // Scroll to the foot a screen at a time: each block comes in at the height it was laid out with.
      await scrollNothingMoves(page, before, viewport.height);
      expect((await blocks(page)).blocks.at(-1)!.drawn).toBe(true);
    });
  }
}

test('after the window changes width, the blocks are laid out again at the new width: nothing moves as the reader scrolls', async ({ page }) => {
  // A phone turned on its side, or a window made narrower: text in a skipped block wraps anew, so the height
  // it was last laid out with is no longer its own.
  await page.setViewportSize({ width: 1280, height: 800 });
  await ready(page, TOOLS[0]);
  await page.evaluate(() => {
    const w = window as unknown as { resized: Promise<unknown> };
    w.resized = new Promise((done) => addEventListener('resize', done, { once: true }));
  });
  await page.setViewportSize({ width: 375, height: 700 });
  await page.evaluate(() => (window as unknown as { resized: Promise<unknown> }).resized);
  await page.locator('html[data-laid-out]').waitFor({ state: 'attached' });
  // The charts above the blocks are redrawn for the new width after it: their change of height is not this feature's.
  await chartsDrawnForTheirWidth(page);
  await frames(page);
  const before = await blocks(page);
  expect(before.blocks.every((b) => b.skips)).toBe(true);
  await scrollNothingMoves(page, before, 700);
});

test('a change of height alone (a phone\'s address bar or keyboard) leaves the blocks as they are; two changes of width in a row mark the page once, after the last', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await ready(page, TOOLS[0]);
  // Every change of the mark, from the page itself.
  await page.evaluate(() => {
    const w = window as unknown as { marks: string[]; resized: Promise<unknown> };
    w.marks = [];
    new MutationObserver((records) => {
      // One entry a change; the two changes the test makes are frames apart, never in one batch.
      records.forEach(() => w.marks.push(document.documentElement.hasAttribute('data-laid-out') ? 'on' : 'off'));
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-laid-out'] });
    w.resized = new Promise((done) => addEventListener('resize', done, { once: true }));
  });
  await page.setViewportSize({ width: 375, height: 560 });
  await page.evaluate(() => (window as unknown as { resized: Promise<unknown> }).resized);
  await frames(page);
  await frames(page);
  expect(await page.evaluate(() => (window as unknown as { marks: string[] }).marks)).toEqual([]);
  expect((await blocks(page)).blocks.every((b) => b.skips)).toBe(true);

  // Two changes of width before a frame is drawn (as a window being dragged narrower sends them): the mark
  // queued by the first is dropped, and the page is marked once, two frames after the second.
  const marks = await page.evaluate(async () => {
    const w = window as unknown as { marks: string[] };
    w.marks = [];
    // innerWidth is replaceable: the page's own value stands in for a window being resized.
    for (const width of [360, 340]) {
      Object.defineProperty(window, 'innerWidth', { value: width, configurable: true });
      dispatchEvent(new Event('resize'));
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done))));
    return w.marks;
  });
  expect(marks).toEqual(['off', 'on']);
});

test('a block whose content changes while it is skipped takes its new height at once: nothing moves as the reader scrolls to it', async ({ page }) => {
  // The calculator's charts and working are redrawn after a pause in typing, far below a phone's window; here
  // the last block below the calculator grows by a few paragraphs while skipped, as they may.
  await page.setViewportSize({ width: 375, height: 700 });
  await ready(page, TOOLS[0]);
  const grown = await page.evaluate(() => {
    const last = [...document.querySelectorAll<HTMLElement>('.render-when-near')].at(-1)!;
    const was = last.getBoundingClientRect().height;
    for (let i = 0; i < 6; i++) last.lastElementChild!.append(Object.assign(document.createElement('p'), { textContent: 'A paragraph added while the block is skipped, long enough to wrap over several lines on a phone.' }));
    return { was, skipped: !(last.firstElementChild ?? last).checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions) };
  });
  expect(grown.skipped).toBe(true);
  await frames(page);
  await frames(page);
  const before = await blocks(page);
  const lastHeight = await page.evaluate(() => [...document.querySelectorAll('.render-when-near')].at(-1)!.getBoundingClientRect().height);
  expect(lastHeight).toBeGreaterThan(grown.was + 100);
  expect(before.blocks.every((b) => b.skips)).toBe(true);
  await scrollNothingMoves(page, before, 700);
});

for (const width of [320, 1280]) {
  test(`/tools/tco/ at ${width} px: a control in the calculator's charts and working keeps its focus ring inside that block, though the block contains its paint`, async ({ page }) => {
    // content-visibility: auto contains a block's paint, drawn or not: a focus ring (an outline, outside the
    // control's box) reaching past the block's box would be cut.
    await page.setViewportSize({ width, height: 800 });
    await ready(page, TOOLS[0]);
    const cut = await page.evaluate(() => {
      const block = document.querySelector<HTMLElement>('.tco-details')!;
      const found: string[] = [];
      for (const control of block.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex]')) {
        if (!control.checkVisibility()) continue;
        control.scrollIntoView({ block: 'center' });
        control.focus({ focusVisible: true } as FocusOptions);
        const style = getComputedStyle(control);
        const reach = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const box = control.getBoundingClientRect();
        // Against the charts-and-working block only: the working's panels, blocks of their own, still cut their
        // summaries' rings (not mended here).
        const edge = block.getBoundingClientRect();
        if (box.left - reach < edge.left - 0.5 || box.right + reach > edge.right + 0.5) found.push(`${control.localName}.${control.className} (${Math.round(box.left - reach - edge.left)}, ${Math.round(edge.right - box.right - reach)})`);
      }
      return found;
    });
    expect(cut).toEqual([]);
  });
}

for (const tool of TOOLS) {
  test(`${tool.path}: in print every block, and every card of the matrix, is drawn, near the window or not`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await ready(page, tool);
    if (tool.tool === '.matrix') await page.locator('.matrix[data-layout="cards"][data-settled]').waitFor({ state: 'attached' });
    const skipped = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.render-when-near, .matrix tbody tr')]
          .filter((b) => getComputedStyle(b).contentVisibility === 'auto' || !(b.firstElementChild ?? b).checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions))
          .map((b) => b.className || b.id || b.tagName),
      );
    // On screen, some are skipped: the page is long and the reader is at its top.
    expect((await skipped()).length).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    await frames(page);
    expect(await skipped()).toEqual([]);
  });
}

test('a link from a matrix cell to a source skipped below lands on the source', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await ready(page, TOOLS[1]);
  const target = await page.evaluate(() => document.querySelector('.matrix-refs li[id]')!.id);
  expect((await blocks(page)).blocks[0].drawn).toBe(false);
  await page.evaluate((id) => (location.hash = id), target);
  // The page scrolls smoothly (global.css): where it comes to rest.
  const top = () => page.locator(`[id="${target}"]`).evaluate((el) => Math.round(el.getBoundingClientRect().top));
  await expect.poll(top, { timeout: 10_000 }).toBeGreaterThanOrEqual(0);
  await expect.poll(top, { timeout: 10_000 }).toBeLessThan(100);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const { path } of TOOLS) {
    test(`${path}: nothing is skipped, every block is drawn`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 700 });
      await page.goto(path);
      await page.waitForLoadState('load');
      const { blocks: all } = await blocks(page);
      expect(all.length).toBeGreaterThan(0);
      expect(all.filter((b) => b.skips || !b.drawn)).toEqual([]);
    });
  }
});
