/**
 * `client:intent`: hydrate an island when the reader reaches for it (first
 * hover, focus, tap or key), not when it scrolls into view. For islands
 * that are complete pictures until touched, such as the architecture
 * diagrams: a reader who only reads never downloads the framework.
 *
 * Runs in the browser: Astro inlines it into pages that use it, and
 * page-scripts.ts moves it to a cached file. Conventions the island follows:
 * - controls it server-renders `disabled` are disabled only because they
 *   wait for hydration (they do nothing without JS); with JS running they
 *   are enabled here, so keyboard readers can reach them and their focus
 *   is the intent that hydrates;
 * - once hydrated and redrawn it marks an element `data-hydrated`; the
 *   reader's first action is replayed then, so it is not lost: a click on a
 *   control clicks it again, a tap on an element with `data-layer` taps the
 *   redrawn element with the same `data-layer`, and a mouse resting on one
 *   hovers the redrawn one (the redraw may move it: it is the layer the
 *   reader pointed at that counts, not the spot).
 */
import type { ClientDirective } from 'astro';

/** Events that mean "about to use this". Focus covers keyboard readers, pointerdown taps and clicks, pointerover a mouse. */
const INTENT_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'keydown'] as const;
/** Stop waiting for `data-hydrated` after this long and replay anyway (an island that never marks itself). */
const READY_TIMEOUT_MS = 3000;

const intent: ClientDirective = (load, _options, el) => {
  for (const control of el.querySelectorAll<HTMLButtonElement | HTMLSelectElement>('button:disabled, select:disabled')) control.disabled = false;

  /** Clicks made before hydration, to replay in order. */
  const clicks: Array<{ target: Element; layer: string | null }> = [];
  /** The `data-layer` a mouse rests on, while it is over the island. */
  let hovered: string | null = null;
  const onClick = (event: Event) => {
    const target = event.target as Element;
    clicks.push({ target, layer: target.closest('[data-layer]')?.getAttribute('data-layer') ?? null });
  };
  const onOver = (event: PointerEvent) => {
    hovered = event.pointerType === 'mouse' ? ((event.target as Element).closest('[data-layer]')?.getAttribute('data-layer') ?? null) : null;
  };
  const onLeave = () => (hovered = null);
  el.addEventListener('click', onClick, true);
  el.addEventListener('pointerover', onOver);
  el.addEventListener('pointerleave', onLeave);

  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of INTENT_EVENTS) el.removeEventListener(type, start);
    const hydrate = await load();
    await hydrate();
    await hydrated(el);
    el.removeEventListener('click', onClick, true);
    el.removeEventListener('pointerover', onOver);
    el.removeEventListener('pointerleave', onLeave);
    replay(el, clicks, hovered);
  };
  for (const type of INTENT_EVENTS) el.addEventListener(type, start, { passive: true });
};

/** Resolves once the island has marked itself `data-hydrated` (React commits after Astro's hydrate() returns). */
function hydrated(el: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    if (el.querySelector('[data-hydrated]')) return resolve();
    const observer = new MutationObserver(() => {
      if (!el.querySelector('[data-hydrated]')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(el, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-hydrated'] });
    setTimeout(() => {
      observer.disconnect();
      resolve();
    }, READY_TIMEOUT_MS);
  });
}

/** The drawn element for a `data-layer` now, the visible one if the server drew several variants. */
function layerNow(el: HTMLElement, layer: string): Element | undefined {
  return [...el.querySelectorAll(`[data-layer="${CSS.escape(layer)}"]`)].find((n) => n.checkVisibility?.() ?? true);
}

function replay(el: HTMLElement, clicks: Array<{ target: Element; layer: string | null }>, hovered: string | null): void {
  for (const { target, layer } of clicks) {
    // A redrawn element replaced the one tapped: find it by what it shows.
    const now = target.isConnected ? target : layer ? layerNow(el, layer) : undefined;
    now?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  }
  if (!clicks.length && hovered) {
    // React listens to mouseover; coming from nowhere (relatedTarget null), it enters the layer.
    layerNow(el, hovered)?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, view: window, relatedTarget: null }));
  }
}

export default intent;
