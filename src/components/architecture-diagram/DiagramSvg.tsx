/**
 * One architecture diagram as SVG. d3 computed every position and path
 * (src/lib/diagrams/layout.ts); this draws them, so the same markup comes
 * from the server (readable and printable without JS) and from the island.
 * Colours come from classes (src/styles/diagrams.css), never inline styles,
 * which the site's Content-Security-Policy forbids.
 */
import type { KeyboardEvent } from 'react';
import type { DiagramLayout } from '../../lib/diagrams/layout';
import { overlayClasses, type OverlayKey } from '../../lib/diagrams/overlays';
import type { Architecture, Layer } from '../../lib/diagrams/schema';

interface Props {
  arch: Architecture;
  layout: DiagramLayout;
  overlays: ReadonlySet<OverlayKey>;
  /** Prefix for ids inside the SVG (title, pattern, marker), unique on the page. */
  uid: string;
  /** Once hydrated: layers take focus and report hover, focus and taps. */
  interactive?: boolean;
  /** The layer whose details are shown, highlighted. */
  active?: string | null;
  onLayer?: (layerId: string | null, how: 'hover' | 'focus' | 'select') => void;
  /** Extra class, e.g. which responsive variant this is. */
  className?: string;
}

export function DiagramSvg({ arch, layout, overlays, uid, interactive = false, active = null, onLayer, className }: Props) {
  const layers = new Map(arch.rows.flat().map((l) => [l.id, l]));
  const drivers = overlays.has('drivers');
  const manages = overlays.has('manages');
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  const key = (layerId: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onLayer?.(layerId, 'select');
    }
  };
  return (
    <svg
      className={['diagram-svg', className].filter(Boolean).join(' ')}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="group"
      aria-labelledby={titleId}
      aria-describedby={descId}
      data-pagefind-ignore
    >
      <title id={titleId}>{`Figure ${arch.number}. ${arch.title}`}</title>
      <desc id={descId}>{arch.description}</desc>
      {/* The hatching and the arrowheads exist only while their overlay is on: the server-drawn figure (no
          overlay) does without them, and so does the part's HTML (issue 15). */}
      {(drivers || manages) && (
        <defs>
          {drivers && (
            <pattern id={`${uid}-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line className="hatch-line" x1="0" y1="0" x2="0" y2="8" />
            </pattern>
          )}
          {manages && (
            <marker id={`${uid}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path className="arrow-head" d="M0,0 L10,5 L0,10 z" />
            </marker>
          )}
        </defs>
      )}
      {layout.outsideX !== undefined && (
        <line className="server-edge" x1={layout.outsideX - 7} x2={layout.outsideX - 7} y1={0} y2={layout.height} />
      )}
      {layout.boxes.map((box) => {
        const layer = layers.get(box.layerId) as Layer;
        const classes = ['layer', `kind-${box.kind}`, ...overlayClasses(layer, overlays)];
        if (box.hindsight) classes.push('is-hindsight');
        if (active === box.layerId) classes.push('is-active');
        return (
          <g
            key={box.id}
            className={classes.join(' ')}
            data-layer={box.layerId}
            tabIndex={interactive ? 0 : undefined}
            role={interactive ? 'button' : undefined}
            aria-pressed={interactive ? active === box.layerId : undefined}
            aria-label={interactive ? `${layer.label}${layer.hindsight ? ' (after 2006)' : ''}: show details` : undefined}
            onMouseEnter={interactive ? () => onLayer?.(box.layerId, 'hover') : undefined}
            onMouseLeave={interactive ? () => onLayer?.(null, 'hover') : undefined}
            onFocus={interactive ? () => onLayer?.(box.layerId, 'focus') : undefined}
            onClick={interactive ? () => onLayer?.(box.layerId, 'select') : undefined}
            onKeyDown={interactive ? key(box.layerId) : undefined}
          >
            <rect className="box" x={box.x} y={box.y} width={box.w} height={box.h} rx={4} />
            {drivers && layer.drivers && <rect className="hatch" x={box.x} y={box.y} width={box.w} height={box.h} rx={4} fill={`url(#${uid}-hatch)`} />}
            <text x={box.labelX} y={box.labelY} textAnchor="middle" fontSize={box.fontSize}>
              {box.lines.map((line, i) => (
                <tspan key={i} x={box.labelX} dy={i === 0 ? 0 : box.lineHeight}>
                  {/* The space a line break replaced stays, so the label reads "Standard OS instance" to a screen reader, not "Standard OSinstance". */}
                  {i < box.lines.length - 1 ? `${line} ` : line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      {manages &&
        layout.links.map((link) => (
          <path key={`${link.from}-${link.to}`} className="link" d={link.path} pathLength={1} markerEnd={`url(#${uid}-arrow)`}>
            <title>{`${layers.get(link.from)?.label} manages ${layers.get(link.to)?.label}`}</title>
          </path>
        ))}
    </svg>
  );
}
