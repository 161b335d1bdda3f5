/**
 * Adds src/styles/late.css (what only shows on demand: print, the search and
 * citation dialogs, a term's definition, a figure's details) once the page
 * has loaded and the browser is idle, so a page's first view waits only for
 * the styles of what it shows (issue 15). Its address is on Base.astro's
 * <noscript>, whose <link> loads it when JS is off. Code about to show one of
 * those things first awaits lateStyles(), which adds the sheet at once if it
 * is not in yet.
 */
const hrefs = (document.querySelector<HTMLElement>('noscript[data-late-css]')?.dataset.lateCss ?? '').split(' ').filter(Boolean);
let loaded: Promise<void> | undefined;

/** Resolves once the late stylesheets have loaded (or failed: the page works without them, only plainer). */
export function lateStyles(): Promise<void> {
  loaded ??= Promise.all(
    hrefs.map(
      (href) =>
        new Promise<void>((resolve) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.addEventListener('load', () => resolve());
          link.addEventListener('error', () => resolve());
          document.head.append(link);
        }),
    ),
  ).then(() => undefined);
  return loaded;
}

const whenIdle = () => {
  if ('requestIdleCallback' in window) requestIdleCallback(() => void lateStyles(), { timeout: 2000 });
  else setTimeout(() => void lateStyles(), 200);
};
if (document.readyState === 'complete') whenIdle();
else addEventListener('load', whenIdle, { once: true });
