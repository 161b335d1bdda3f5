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
 */
const mark = () => requestAnimationFrame(() => requestAnimationFrame(() => document.documentElement.setAttribute('data-laid-out', '')));
if (document.readyState === 'complete') mark();
else addEventListener('load', mark, { once: true });
