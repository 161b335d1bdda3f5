/**
 * Bytes per page type, the way a reader spends them: at load, after the
 * page settles (idle islands, prefetches), and after scrolling to the bottom
 * without touching anything (islands that hydrate on visibility). Each page
 * in a fresh phone-shaped context, so nothing comes from the cache.
 */
import { KB, atMost, type BenchContext, type BenchRow } from './rows';
import { NetworkLog, isHtmlOrCss, isScript } from './network';

/** One page of each type; every part, since the goals are per part. */
export const PAGE_TYPES: Array<{ path: string; part?: boolean }> = [
  { path: '/' },
  { path: '/analysis/' },
  { path: '/analysis/why-it-matters/', part: true },
  { path: '/analysis/building-into-the-os/', part: true },
  { path: '/analysis/the-independents/', part: true },
  { path: '/analysis/maintaining-independence/', part: true },
  { path: '/analysis/conclusion/', part: true },
  { path: '/analysis/building-into-the-os/cite/' },
  { path: '/diagrams/' },
  { path: '/hindsight/' },
  { path: '/tools/tco/' },
  { path: '/tools/matrix/' },
  { path: '/cite/' },
];

/** Issue 15: first view of a part in one round trip; reading a part to the end costs no framework JS. */
export const GOALS = { partFirstViewKB: 14, partScriptReadKB: 10 } as const;

export interface PageBytes {
  path: string;
  part: boolean;
  htmlCssAtLoad: number;
  atLoad: number;
  settled: number;
  scrolled: number;
  scriptScrolled: number;
  requests: number;
}

export async function measurePage(ctx: BenchContext, path: string, part = false): Promise<PageBytes> {
  const context = await ctx.phoneContext();
  const log = new NetworkLog(context);
  const page = await context.newPage();
  await page.goto(ctx.origin + path, { waitUntil: 'load' });
  log.phase = 'settle';
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000); // requestIdleCallback work and anything it starts
  await page.waitForLoadState('networkidle');
  log.phase = 'scroll';
  // Read down the page a screen at a time, pausing so IntersectionObservers fire, as a reader's scroll would.
  for (let i = 0; i < 200; i++) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, Math.round(innerHeight * 0.8));
      return innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(120);
    if (atBottom) break;
  }
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
  await log.settled();
  await context.close();
  const all = ['load', 'settle', 'scroll'];
  return {
    path,
    part,
    htmlCssAtLoad: log.bytes(['load'], isHtmlOrCss),
    atLoad: log.bytes(['load']),
    settled: log.bytes(['load', 'settle']),
    scrolled: log.bytes(all),
    scriptScrolled: log.bytes(all, isScript),
    requests: log.entries.length,
  };
}

export function printPageTable(pages: PageBytes[]): void {
  const header = ['page (phone, fresh cache)', 'HTML+CSS at load', 'all at load', 'settled', 'scrolled to end', 'of it script', 'requests'];
  const rows = pages.map((p) => [p.path, KB(p.htmlCssAtLoad), KB(p.atLoad), KB(p.settled), KB(p.scrolled), KB(p.scriptScrolled), p.requests].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (c: string[]) => '| ' + c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join(' | ') + ' |';
  console.log('\nBytes per page type, KB gzip as transferred (Chromium network log, including workers), cumulative:');
  console.log(line(header));
  console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  for (const r of rows) console.log(line(r));
}

/** The goals that apply to parts, one row per part and goal. */
export function pageGoalRows(pages: PageBytes[]): BenchRow[] {
  return pages
    .filter((p) => p.part)
    .flatMap((p) => [
      atMost(`${p.path}: HTML + CSS at first view`, KB(p.htmlCssAtLoad), 'KB', GOALS.partFirstViewKB),
      atMost(`${p.path}: script, read to the end without interacting`, KB(p.scriptScrolled), 'KB', GOALS.partScriptReadKB),
    ]);
}
