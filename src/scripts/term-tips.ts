/**
 * Glossary terms in the text (marked by src/lib/markdown/glossary-terms.ts):
 * the short definition opens in place, under the term, like a footnote in
 * reading.ts, so the reader keeps their place.
 *
 * - Mouse: hovering the term (or the open definition) shows it; the link
 *   still goes to the glossary entry on click.
 * - Keyboard: focusing the term shows it; Enter follows the link; Escape
 *   closes it and leaves focus on the term.
 * - Touch: the first tap shows it, a second tap on the term follows the link,
 *   a tap elsewhere closes it.
 *
 * The definitions come from /glossary/tips.json (src/lib/glossary/tips.ts),
 * fetched once the page has loaded (or at the first hover, focus or tap, if
 * that comes first); each becomes a hidden element after its term and the
 * link's aria-describedby, so screen readers hear it on focus whether or not
 * it is shown. Without JS the term is an ordinary link to its entry.
 */
import { tipText, type TermTips } from '../lib/glossary/tips';
import { lateStylesIn, lateStylesReady } from './late-styles-ready';

const HIDE_DELAY_MS = 250;
/** Keep the definition this far inside the viewport's edges. */
const EDGE_PX = 8;

/** Fetches the definitions and puts each, hidden, after its term as the link's description. */
function addTips(terms: NodeListOf<HTMLAnchorElement>): Promise<void> {
  // The glossary's address is the terms' own link target: /glossary/#term-x gives /glossary/tips.json.
  return fetch(new URL('tips.json', terms[0].href))
    .then((r) => (r.ok ? (r.json() as Promise<TermTips>) : {}))
    .then((tips: TermTips) => {
      for (const term of terms) {
        const tip = tips[term.dataset.term ?? ''];
        if (!tip || term.getAttribute('aria-describedby')) continue;
        const el = document.createElement('span');
        el.className = 'term-tip';
        el.id = `tip-${term.dataset.term}`;
        el.setAttribute('role', 'tooltip');
        el.hidden = true;
        el.textContent = tipText(tip, !!term.querySelector('abbr'));
        term.after(el);
        term.setAttribute('aria-describedby', el.id);
      }
    })
    .catch(() => undefined);
}

export function setupTermTips(): void {
  const terms = document.querySelectorAll<HTMLAnchorElement>('a.term[data-term]');
  if (!terms.length) return;
  let tipsAdded: Promise<void> | undefined;
  const loadTips = () => (tipsAdded ??= addTips(terms));
  if (document.readyState === 'complete') loadTips();
  else addEventListener('load', loadTips, { once: true });

  let openTerm: HTMLAnchorElement | null = null;
  let openedAt = 0;
  let pointerDownAt = 0;
  let pointerType = '';
  let hideTimer = 0;

  const tipFor = (term: HTMLAnchorElement) => document.getElementById(term.getAttribute('aria-describedby') ?? '');

  const place = (tip: HTMLElement) => {
    tip.style.left = '';
    const rect = tip.getBoundingClientRect();
    const right = document.documentElement.clientWidth - EDGE_PX;
    let shift = 0;
    if (rect.right > right) shift = right - rect.right;
    if (rect.left + shift < EDGE_PX) shift = EDGE_PX - rect.left;
    if (shift) tip.style.left = `${shift}px`;
  };

  const hide = () => {
    window.clearTimeout(hideTimer);
    waiting = null;
    if (!openTerm) return;
    const tip = tipFor(openTerm);
    if (tip) tip.hidden = true;
    openTerm.removeAttribute('data-tip-open');
    openTerm = null;
  };

  /** The term a reader reached for before the definitions arrived: shown when they do, if still wanted. */
  let waiting: HTMLAnchorElement | null = null;
  const show = (term: HTMLAnchorElement) => {
    window.clearTimeout(hideTimer);
    if (openTerm === term) return;
    hide();
    const tip = tipFor(term);
    // The definition's style (a box under the term) is in the late stylesheets: shown once both are in.
    if (!tip || !lateStylesIn()) {
      waiting = term;
      void Promise.all([loadTips(), lateStylesReady()]).then(() => {
        if (waiting === term && tipFor(term)) {
          waiting = null;
          show(term);
        }
      });
      return;
    }
    tip.hidden = false;
    place(tip);
    term.setAttribute('data-tip-open', '');
    openTerm = term;
    openedAt = performance.now();
  };

  const hideSoon = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, HIDE_DELAY_MS);
  };

  for (const term of terms) {
    term.addEventListener('mouseenter', () => show(term));
    term.addEventListener('mouseleave', hideSoon);
    // The definition sits in the term's .term-ref, so hovering it counts as staying on the term.
    const ref = term.closest('.term-ref');
    ref?.addEventListener('mouseover', (event) => {
      if ((event.target as Element).closest('.term-tip')) window.clearTimeout(hideTimer);
    });
    ref?.addEventListener('mouseout', (event) => {
      if ((event.target as Element).closest('.term-tip')) hideSoon();
    });
    term.addEventListener('focus', () => show(term));
    term.addEventListener('blur', () => {
      if (openTerm === term && !term.matches(':hover')) hide();
    });
    term.addEventListener('click', (event) => {
      if (pointerType !== 'touch' || event.metaKey || event.ctrlKey || event.shiftKey) return;
      // A tap opens the definition first (touch also fires focus and mouseenter
      // just before the click: a definition opened by this same tap counts as not yet seen).
      if (openTerm !== term || openedAt >= pointerDownAt) {
        event.preventDefault();
        show(term);
        openedAt = pointerDownAt - 1;
      }
    });
  }

  document.addEventListener(
    'pointerdown',
    (event) => {
      pointerDownAt = performance.now();
      pointerType = event.pointerType;
      if (openTerm && !(event.target instanceof Element && event.target.closest('.term-ref'))) hide();
    },
    { capture: true },
  );
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && openTerm) hide();
  });
  window.addEventListener('resize', () => {
    if (openTerm) {
      const tip = tipFor(openTerm);
      if (tip) place(tip);
    }
  });
}
