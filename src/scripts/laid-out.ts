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
 * redrawn after a pause in typing, or when the analysis arrives): a skipped
 * block would keep its old height. So that block, and any block around it, is
 * marked data-remeasure, drawn for two frames at its new height, and skipped
 * again. A block's own attributes (aria-busy while its figures are behind) do
 * not count: they change no height.
 */
const root = document.documentElement;
/** Bumped on every re-arm, so a mark queued before a later resize does not land in the middle of it. */
let round = 0;
const mark = () => {
  const mine = ++round;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (mine === round) root.setAttribute('data-laid-out', '');
    }),
  );
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
/** Draws `block` for two frames (data-remeasure, global.css), so the height it keeps while skipped is its new one. */
const remeasure = (block: Element) => {
  const mine = (remeasuring.get(block) ?? 0) + 1;
  remeasuring.set(block, mine);
  block.setAttribute('data-remeasure', '');
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (remeasuring.get(block) !== mine) return;
      remeasuring.delete(block);
      block.removeAttribute('data-remeasure');
    }),
  );
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
const changes = new MutationObserver((records) => {
  const changed = new Set<Element>();
  for (const r of records) {
    // A block's own attributes (aria-busy, data-remeasure itself) change no height.
    if (r.type === 'attributes' && (r.target as Element).matches('.render-when-near')) continue;
    for (const block of blocksAround(r.target)) changed.add(block);
  }
  changed.forEach(remeasure);
});
for (const block of document.querySelectorAll('.render-when-near')) changes.observe(block, { subtree: true, childList: true, characterData: true, attributes: true });

if (document.readyState === 'complete') start();
else addEventListener('load', start, { once: true });
