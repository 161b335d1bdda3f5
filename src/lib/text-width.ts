/**
 * How wide a figure's label will be drawn, estimated before any browser
 * measures it: the charts and the timeline are laid out on the server, in
 * SVG, which does not wrap or shrink text. The estimates follow DejaVu Sans,
 * the widest of the fonts the site's stack falls back to on these machines,
 * so a label laid out with them fits in narrower fonts too. A layout leaves
 * a few px beside each label for the rest.
 */

/**
 * Estimated advance of one character of a regular 12 px label, px. DejaVu Sans gives "C. OS-embedded, one
 * platform" (28 characters) 186.7 px, 6.67 a character: 2 px more than estimated for a label that long. The
 * 11 px labels (axes, values) are drawn narrower than estimated.
 */
export const CHAR_W = 6.6;
/**
 * Estimated advance of one character of a bold (600) 12 px label, px: a row's `bar-label` and a line's end
 * label (`text.series-*`, charts.css). Measured in Chromium on Debian (DejaVu Sans): "C. OS-embedded, one
 * platform", 28 characters, is 209 px, 7.46 a character; at CHAR_W it ran 16 px past the chart's left edge.
 */
export const BOLD_CHAR_W = 7.5;
/** Estimated width of a regular 12 px label, px. */
export const textWidth = (s: string): number => s.length * CHAR_W;
/** Estimated width of a bold 12 px label (a chart row's, a line's end label, a timeline lane's name), px. */
export const boldTextWidth = (s: string): number => s.length * BOLD_CHAR_W;
