/**
 * A diagram as a file that stands alone: the SVG namespace declared, the
 * page's classes given fixed light-theme colours in an embedded stylesheet,
 * and nothing fetched from anywhere. The page styles the same classes with
 * its theme variables (src/styles/diagrams.css).
 */
export const STANDALONE_CSS = `
svg { font-family: 'DejaVu Sans', Verdana, sans-serif; background: #fdfcf8; }
.layer rect.box { fill: #f3f1ea; stroke: #1d1d1b; stroke-width: 1.5; }
.layer.kind-hardware rect.box, .layer.kind-offload rect.box { fill: #e6e1d3; }
.layer.kind-hypervisor rect.box, .layer.kind-firmware rect.box { fill: #f6dcc9; }
.layer.kind-control rect.box, .layer.kind-host-os rect.box, .layer.kind-virtualization-app rect.box, .layer.kind-management rect.box { fill: #dbe7f3; }
.layer.is-hindsight rect.box { stroke-dasharray: 2 3; }
.layer text { fill: #1d1d1b; }
.layer.is-trusted rect.box { stroke: #8a2c0d; stroke-width: 4; stroke-dasharray: 8 4; }
.link { fill: none; stroke: #0b4f8a; stroke-width: 2; }
.arrow-head { fill: #0b4f8a; }
.layer.is-active rect.box { stroke: #0b57d0; stroke-width: 3; }
.server-edge { stroke: #5b5a55; stroke-dasharray: 4 4; }
.hatch-line { stroke: #5b5a55; stroke-width: 1.5; }
`;

/** The file's text from the SVG element's markup, as XMLSerializer gives it. */
export function standaloneSvg(markup: string): string {
  const withNs = markup.includes('xmlns="http://www.w3.org/2000/svg"') ? markup : markup.replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"');
  // Interactive attributes mean nothing in a file; the stylesheet goes first so it applies before anything draws.
  const clean = withNs.replace(/\s(tabindex|role|aria-pressed|data-layer)="[^"]*"/g, '');
  const open = clean.indexOf('>') + 1;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${clean.slice(0, open)}<style>${STANDALONE_CSS}</style>${clean.slice(open)}\n`;
}
