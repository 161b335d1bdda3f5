/**
 * Every screen (issue 14, "Done when"): every built page at 320 to 1920 px,
 * with JavaScript on and off, in each of these states in turn:
 *
 *   - as loaded (islands hydrated, with JS);
 *   - every <details> open at once (opening one more can only add boxes, so
 *     this covers each one opened alone; exclusive groups are opened one
 *     member at a time);
 *   - with JS, each kind of script-driven disclosure ([aria-expanded="false"]:
 *     a footnote opened in place, a cell's details, ...) opened alone (the
 *     first visible one of each kind);
 *   - with JS, each kind of dialog open on its own: search (with results),
 *     a paragraph's citation, and any other [aria-haspopup="dialog"].
 *
 * and finds, at each width:
 *
 *   - no sideways scroll of the page;
 *   - no clipped detail: no box that hides overflowing content without
 *     letting the reader scroll to it, and nothing cut off at the screen's
 *     edge;
 *   - no pointer target under 24 × 24 px unless spaced as WCAG 2.2's 2.5.8
 *     allows (a 24 px circle on its centre touches no other target or
 *     another small target's circle) or inline in a sentence (exempt).
 *     While a modal dialog is open only its own targets count: the rest of
 *     the page is inert.
 *
 * One browser, two contexts (JS on, JS off) per page, each page loaded once
 * per context and resized through the widths rather than reloaded.
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import { isRedirectStub, loadBuiltSite } from '../support/built-site';
import { chartsDrawnForTheirWidth } from '../support/tco-page';

const WIDTHS = [320, 375, 768, 1024, 1280, 1366, 1440, 1920];
const HEIGHT = 800;
const PAGES = loadBuiltSite()
  .filter((p) => !isRedirectStub(p))
  .map((p) => p.path);

test.describe.configure({ mode: 'parallel', timeout: 300_000 });

interface Finding {
  kind: 'sideways scroll' | 'clipped' | 'cut off at the edge' | 'outside its figure' | 'small target';
  what: string;
}

/** Runs in the page: what is wrong at the current width. `scope` limits targets (an open modal dialog). */
function inspect(scopeSelector: string | null): Finding[] {
  const findings: Finding[] = [];
  const root = document.documentElement;
  const vw = root.clientWidth;
  const scope: Element = (scopeSelector && document.querySelector(scopeSelector)) || document.body;

  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${id}${cls}${text ? ` “${text}”` : ''}`;
  };
  const shown = (el: Element) => el.checkVisibility({ checkVisibilityCSS: true } as CheckVisibilityOptions);
  const scrolls = (v: string) => v === 'auto' || v === 'scroll';
  /** Inside a box the reader can scroll sideways (its overflow is reachable, not clipped). */
  const inScroller = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (scrolls(s.overflowX) || p.tagName === 'DIALOG') return true;
      if (s.position === 'fixed') return false;
    }
    return false;
  };
  // Visually hidden on purpose (screen-reader text, the file input behind its label).
  const hiddenOnPurpose = (r: DOMRect) => r.width <= 2 || r.height <= 2;

  const all = [...document.body.querySelectorAll('*')].filter((el) => !(el instanceof HTMLScriptElement) && !(el instanceof HTMLStyleElement));

  // 1. Sideways scroll.
  const scrollingWidth = (document.scrollingElement ?? root).scrollWidth;
  if (scrollingWidth > vw + 1) {
    const culprits = all
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > vw + 1 && !inScroller(el) && shown(el);
      })
      .slice(0, 3)
      .map(describe);
    findings.push({ kind: 'sideways scroll', what: `page ${scrollingWidth} px wide; widest: ${culprits.join(', ')}` });
  }

  // 2. Clipped: hidden overflow, and boxes cut by the screen's edge.
  // Paint containment (contain: paint, or content-visibility: auto on a block drawn only when near the window)
  // also cuts off whatever a descendant draws outside the box's padding box, with no scrollbar to reach it.
  const paintContained: Array<{ box: HTMLElement; style: CSSStyleDeclaration }> = [];
  for (const el of all) {
    if (!(el instanceof HTMLElement) || el.closest('svg')) continue;
    if (el.matches('input, select, textarea, option, button')) continue;
    const s = getComputedStyle(el);
    if (/paint|strict|content/.test(s.contain) || s.contentVisibility === 'auto') paintContained.push({ box: el, style: s });
    const clipX = s.overflowX === 'hidden' || s.overflowX === 'clip';
    const clipY = s.overflowY === 'hidden' || s.overflowY === 'clip';
    if (!clipX && !clipY && s.textOverflow !== 'ellipsis') continue;
    const r = el.getBoundingClientRect();
    if (hiddenOnPurpose(r) || !shown(el)) continue;
    if ((clipX && el.scrollWidth > el.clientWidth + 1) || (clipY && el.scrollHeight > el.clientHeight + 1)) {
      findings.push({ kind: 'clipped', what: `${describe(el)} shows ${el.clientWidth}×${el.clientHeight} of ${el.scrollWidth}×${el.scrollHeight} px` });
    }
  }
  for (const { box, style: s } of paintContained) {
    const b = box.getBoundingClientRect();
    if (hiddenOnPurpose(b) || !shown(box)) continue;
    const edge = { left: b.left + parseFloat(s.borderLeftWidth), right: b.right - parseFloat(s.borderRightWidth), top: b.top + parseFloat(s.borderTopWidth), bottom: b.bottom - parseFloat(s.borderBottomWidth) };
    /** Cut off already by a clipping or scrolling box inside this one (the overflow check above covers those). */
    const clippedWithin = (el: Element) => {
      for (let p = el.parentElement; p && p !== box; p = p.parentElement) if (getComputedStyle(p).overflow !== 'visible') return true;
      return false;
    };
    const cut = [...box.querySelectorAll('*')].find((el) => {
      const r = el.getBoundingClientRect();
      if (hiddenOnPurpose(r) || !shown(el) || clippedWithin(el)) return false;
      return r.left < edge.left - 1 || r.right > edge.right + 1 || r.top < edge.top - 1 || r.bottom > edge.bottom + 1;
    });
    if (cut) findings.push({ kind: 'clipped', what: `${describe(cut)} reaches outside ${describe(box)}, which contains its paint` });
  }
  // 3. A figure's words past its edge: cut off there (an svg clips its overflow unless told not to), or drawn
  // over the page's margin or the text beside it. The checks above see neither: they measure boxes, and an
  // svg's text is not in its box. A label laid out for a narrower font than the one drawn does this. Inside a
  // box that scrolls sideways too: scrolling does not reach what an svg cuts off.
  for (const text of document.querySelectorAll('svg text')) {
    const svg = text.closest('svg')!;
    if (!shown(text)) continue;
    const r = text.getBoundingClientRect();
    const f = svg.getBoundingClientRect();
    if (hiddenOnPurpose(r) || hiddenOnPurpose(f)) continue;
    if (r.left < f.left - 1 || r.right > f.right + 1 || r.top < f.top - 1 || r.bottom > f.bottom + 1) {
      const past = Math.round(Math.max(f.left - r.left, r.right - f.right, f.top - r.top, r.bottom - f.bottom));
      findings.push({ kind: 'outside its figure', what: `${describe(text)} in ${describe(svg.parentElement ?? svg).slice(0, 40)} runs ${past} px past, or is cut at, its svg's edge` });
    }
  }
  if (scrollingWidth <= vw + 1) {
    // A box past the edge of a page that does not scroll sideways cannot be reached at all.
    for (const el of all) {
      const r = el.getBoundingClientRect();
      if (hiddenOnPurpose(r) || (r.right <= vw + 1 && r.left >= -1)) continue;
      if (inScroller(el) || !shown(el)) continue;
      if (el.parentElement && all.includes(el.parentElement)) {
        const pr = el.parentElement.getBoundingClientRect();
        if (pr.right > vw + 1 || pr.left < -1) continue; // report the outermost box only
      }
      findings.push({ kind: 'cut off at the edge', what: `${describe(el)} spans ${Math.round(r.left)} to ${Math.round(r.right)} px of ${vw}` });
    }
  }

  // 3. Targets.
  const TARGETS = 'a[href], button, summary, input:not([type="hidden"]), select, textarea, [role="button"], [role="link"], [role="tab"], [role="checkbox"], [role="switch"], [role="radio"], [role="menuitem"]';
  const targets = [...scope.querySelectorAll(TARGETS)].filter((el) => {
    if ((el as HTMLButtonElement).disabled || el.closest('[inert], fieldset:disabled')) return false;
    const r = el.getBoundingClientRect();
    return !hiddenOnPurpose(r) && shown(el);
  });
  const rects = new Map(targets.map((el) => [el, el.getBoundingClientRect()]));
  const small = (r: DOMRect) => r.width < 24 - 0.01 || r.height < 24 - 0.01;
  /** WCAG 2.2 2.5.8's inline exception: a link inside a sentence, sized by the line it sits in. */
  const inline = (el: Element) => {
    if (!(el instanceof HTMLElement) || getComputedStyle(el).display !== 'inline') return false;
    let block: HTMLElement | null = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!block) return false;
    const others = (block.textContent ?? '').replace(el.textContent ?? '', '');
    return /[\p{L}\p{N}]{2,}/u.test(others);
  };
  const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  const distanceToRect = (p: { x: number; y: number }, r: DOMRect) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
  for (const el of targets) {
    const r = rects.get(el)!;
    if (!small(r) || inline(el)) continue;
    const c = centre(r);
    const crowded = targets.find((other) => {
      if (other === el || other.contains(el) || el.contains(other)) return false;
      const o = rects.get(other)!;
      if (distanceToRect(c, o) < 12) return true;
      if (small(o) && !inline(other)) {
        const oc = centre(o);
        return Math.hypot(oc.x - c.x, oc.y - c.y) < 24;
      }
      return false;
    });
    if (crowded) findings.push({ kind: 'small target', what: `${describe(el)} is ${Math.round(r.width)}×${Math.round(r.height)} px, within 12 px of ${describe(crowded)}` });
  }
  return findings;
}

