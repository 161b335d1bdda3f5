/**
 * For page scripts that show something styled by the late stylesheets (a
 * footnote on a phone, a term's definition, the citation dialog, the quote
 * button): wait until late-styles.ts has them in, asking it to add them now
 * if it has not, so nothing shows unstyled on a slow phone. Talks to it by
 * an event and an attribute on <html>, not by importing it (see late-styles.ts).
 */
/** Dispatched on the document to ask late-styles.ts for the sheets at once. */
export const WANTED_EVENT = 'late-styles:wanted';
/** Set on <html> by late-styles.ts once the sheets are in (or failed). */
const LOADED_ATTRIBUTE = 'data-late-styles';
/** Give up waiting after this long: the page works without the sheets, only plainer. */
const GIVE_UP_MS = 5000;

let gaveUp = false;
/** The one wait, shared by every caller: one request, one observer, one timer. */
let ready: Promise<void> | undefined;

/** Whether the late stylesheets are in (or were waited for in vain: then nothing waits for them again). */
export const lateStylesIn = (): boolean => gaveUp || document.documentElement.hasAttribute(LOADED_ATTRIBUTE);

/** Resolves once the late stylesheets are in (at once if they are). */
export function lateStylesReady(): Promise<void> {
  if (lateStylesIn()) return Promise.resolve();
  ready ??= new Promise((resolve) => {
    const done = () => {
      arrived.disconnect();
      clearTimeout(timer);
      gaveUp = !lateStylesIn();
      resolve();
    };
    const arrived = new MutationObserver(() => lateStylesIn() && done());
    arrived.observe(document.documentElement, { attributes: true, attributeFilter: [LOADED_ATTRIBUTE] });
    const timer = setTimeout(done, GIVE_UP_MS);
    document.dispatchEvent(new Event(WANTED_EVENT));
  });
  return ready;
}
