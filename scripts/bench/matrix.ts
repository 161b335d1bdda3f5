/**
 * The comparison matrix's figures for issue 15, on the built site served at
 * `origin`: the page's HTML (raw and gzip, goal ≤ 180 KB raw), the bytes of
 * island props (the matrix must not be sent twice: goal 0 cell data, so only
 * a few bytes of settings), and a view switch from click to next paint (Event
 * Timing) under the phone profile, Lighthouse's mobile screen (412 px,
 * rows.ts) with Chrome's 4x CPU slowdown (CDP Emulation.setCPUThrottlingRate;
 * goal ≤ 50 ms at the 75th percentile), with every column and with two; and,
 * as a figure beside them, every column in a desktop window at the same slowdown.
 * Figures only: nothing here fails a test (npm run bench).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { CPU_SLOWDOWN, DESKTOP_WINDOW, PHONE, TIMING_RUNS, type BenchScreen, latencyPerInteraction, medianOfRuns, percentile, runsLabel } from './rows';

/** One figure beside its goal: the same row the calculator's bench prints. */
import type { BenchFigure } from './tco';
export type { BenchFigure };

const ALL = ['os-embedded', 'independent', 'vmware-esx', 'xensource-xenserver', 'virtual-iron', 'microsoft-hyper-v', 'linux-xen', 'kvm', 'sun-xvm', 'ibm-power', 'aws-nitro'];
/** View switches per run. */
export const SWITCHES = 20;

/**
 * Clicks the two places in turn, SWITCHES times, 150 ms apart, as a reader switching views does (trusted
 * input, at the places' centres), then lets the last paint out. The first click goes to `places[0]`.
 */