/**
 * Lets the page lay out again: with JS, two frames so resize handlers run, then until the calculator's charts
 * are drawn for the new width (useWidth: a transition after a ResizeObserver, so later than the frames);
 * without, a forced layout (no frame callbacks run then).
 */
async function settle(page: Page) {
  const js = await page.evaluate(() => document.documentElement.classList.contains('js'));
  if (!js) {
    await page.evaluate(() => document.documentElement.getBoundingClientRect().width);
    return;
  }
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await chartsDrawnForTheirWidth(page);
}

/** Checks the page at every width; returns findings labelled with the width and state. */
async function atEveryWidth(page: Page, state: string, scope: string | null = null): Promise<string[]> {
  const out: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHT });
    await settle(page);
    for (const f of await page.evaluate(inspect, scope)) out.push(`${state} @${width}: ${f.kind}: ${f.what}`);
  }
  await page.setViewportSize({ width: 1280, height: HEIGHT });
  return out;
}

/**
 * Hydrates every island, one at a time, then goes back to the top: a client:visible one (the tools) once it
 * is in view, a client:intent one (the diagrams) on a reader's first focus. Each is awaited in turn. (Before,
 * each island itself was scrolled to, which moves nothing since it has no box, and no wait was kept to: the
 * tools never hydrated here, and the checks with JS saw only their server-drawn state.)
 */
