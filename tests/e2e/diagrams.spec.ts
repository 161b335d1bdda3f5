/**
 * The architecture diagrams as readers meet them: drawn in the HTML (title,
 * description, readable at 320 px) with no JS at all; island code fetched
 * only when a reader reaches for a figure (hover, focus, tap), never just
 * for scrolling past it, and that first action not lost; a layer's details
 * on focus, hover or tap; overlays; two diagrams side by side; a standalone
 * SVG download; motion only for readers who do not ask for less.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations } from '../support/browser';

// Room for hydration (React and d3 fetched on first touch) on a busy machine: a time budget, not a timing assertion.
test.describe.configure({ timeout: 90_000 });

const GALLERY = '/diagrams/';
const FIGURES: Record<string, string> = {
  'fig-hosted': '/analysis/why-it-matters/',
  'fig-os-embedded': '/analysis/building-into-the-os/',
  'fig-independent-xen': '/analysis/the-independents/',
  'fig-vmware-esx': '/analysis/the-independents/',
  'fig-ibm-power': '/analysis/maintaining-independence/',
  'fig-server-shipped': '/analysis/maintaining-independence/',
};

/** Scrolls to the figure and reaches for it (keyboard focus on its first control: works with mouse and touch alike), then waits for it to hydrate. */
async function hydrated(page: Page, figure: string) {
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.locator(figure).scrollIntoViewIfNeeded();
  await page.locator(`${figure} .diagram-overlays button`).first().focus();
  // A wait, not a timing assertion: hydration fetches React and d3, slow on a busy machine.
  await expect(page.locator(`${figure} .diagram-panel[data-hydrated]`).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator(`${figure} .diagram-panel:not([data-hydrated])`)).toHaveCount(0);
}

