/**
 * Adds src/styles/late.css (what only shows on demand: print, the search and
 * citation dialogs, a term's definition, a figure's details) once the page
 * has loaded and the browser is idle, so a page's first view waits only for
 * the styles of what it shows (issue 15). Its address is in Base.astro's
 * <noscript data-late-css>, whose <link> loads it when JS is off (a part's
 * own stylesheets join it there: src/lib/critical-css.ts). Code about to show one of
 * those things first awaits lateStyles(), which adds the sheet at once if it
 * is not in yet; code in other page scripts awaits lateStylesReady()
 * (late-styles-ready.ts), which asks for them with an event rather than
 * importing this module (that would split it out of the shared page script,
 * a module more on every page). Once the sheets are in, <html> carries
 * data-late-styles.
 */
// The request event of late-styles-ready.ts, by name: importing its constant would split that module out of
// the shared page script, a module more on every page (tests/unit/late-styles.test.ts keeps them in step).
const WANTED_EVENT = 'late-styles:wanted';

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
  ).then(() => {
    document.documentElement.dataset.lateStyles = '';
  });
  return loaded;
}

document.addEventListener(WANTED_EVENT, lateStyles);

const whenIdle = () => {
  if ('requestIdleCallback' in window) requestIdleCallback(() => void lateStyles(), { timeout: 2000 });
  else setTimeout(() => void lateStyles(), 200);
};
if (document.readyState === 'complete') whenIdle();
else addEventListener('load', whenIdle, { once: true });