async function hydrateAll(page: Page) {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    const island = await islands.nth(i).elementHandle();
    await island!.evaluate((el) => {
      // An island has no box of its own (display: contents): its first child is what scrolls into view.
      (el.firstElementChild ?? el).scrollIntoView();
      el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    });
    await page.waitForFunction((el) => !el.hasAttribute('ssr'), island, { timeout: 20_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Opens every <details> (members of an exclusive group close each other: the last one stays open). */
async function openAllDetails(page: Page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

async function checkPage(browser: Browser, path: string, js: boolean): Promise<string[]> {
  const mode = js ? 'JS on' : 'JS off';
  const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: HEIGHT } });
  const page = await context.newPage();
  const found: string[] = [];
  try {
    await page.goto(path);
    // A block drawn only once near the window (.render-when-near, global.css) is measured as a reader meets it:
    // drawn at its true size, its paint contained, as content-visibility: auto leaves it once drawn. Skipped,
    // its descendants' boxes are laid out on demand against a box of last-remembered height.
    // (Set through the CSSOM: the site's CSP refuses a <style> element.)
    await page.evaluate(() => {
      for (const block of document.querySelectorAll<HTMLElement>('.render-when-near')) {
        block.style.setProperty('content-visibility', 'visible', 'important');
        block.style.setProperty('contain', 'layout style paint', 'important');
      }
    });
    if (js) await hydrateAll(page);
    found.push(...(await atEveryWidth(page, `${mode}, as loaded`)));

    await openAllDetails(page);
    await settle(page);
    found.push(...(await atEveryWidth(page, `${mode}, every disclosure open`)));
    await page.evaluate(() => document.querySelectorAll('details[open]').forEach((d) => ((d as HTMLDetailsElement).open = false)));
    if (!js) return found;

    // Script-driven disclosures, one at a time (the visible ones: a closed panel's own are covered when it opens).
    // One of each kind (same element, class and control type: ten footnote references open the same way), to keep the run short.
    const expanders = await page.evaluate(() => {
      let n = 0;
      const kinds = new Set<string>();
      for (const el of document.querySelectorAll('[aria-expanded="false"]')) {
        const kind = `${el.tagName}.${el.className}|${[...el.attributes].map((a) => a.name).filter((a) => a.startsWith('data-')).sort().join(',')}`;
        if (kinds.has(kind) || !el.checkVisibility({ checkVisibilityCSS: true } as CheckVisibilityOptions)) continue;
        kinds.add(kind);
        el.setAttribute('data-screens-expander', String(n++));
      }
      return n;
    });
    for (let i = 0; i < expanders; i++) {
      const opener = page.locator(`[data-screens-expander="${i}"]`);
      const label = await opener.evaluate((el) => `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}”`);
      const url = page.url();
      await opener.evaluate((el) => (el as HTMLElement).click());
      await settle(page);
      if (page.url().split('#')[0] !== url.split('#')[0]) {
        found.push(`${mode}: ${label} has aria-expanded but navigated away instead of opening`);
        break;
      }
      found.push(...(await atEveryWidth(page, `${mode}, ${label} open`)));
      await page.keyboard.press('Escape');
      await opener.evaluate((el) => el.getAttribute('aria-expanded') === 'true' && (el as HTMLElement).click());
      await settle(page);
    }

    // Dialogs, one at a time: search with results, a paragraph's citation, any other.
    const search = page.locator('a[data-search-open]');
    if (await search.count()) {
      await search.click();
      await page.locator('dialog.search-dialog[open] #search-input').fill('hypervisor');
      await page.locator('dialog.search-dialog[open] .search-result').first().waitFor({ timeout: 20_000 }).catch(() => found.push(`${mode}: search showed no results for “hypervisor”`));
      found.push(...(await atEveryWidth(page, `${mode}, search dialog open`, 'dialog[open]')));
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open]')).toHaveCount(0);
    }
    const openers = await page.evaluate(() => {
      const seen = new Set<string>();
      const out: number[] = [];
      document.querySelectorAll('[aria-haspopup="dialog"]').forEach((el, i) => {
        const kind = `${el.tagName}.${el.className}`;
        if (!seen.has(kind)) {
          seen.add(kind);
          out.push(i);
        }
      });
      return out;
    });
    for (const i of openers) {
      const opener = page.locator('[aria-haspopup="dialog"]').nth(i);
      const label = await opener.evaluate((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30));
      await opener.evaluate((el) => (el as HTMLElement).click());
      const opened = await page.locator('dialog[open]').first().waitFor({ timeout: 10_000 }).then(() => true, () => false);
      if (!opened) {
        found.push(`${mode}: “${label}” promises a dialog and none opened`);
        continue;
      }
      found.push(...(await atEveryWidth(page, `${mode}, dialog from “${label}” open`, 'dialog[open]')));
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open]')).toHaveCount(0);
    }
    return found;
  } finally {
    await context.close();
  }
}

/** The same finding at several widths, once, with its widths. */
function grouped(findings: string[]): string[] {
  const byMessage = new Map<string, string[]>();
  for (const f of findings) {
    const m = /^(.*?) @(\d+): (.*)$/.exec(f);
    const key = m ? `${m[1]}: ${m[3]}` : f;
    byMessage.set(key, [...(byMessage.get(key) ?? []), m ? m[2] : '']);
  }
  return [...byMessage].map(([message, widths]) => (widths[0] ? `${message} [at ${widths.join(', ')} px]` : message));
}

for (const path of PAGES) {
  test(`every screen, JS on and off, disclosures and dialogs open: ${path}`, async ({ browser }) => {
    const findings = [...(await checkPage(browser, path, true)), ...(await checkPage(browser, path, false))];
    expect(grouped(findings)).toEqual([]);
  });
}
