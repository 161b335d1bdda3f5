/**
 * The comparison matrix's figures for issue 15, on the built site served at
 * `origin`: the page's HTML (raw and gzip, goal ≤ 180 KB raw), the bytes of
 * island props (the matrix must not be sent twice: goal 0 cell data, so only
 * a few bytes of settings), and a view switch from click to next paint under
 * Chrome's 4x CPU slowdown (CDP Emulation.setCPUThrottlingRate; goal ≤ 50 ms
 * at the 75th percentile), with every column and with two on a phone.
 * Figures only: nothing here fails a test (npm run bench).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

/** One figure beside its goal: the same row the calculator's bench prints. */
import type { BenchFigure } from './tco';
export type { BenchFigure };

const ALL = ['os-embedded', 'independent', 'vmware-esx', 'xensource-xenserver', 'virtual-iron', 'microsoft-hyper-v', 'linux-xen', 'kvm', 'sun-xvm', 'ibm-power', 'aws-nitro'];
const RUNS = 20;

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Click a view radio, then wait for the frame after the change to be painted (rAF, then a task after it). */
async function viewSwitchTimes(page: Page): Promise<number[]> {
  await page.evaluate('globalThis.__name = (f) => f'); // tsx wraps named functions in __name()
  return page.evaluate(async (runs) => {
    const times: number[] = [];
    const radios = ['hindsight', '2006'].map((v) => document.querySelector<HTMLInputElement>(`input[name="matrix-view"][value="${v}"]`)!);
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      radios[i % 2].click();
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      times.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 100));
    }
    return times;
  }, RUNS);
}

async function throttledSwitch(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<number[]> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.matrix').scrollIntoViewIfNeeded();
  await page.locator('.matrix[data-hydrated]').waitFor({ timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = await viewSwitchTimes(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return times;
}

export async function benchMatrix(origin: string, browser: Browser): Promise<BenchFigure[]> {
  const html = await (await fetch(`${origin}/tools/matrix/`)).text();
  const raw = Buffer.byteLength(html);
  const props = [...html.matchAll(/<astro-island[^>]*\sprops="([^"]*)"/g)].reduce((n, m) => n + Buffer.byteLength(m[1]), 0);
  const all = await throttledSwitch(browser, `${origin}/tools/matrix/?s=${ALL.join(',')}`, { width: 1400, height: 1000 });
  const phone = await throttledSwitch(browser, `${origin}/tools/matrix/?s=vmware-esx,kvm`, { width: 375, height: 700 });
  const ms = (xs: number[], p: number) => Math.round(percentile(xs, p) * 10) / 10;
  return [
    { metric: 'matrix: page HTML, raw', value: Math.round(raw / 102.4) / 10, unit: 'KB', goal: 180, ok: raw <= 180 * 1024 },
    { metric: 'matrix: page HTML, gzip', value: Math.round(gzipSync(html).length / 102.4) / 10, unit: 'KB' },
    { metric: 'matrix: island props (the matrix sent twice if large)', value: Math.round(props / 102.4) / 10, unit: 'KB', goal: 1, ok: props < 1024 },
    { metric: 'matrix: view switch, all 11 columns, 4x CPU slowdown, p75', value: ms(all, 75), unit: 'ms', goal: 50, ok: percentile(all, 75) <= 50 },
    { metric: 'matrix: view switch, all 11 columns, 4x CPU slowdown, median', value: ms(all, 50), unit: 'ms' },
    { metric: 'matrix: view switch, two columns on a 375 px phone, 4x CPU slowdown, p75', value: ms(phone, 75), unit: 'ms', goal: 50, ok: percentile(phone, 75) <= 50 },
  ];
}