/** Every label line of the visible diagrams that is wider than its box, or spills out of it (CSS px, measured by the browser). */
async function overflowingLabels(page: Page, scope: string) {
  return page.locator(`${scope} svg.diagram-svg:visible`).evaluateAll((svgs) =>
    svgs.flatMap((svg) =>
      [...svg.querySelectorAll('g.layer')].flatMap((g) => {
        const box = (g.querySelector('rect.box') as SVGRectElement).getBBox();
        const text = (g.querySelector('text') as SVGTextElement).getBBox();
        const inside = text.x >= box.x && text.y >= box.y && text.x + text.width <= box.x + box.width && text.y + text.height <= box.y + box.height;
        return inside ? [] : [`${g.getAttribute('data-layer')}: text ${Math.round(text.width)}×${Math.round(text.height)} in box ${Math.round(box.width)}×${Math.round(box.height)}`];
      }),
    ),
  );
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('each figure is in its analysis part and on the gallery, as an SVG with title and description', async ({ page }) => {
    for (const [id, part] of Object.entries(FIGURES)) {
      for (const path of [part, GALLERY]) {
        await page.goto(`${path}#${id}`);
        const svg = page.locator(`#${id} svg.diagram-svg:visible`);
        await expect(svg, `${path}#${id}`).toHaveCount(1);
        await expect(svg.locator('title')).toHaveText(/^Figure \d\. /);
        expect((await svg.locator('desc').textContent())!.length).toBeGreaterThan(200);
        await expect(page.locator(`#${id} figcaption`)).toContainText('Figure');
        // The gallery has each figure's layer table; a part links to it rather than repeating it.
        if (path === GALLERY) await expect(page.locator(`#${id} .diagram-words table tbody tr`).first()).toBeAttached();
        else await expect(page.locator(`#${id} .diagram-words a[href="/diagrams/#${id}-layers"]`)).toHaveText(/layer by layer, in a table/);
      }
    }
  });
  test('a part’s link to a figure’s layer table opens the table on the gallery', async ({ page }) => {
    await page.goto(FIGURES['fig-vmware-esx']);
    await page.locator('#fig-vmware-esx .diagram-words summary').click();
    await page.locator('#fig-vmware-esx .diagram-words').getByRole('link', { name: /layer by layer, in a table/ }).click();
    await expect(page).toHaveURL(/\/diagrams\/#fig-vmware-esx-layers$/);
    await expect(page.locator('#fig-vmware-esx-layers table')).toBeVisible();
    await expect(page.locator('#fig-vmware-esx-layers tbody tr').first()).toBeInViewport();
  });
  test('on a 320 px phone the diagram is laid out for the phone, and no label leaves its box', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(GALLERY);
    await expect(page.locator('#fig-ibm-power svg.diagram-narrow')).toBeVisible();
    await expect(page.locator('#fig-ibm-power svg.diagram-wide')).toBeHidden();
    expect(await overflowingLabels(page, '.diagram-figure')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});

for (const width of [320, 1280]) {
  test(`labels fit their boxes once laid out for the measured width (${width} px)`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(GALLERY);
    for (const id of Object.keys(FIGURES)) await hydrated(page, `#${id}`);
    expect(await overflowingLabels(page, '.diagram-figure')).toEqual([]);
    await context.close();
  });
}

/** The island's own module: fetched only when the figure hydrates. */
async function islandRequests(page: Page, figure: string) {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const island = page.locator(`${figure} astro-island`);
  const component = new URL((await island.getAttribute('component-url'))!, page.url()).pathname;
  return { fetched, component };
}

test('scrolling past a figure fetches none of its code; the first hover does, and the figure works', async ({ page }) => {
  await page.goto(FIGURES['fig-ibm-power']);
  const { fetched, component } = await islandRequests(page, '#fig-ibm-power');
  await page.locator('#fig-ibm-power').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(fetched).not.toContain(component);
  await expect(page.locator('#fig-ibm-power .diagram-panel[data-hydrated]')).toHaveCount(0);
  // Still the whole figure, drawn by the server.
  await expect(page.locator('#fig-ibm-power svg.diagram-svg:visible g.layer').first()).toBeVisible();
  await page.locator('#fig-ibm-power .diagram-overlays').hover();
  await expect(page.locator('#fig-ibm-power .diagram-panel[data-hydrated]')).toHaveCount(1);
  expect(fetched).toContain(component);
});

test('a part read to the end without touching anything fetches no framework JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(FIGURES['fig-server-shipped']);
  const islands = page.locator('astro-island');
  expect(await islands.count()).toBeGreaterThan(0);
  const framework = new Set<string>();
  for (const island of await islands.all()) {
    for (const attr of ['component-url', 'renderer-url']) framework.add(new URL((await island.getAttribute(attr))!, page.url()).pathname);
  }
  for (let y = 0; y < 60 && (await page.evaluate(() => innerHeight + scrollY < document.documentElement.scrollHeight - 2)); y++) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(50);
  }
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => framework.has(s))).toEqual([]);
});

test('a tap on a layer before the figure has hydrated hydrates it and shows that layer’s details', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(FIGURES['fig-vmware-esx']);
  await page.locator('#fig-vmware-esx').scrollIntoViewIfNeeded();
  await expect(page.locator('#fig-vmware-esx .diagram-panel[data-hydrated]')).toHaveCount(0);
  await page.locator('#fig-vmware-esx g[data-layer="esx"]:visible').tap();
  await expect(page.locator('#fig-vmware-esx .diagram-panel[data-hydrated]')).toHaveCount(1);
  await expect(page.locator('#fig-vmware-esx .diagram-card')).toContainText(/Device drivers:?\s*Yes/);
  await context.close();
});

test('keyboard readers reach the controls before hydration: focus hydrates, and a control pressed early takes effect', async ({ page }) => {
  await page.goto(FIGURES['fig-vmware-esx']);
  const fig = page.locator('#fig-vmware-esx');
  const drivers = fig.getByRole('button', { name: 'Where the drivers live' });
  await expect(drivers).toBeEnabled();
  await drivers.focus();
  await page.keyboard.press('Enter');
  await expect(fig.locator('.diagram-panel[data-hydrated]')).toHaveCount(1);
  await expect(drivers).toBeFocused();
  await expect(drivers).toHaveAttribute('aria-pressed', 'true');
  await expect(fig.locator('g.layer.has-drivers')).toHaveCount(1);
  // Tab goes on to the layers, now focusable.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(fig.locator('.diagram-card')).toBeVisible();
});

