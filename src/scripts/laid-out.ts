/**
 * Sets <html data-laid-out> two frames after load, once the page has been laid
 * out and drawn whole. That turns on content-visibility for the long blocks
 * below a tool (.render-when-near, global.css), so a keystroke or a click in
 * the tool redraws what is in sight, not the whole page (issue 15). Each block
 * has by then been laid out once at its true height, which
 * contain-intrinsic-size: auto keeps while it is skipped: the page's height,
 * and anything linked below such a block, do not move as a reader scrolls to
 * it. (Turned on from the start, a block never yet drawn would stand at the
 * 30rem guess until the reader came near it.)
 *
 * When the window changes width (a phone turned, a window resized, a zoom),
 * text in a skipped block would wrap anew but the block would keep the height
 * it had at the old width. So the mark comes off, every block is laid out at
 * the new width, and it goes back on two frames later.
 *
 * Likewise when a block's content changes (the calculator's charts and working,
 * redrawn at hydration, when the analysis arrives and after a pause in typing):
 * a skipped block would keep its old height. So that block, and any block
 * around it, is marked data-remeasure, drawn in the next frame at its new
 * height, and skipped again after it. A block added after load (an island
 * rendering anew) is drawn the same way, and watched from then on. aria-busy
 * (figures behind the inputs) changes no height, so it does not count: nor
 * does a keystroke, which changes nothing inside a block.
 */
const root = document.documentElement;
/** Bumped on every re-arm, so a mark queued before a later resize does not land in the middle of it. */
let round = 0;
/** Runs `then` two frames from now, once the next frame has been drawn. */
const twoFramesLater = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));
const mark = () => {
  const mine = ++round;
  twoFramesLater(() => {
    if (mine === round) root.setAttribute('data-laid-out', '');
  });
};
/** From load on: the first mark, then a new one after each change of width. */
const start = () => {
  let width = innerWidth;
  addEventListener('resize', () => {
    if (innerWidth === width) return;
    width = innerWidth;
    root.removeAttribute('data-laid-out');
    mark();
  });
  mark();
};
/** Blocks being drawn anew after a change inside them, with the round of their latest change. */
const remeasuring = new Map<Element, number>();
/** Draws `block` in the next frame (data-remeasure, global.css), so the height it keeps while skipped is its new one. */
const remeasure = (block: Element) => {
  const mine = (remeasuring.get(block) ?? 0) + 1;
  remeasuring.set(block, mine);
  block.setAttribute('data-remeasure', '');
  twoFramesLater(() => {
    if (remeasuring.get(block) !== mine) return;
    remeasuring.delete(block);
    block.removeAttribute('data-remeasure');
  });
};
/** The blocks a node is in, innermost first (a block counts as in itself). */
function blocksAround(node: Node): Element[] {
  const blocks: Element[] = [];
  let block = (node instanceof Element ? node : node.parentElement)?.closest('.render-when-near');
  while (block) {
    blocks.push(block);
    block = block.parentElement?.closest('.render-when-near');
  }
  return blocks;
}
/** Attributes that change no block's height: the mark itself, and figures marked as behind the inputs. */
const HEIGHTLESS = new Set(['data-remeasure', 'aria-busy']);
const changes = new MutationObserver((records) => {
  const changed = new Set<Element>();
  for (const r of records) {
    if (r.type === 'attributes' && HEIGHTLESS.has(r.attributeName!)) continue;
    for (const block of blocksAround(r.target)) changed.add(block);
    for (const added of r.addedNodes) {
      if (!(added instanceof Element)) continue;
      for (const block of added.matches('.render-when-near') ? [added, ...added.querySelectorAll('.render-when-near')] : added.querySelectorAll('.render-when-near')) {
        watch(block);
        changed.add(block);
      }
    }
  }
  changed.forEach(remeasure);
});
/** Everything inside a block: its children, their text and attributes. */
const watch = (block: Element) => changes.observe(block, { subtree: true, childList: true, characterData: true, attributes: true });
const blocks = [...document.querySelectorAll('.render-when-near')];
blocks.forEach(watch);
// An island that renders anew (React replaces its DOM when hydration fails) brings blocks of its own: only the
// nodes it adds are watched there, not the island's every change of text or attribute (a keystroke, a click).
for (const island of new Set(blocks.map((block) => block.closest('astro-island')))) if (island) changes.observe(island, { subtree: true, childList: true });

if (document.readyState === 'complete') start();
else addEventListener('load', start, { once: true });
