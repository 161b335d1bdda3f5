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
if (document.readyState === 'complete') start();
else addEventListener('load', start, { once: true });
