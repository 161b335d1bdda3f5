/**
 * Adds src/styles/late.css (what only shows on demand: print, the search and
 * citation dialogs, a term's definition, a figure's details) once the page
 * has loaded and the browser is idle, so a page's first view waits only for
 * the styles of what it shows (issue 15). Its address is in Base.astro's
 * <noscript data-late-css>, whose <link> loads it when JS is off (a part's
 * own stylesheets join it there: src/lib/critical-css.ts). Code about to show one of
 * those things first awaits lateStyles(), which adds the sheet at once if it
 * is not in yet.
 */
// With JS on, a <noscript>'s content is text: its <link>s' addresses are read from it.
const hrefs = [...(document.querySelector('noscript[data-late-css]')?.textContent ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
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