test('the mouse resting on a layer when the figure hydrates shows that layer', async ({ page }) => {
  await page.goto(FIGURES['fig-vmware-esx']);
  await page.locator('#fig-vmware-esx').scrollIntoViewIfNeeded();
  await page.locator('#fig-vmware-esx g[data-layer="console-os"]:visible').hover();
  await expect(page.locator('#fig-vmware-esx .diagram-card')).toContainText('Console OS');
});

test('focusing a layer shows what it is, who supplies it, its drivers and its attack surface; Esc hides it', async ({ page }) => {
  await page.goto(FIGURES['fig-independent-xen']);
  await hydrated(page, '#fig-independent-xen');
  const dom0 = page.getByRole('button', { name: 'Domain0 controller: show details' });
  await dom0.focus();
  const card = page.locator('#fig-independent-xen .diagram-card');
  await expect(card).toBeVisible();
  for (const term of ['What it is', 'Supplied by', 'Device drivers', 'Trusted base', 'Attack surface']) await expect(card).toContainText(term);
  await expect(card).toContainText(/Device drivers:?\s*Yes/);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  // Tab moves on to the next layer, and its details follow.
  await dom0.focus();
  await page.keyboard.press('Tab');
  await expect(card).toContainText('Windows guest');
});

test('hovering and tapping a layer show its details too', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(FIGURES['fig-vmware-esx']);
  await hydrated(page, '#fig-vmware-esx');
  await page.locator('#fig-vmware-esx g[data-layer="esx"]').tap();
  await expect(page.locator('#fig-vmware-esx .diagram-card')).toContainText(/Device drivers:?\s*Yes/);
  // A tap elsewhere on the page closes them.
  await page.locator('#p-esx-design').tap();
  await expect(page.locator('#fig-vmware-esx .diagram-card')).toBeHidden();
  await context.close();
  const desk = await browser.newPage();
  await desk.goto(FIGURES['fig-vmware-esx']);
  await hydrated(desk, '#fig-vmware-esx');
  await desk.locator('#fig-vmware-esx g[data-layer="console-os"]').hover();
  await expect(desk.locator('#fig-vmware-esx .diagram-card')).toContainText('Console OS');
  await desk.close();
});

test('overlays show where the drivers live, the trusted base and who manages what, and switch off again', async ({ page }) => {
  await page.goto(FIGURES['fig-vmware-esx']);
  await hydrated(page, '#fig-vmware-esx');
  const fig = page.locator('#fig-vmware-esx');
  const drivers = fig.getByRole('button', { name: 'Where the drivers live' });
  await drivers.click();
  await expect(drivers).toHaveAttribute('aria-pressed', 'true');
  await expect(fig.locator('g.layer.has-drivers')).toHaveCount(1);
  await expect(fig.locator('g.layer.has-drivers')).toHaveAttribute('data-layer', 'esx');
  await expect(fig.locator('.diagram-legend')).toContainText('holds the device drivers');
  await fig.getByRole('button', { name: 'What is in the trusted base' }).click();
  await expect(fig.locator('g.layer.is-trusted')).toHaveCount(3);
  await expect(fig.locator('g.layer[data-layer^="guest"].is-trusted')).toHaveCount(0);
  await fig.getByRole('button', { name: 'Who manages it' }).click();
  await expect(fig.locator('path.link')).toHaveCount(3);
  await drivers.click();
  await expect(fig.locator('g.layer.has-drivers')).toHaveCount(0);
});

