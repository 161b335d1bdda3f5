/**
 * This machine's floor under the tools' timing goals: the calculator's
 * keystroke and the matrix's view switch measured the same way (Event
 * Timing, 4x CPU slowdown, the same keys and pace, the same clicks) on a
 * blank page where each key or click changes one line of text. No page can
 * answer faster here; what a tool takes beyond this is the site's, and the
 * floor's own spread from run to run shows how far apart two runs of the
 * same build can read. No goal: a figure to read the others by.
 */
import type { Browser } from '@playwright/test';
import type { BenchFigure } from './tco';
import { KEYS, PACE } from './tco';
import { SWITCHES, clickInTurn } from './matrix';
import { CPU_SLOWDOWN, PHONE, TIMING_RUNS, latencyPerInteraction, medianOfRuns, percentile, runsLabel } from './rows';

/** A field whose every key writes one line, and two radios whose every change does. */
const BLANK = `<!doctype html><meta name="viewport" content="width=device-width">
<input id="field" value="40"><p id="line"></p>
<label><input type="radio" name="view" value="a" checked> A</label> <label><input type="radio" name="view" value="b"> B</label>
<script>
  const line = document.getElementById('line');
  document.getElementById('field').addEventListener('input', (e) => { line.textContent = String(Number(e.target.value) * 3); });
  for (const radio of document.querySelectorAll('[name=view]')) radio.addEventListener('change', () => { line.textContent = radio.value; });
  window.interactions = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.interactionId) window.interactions.push({ id: e.interactionId, duration: e.duration }); }).observe({ type: 'event', durationThreshold: 16 });
</script>`;

async function blankPage(browser: Browser) {
  // The goals' screen (rows.ts): the phone profile's, at its 1.75 device pixels per px.
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.setContent(BLANK);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const recorded = () => page.evaluate(() => (window as unknown as { interactions: Array<{ id: number; duration: number }> }).interactions);
  return { page, recorded, close: () => context.close() };
}

async function keystrokes(browser: Browser): Promise<number[]> {
  const { page, recorded, close } = await blankPage(browser);
  await page.focus('#field');
  await page.keyboard.press('End');
  for (const key of KEYS) {
    await page.keyboard.press(key);
    await page.waitForTimeout(PACE);
  }
  await page.waitForTimeout(500);
  const latencies = latencyPerInteraction(await recorded(), KEYS.length);
  await close();
  return latencies;
}

async function clicks(browser: Browser): Promise<number[]> {
  const { page, recorded, close } = await blankPage(browser);
  // "b" first: a click on the radio already checked would change nothing.
  const places = await Promise.all(['b', 'a'].map(async (v) => (await page.locator(`[value="${v}"]`).boundingBox())!));
  await clickInTurn(page, places);
  const latencies = latencyPerInteraction(await recorded(), SWITCHES);
  await close();
  return latencies;
}

export async function benchFloor(browser: Browser): Promise<BenchFigure[]> {
  const p75 = (xs: number[]) => percentile(xs, 75);
  const keys = await medianOfRuns(TIMING_RUNS, () => keystrokes(browser), p75);
  const switches = await medianOfRuns(TIMING_RUNS, () => clicks(browser), p75);
  return [
    { metric: `floor: a keystroke to next paint on a blank page, phone (412 px), 4x CPU slowdown, p75, ${runsLabel(keys.figures)}`, value: p75(keys.median), unit: 'ms' },
    { metric: `floor: a radio's click to next paint on a blank page, phone (412 px), 4x CPU slowdown, p75, ${runsLabel(switches.figures)}`, value: p75(switches.median), unit: 'ms' },
  ];
}