export async function clickInTurn(page: Page, places: Array<{ x: number; y: number; width: number; height: number }>) {
  for (let i = 0; i < SWITCHES; i++) {
    const box = places[i % 2];
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(300);
}

/** Where the view radios are in the window when they are clicked. */
type RadiosAt =
  /** Scrolled into view the least way (Playwright's scrollIntoViewIfNeeded): on a phone, the table starts below the window. */
  | 'in view'
  /** Near the top of the window (120 px down): on a phone, the first card is then on screen under the settings. */
  | 'near the top';

/** A run's figures: each click's latency, and how long after each click every row of the table showed the view. */
interface SwitchRun {
  latencies: number[];
  everyRow: number[];
}

/**
 * Clicks the view radios in turn, as a reader does (trusted input), and takes each
 * click's latency from the browser's Event Timing entries: from the pointer going down to the paint that
 * follows the handlers, the figure INP is made of, as the calculator's keystrokes are measured (tco.ts).
 * Work scheduled for after that paint (the rows off screen, the address bar, the changed cells' pulse) is not
 * counted there, nor is the settings' render (the status line) when the browser paints before it. How long after each click the last row showed the view (a
 * MutationObserver on the rows' data-row-view, from the click's own time stamp) is measured beside it.
 */
async function viewSwitchTimes(page: Page, at: RadiosAt): Promise<SwitchRun> {
  await page.evaluate(() => {
    const w = window as unknown as { clicks: Array<{ id: number; duration: number }>; clickedAt: number[]; rowWrites: number[] };
    w.clicks = [];
    w.clickedAt = [];
    w.rowWrites = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEventTiming & { interactionId: number }>) if (e.interactionId) w.clicks.push({ id: e.interactionId, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    addEventListener('click', (e) => w.clickedAt.push(e.timeStamp), true);
    new MutationObserver(() => w.rowWrites.push(performance.now())).observe(document.querySelector('#matrix-table tbody')!, { attributes: true, subtree: true, attributeFilter: ['data-row-view'] });
  });
  // Pointer clicks at the radios' places (CDP input events): a locator's click would first run Playwright's
  // actionability checks on the page's main thread, and the click would wait for them.
  const radios = ['hindsight', '2006'].map((v) => page.locator(`input[name="matrix-view"][value="${v}"]`));
  // 120 px down, clear of anything a browser may draw at the window's top edge.
  if (at === 'near the top') await page.evaluate(() => scrollBy(0, document.querySelector('.matrix-view')!.getBoundingClientRect().top - 120));
  else await radios[0].scrollIntoViewIfNeeded();
  const places = await Promise.all(radios.map(async (radio) => (await radio.boundingBox())!));
  await clickInTurn(page, places);
  const { clicks, clickedAt, rowWrites } = await page.evaluate(() => {
    const w = window as unknown as { clicks: Array<{ id: number; duration: number }>; clickedAt: number[]; rowWrites: number[] };
    return { clicks: w.clicks, clickedAt: w.clickedAt, rowWrites: w.rowWrites };
  });
  // A click's last row write is the last one before the next click; a click that wrote no row is left out.
  const everyRow = clickedAt.flatMap((t, i) => {
    const writes = rowWrites.filter((w) => w >= t && w < (clickedAt[i + 1] ?? Infinity));
    return writes.length ? [Math.max(...writes) - t] : [];
  });
  return { latencies: latencyPerInteraction(clicks, SWITCHES), everyRow };
}

async function throttledSwitch(browser: Browser, url: string, screen: BenchScreen, at: RadiosAt = 'in view'): Promise<SwitchRun> {
  const context = await browser.newContext(screen);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.matrix').scrollIntoViewIfNeeded();
  await page.locator('.matrix[data-hydrated]').waitFor({ timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const run = await viewSwitchTimes(page, at);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return run;
}

export async function benchMatrix(origin: string, browser: Browser): Promise<BenchFigure[]> {
  const html = await (await fetch(`${origin}/tools/matrix/`)).text();
  const raw = Buffer.byteLength(html);
  const props = [...html.matchAll(/<astro-island[^>]*\sprops="([^"]*)"/g)].reduce((n, m) => n + Buffer.byteLength(m[1]), 0);
  // The median run of each (rows.ts: medianOfRuns).
  const p75 = (run: SwitchRun) => percentile(run.latencies, 75);
  // The goals on the phone profile's screen; beside them, every column with the first card on screen under the
  // radios, and in a desktop window at the same slowdown.
  const everyColumn = `${origin}/tools/matrix/?s=${ALL.join(',')}`;
  const all = await medianOfRuns(TIMING_RUNS, () => throttledSwitch(browser, everyColumn, PHONE), p75);
  const phone = await medianOfRuns(TIMING_RUNS, () => throttledSwitch(browser, `${origin}/tools/matrix/?s=vmware-esx,kvm`, PHONE), p75);
  const cardInSight = await medianOfRuns(TIMING_RUNS, () => throttledSwitch(browser, everyColumn, PHONE, 'near the top'), p75);
  const desk = await medianOfRuns(TIMING_RUNS, () => throttledSwitch(browser, everyColumn, DESKTOP_WINDOW), p75);
  const ms = (xs: number[], p: number) => Math.round(percentile(xs, p) * 10) / 10;
  return [
    { metric: 'matrix: page HTML, raw', value: Math.round(raw / 102.4) / 10, unit: 'KB', goal: 180, ok: raw <= 180 * 1024 },
    { metric: 'matrix: page HTML, gzip', value: Math.round(gzipSync(html).length / 102.4) / 10, unit: 'KB' },
    { metric: 'matrix: island props (the matrix sent twice if large)', value: Math.round(props / 102.4) / 10, unit: 'KB', goal: 1, ok: props < 1024 },
    { metric: `matrix: view switch, all 11 columns, phone (412 px), 4x CPU slowdown, p75, ${runsLabel(all.figures)}`, value: ms(all.median.latencies, 75), unit: 'ms', goal: 50, ok: p75(all.median) <= 50 },
    { metric: `matrix: view switch, two columns, phone (412 px), 4x CPU slowdown, p75, ${runsLabel(phone.figures)}`, value: ms(phone.median.latencies, 75), unit: 'ms', goal: 50, ok: p75(phone.median) <= 50 },
    { metric: 'matrix: click to every row showing the view, all 11 columns, phone, 4x, p75, that run (rows off screen follow the paint)', value: ms(all.median.everyRow, 75), unit: 'ms' },
    { metric: `matrix: view switch, all 11 columns, phone, radios near the top of the window (the first card on screen), 4x, p75, ${runsLabel(cardInSight.figures)}`, value: ms(cardInSight.median.latencies, 75), unit: 'ms' },
    { metric: `matrix: view switch, all 11 columns, desktop window (1400 px), 4x CPU slowdown, p75, ${runsLabel(desk.figures)}`, value: ms(desk.median.latencies, 75), unit: 'ms' },
    { metric: 'matrix: view switch, all 11 columns, desktop window (1400 px), 4x CPU slowdown, median, that run', value: ms(desk.median.latencies, 50), unit: 'ms' },
  ];
}