test('two diagrams side by side, the overlays on both, and the comparison in a link', async ({ page, browser }) => {
  await page.goto(GALLERY);
  await hydrated(page, '.diagram-compare');
  const compare = page.locator('.diagram-compare');
  await compare.getByLabel('Right').selectOption('vmware-esx');
  await compare.getByRole('button', { name: 'Who manages it' }).click();
  await expect(page).toHaveURL(/\?b=vmware-esx&ov=drivers,manages$/);
  const sides = compare.locator('.compare-side');
  await expect(sides.nth(0).locator('svg > title')).toHaveText(/^Figure 2\./);
  await expect(sides.nth(1).locator('svg > title')).toHaveText(/^Figure 4\./);
  for (const i of [0, 1]) {
    await expect(sides.nth(i).locator('g.layer.has-drivers')).toHaveCount(1);
    expect(await sides.nth(i).locator('path.link').count()).toBeGreaterThan(0);
  }
  // Side by side on a wide screen.
  const [a, b] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()];
  expect(Math.abs(a!.y - b!.y)).toBeLessThan(5);
  expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
  const other = await browser.newPage();
  await other.goto(page.url());
  await hydrated(other, '.diagram-compare');
  await expect(other.locator('.compare-side').nth(1).locator('svg > title')).toHaveText(/^Figure 4\./);
  await expect(other.locator('.diagram-compare').getByRole('button', { name: 'Who manages it' })).toHaveAttribute('aria-pressed', 'true');
  await other.close();
});

test.describe('sharing', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('the comparison’s link can be copied, and says so', async ({ page }) => {
    await page.goto(`${GALLERY}?a=hosted`);
    await hydrated(page, '.diagram-compare');
    await page.getByRole('button', { name: 'Copy link to this comparison' }).click();
    await expect(page.locator('.compare-link [role="status"]')).toHaveText('Link to this comparison copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/diagrams\/\?a=hosted$/);
  });
});

test('a bad comparison link is ignored with a notice', async ({ page }) => {
  await page.goto(`${GALLERY}?a=mainframe&ov=x-ray`);
  await hydrated(page, '.diagram-compare');
  await expect(page.getByRole('alert')).toContainText('Ignored a=“mainframe”');
  await expect(page.locator('.compare-side').nth(0).locator('svg > title')).toHaveText(/^Figure 2\./);
});

test('the SVG download stands alone: namespace, title, its own colours, nothing fetched', async ({ page, browser }) => {
  await page.goto(FIGURES['fig-server-shipped']);
  await hydrated(page, '#fig-server-shipped');
  await page.locator('#fig-server-shipped').getByRole('button', { name: 'Where the drivers live' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#fig-server-shipped').getByRole('button', { name: 'Download SVG' }).click()]);
  expect(file.suggestedFilename()).toBe('hypervisor-home-figure-6-server-shipped.svg');
  const svg = readFileSync((await file.path())!, 'utf8');
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain('<title');
  expect(svg).toContain('Figure 6.');
  // Opened on its own, it draws with its embedded colours and asks for nothing.
  const viewer = await browser.newPage();
  const requests: string[] = [];
  viewer.on('request', (r) => requests.push(r.url()));
  await viewer.route('**/*', (route) => route.fulfill({ contentType: 'image/svg+xml', body: svg }));
  await viewer.goto('http://standalone.invalid/figure.svg');
  const fill = await viewer.locator('g.layer rect.box').first().evaluate((r) => getComputedStyle(r).fill);
  expect(fill).not.toBe('rgb(0, 0, 0)');
  expect(await viewer.locator('g.layer').count()).toBe(await page.locator('#fig-server-shipped g.layer').count());
  expect(requests).toEqual(['http://standalone.invalid/figure.svg']);
  await viewer.close();
});

test('overlays animate as a cue, and not at all for readers who prefer reduced motion', async ({ browser }) => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(FIGURES['fig-os-embedded']);
    await hydrated(page, '#fig-os-embedded');
    await page.locator('#fig-os-embedded').getByRole('button', { name: 'Who manages it' }).click();
    const running = await page.evaluate(() => document.getAnimations().length);
    if (reducedMotion === 'reduce') expect(running).toBe(0);
    else expect(running).toBeGreaterThan(0);
    await context.close();
  }
});

test('axe passes with overlays on and a layer’s details open, in both themes', async ({ page }) => {
  await page.goto(GALLERY);
  await hydrated(page, '.diagram-compare');
  await page.locator('.diagram-compare').getByRole('button', { name: 'What is in the trusted base' }).click();
  await page.locator('.compare-side').nth(1).locator('g.layer').first().focus();
  await expect(page.locator('.compare-side').nth(1).locator('.diagram-card')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
});
