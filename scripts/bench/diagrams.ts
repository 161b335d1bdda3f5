/**
 * A diagram in a part, first touched on the phone profile (4x CPU slowdown):
 * the reader scrolls to the figure, waits, taps a layer. Reports what that
 * first tap costs (bytes fetched from the tap on) and how long until the
 * layer's details are on screen. No goal: it is the price of hydrating on
 * intent rather than on visibility, shown so it stays visible.
 */
import { CPU_SLOWDOWN, KB, round1, type BenchContext, type BenchRow } from './rows';
import { NetworkLog } from './network';

const PART = '/analysis/the-independents/';
const FIGURE = '#fig-vmware-esx';
const LAYER = 'esx';

export async function benchDiagrams(ctx: BenchContext): Promise<BenchRow[]> {
  const context = await ctx.phoneContext();
  const log = new NetworkLog(context);
  const page = await context.newPage();
  await ctx.slowDown(page);
  await page.goto(ctx.origin + PART);
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  await log.settled();
  const before = log.entries.length;
  log.phase = 'tap';
  await page.evaluate(`(() => {
    const figure = document.querySelector(${JSON.stringify(FIGURE)});
    figure.addEventListener('pointerdown', () => (window.__tapped ??= performance.now()), true);
    new MutationObserver(() => {
      if (figure.querySelector('.diagram-card.is-open')) window.__shown ??= performance.now();
    }).observe(figure, { subtree: true, childList: true, attributes: true });
  })()`);
  await page.locator(`${FIGURE} g[data-layer="${LAYER}"]:visible`).first().tap();
  await page.waitForFunction(() => (window as unknown as { __shown?: number }).__shown !== undefined, null, { timeout: 20_000 });
  const ms = (await page.evaluate('window.__shown - window.__tapped')) as number;
  await page.waitForLoadState('networkidle');
  await log.settled();
  await context.close();
  const tapped = log.entries.slice(before).filter((f) => f.phase === 'tap');
  return [
    { metric: `diagram in ${PART}, ${CPU_SLOWDOWN}x CPU slowdown: first tap on a layer to its details shown`, value: round1(ms), unit: 'ms' },
    { metric: `diagram in ${PART}: bytes fetched by that first tap (${tapped.length} requests)`, value: KB(tapped.reduce((n, f) => n + f.bytes, 0)), unit: 'KB' },
  ];
}
