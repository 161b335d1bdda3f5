/**
 * A diagram with its legend, its details panel and its download: the part
 * shared by a single figure and each side of the comparison. Before it
 * hydrates (and without JS) it holds two server-drawn variants, one laid out
 * for a phone and one for a wide column, and CSS shows the one that fits;
 * once hydrated it draws one, laid out for the width it measures.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { layoutDiagram } from '../../lib/diagrams/layout';
import { OVERLAYS, layerFacts, type OverlayKey } from '../../lib/diagrams/overlays';
import type { Architecture } from '../../lib/diagrams/schema';
import { standaloneSvg } from '../../lib/diagrams/svg-file';
import { download } from '../shared/download';
import { useWidth } from '../shared/useWidth';
import { DiagramSvg } from './DiagramSvg';

/** The widths (CSS px) of the two server-drawn variants: a 320 px phone, and the analysis column. */
export const SERVER_WIDTHS = { narrow: 320, wide: 600 } as const;

interface Props {
  arch: Architecture;
  overlays: ReadonlySet<OverlayKey>;
  /** Unique on the page: prefixes every id inside. */
  uid: string;
  hydrated: boolean;
}

export function DiagramPanel({ arch, overlays, uid, hydrated }: Props) {
  const [canvasRef, width] = useWidth<HTMLDivElement>(SERVER_WIDTHS.wide);
  const [hovered, setHovered] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const active = hovered ?? chosen;
  const layer = arch.rows.flat().find((l) => l.id === active);
  // Laid out again only when the width changes, not on every hover.
  const layout = useMemo(() => (hydrated ? layoutDiagram(arch, Math.min(1200, width)) : null), [arch, width, hydrated]);
  const cardRef = useRef<HTMLDivElement>(null);

  // The details float under the active layer, over the drawing, so nothing on the page moves. Placed through the
  // CSSOM: the Content-Security-Policy forbids style attributes, not this.
  useLayoutEffect(() => {
    const card = cardRef.current;
    const box = layout?.boxes.find((b) => b.layerId === active);
    if (!card || !box || !layout) return;
    const cardWidth = Math.min(352, layout.width);
    card.style.width = `${cardWidth}px`;
    card.style.left = `${Math.max(0, Math.min(box.x, layout.width - cardWidth))}px`;
    card.style.top = `${box.y + box.h + 6}px`;
  });

  // Hover shows a layer until the pointer enters another or leaves the drawing, so it can move onto the details (WCAG 1.4.13).
  const onLayer = (id: string | null, how: 'hover' | 'focus' | 'select') => {
    if (how === 'hover') {
      if (id) setHovered(id);
    } else setChosen(id);
  };
  const save = () => {
    const svg = canvasRef.current?.querySelector('svg');
    if (!svg) return;
    download(`hypervisor-home-figure-${arch.number}-${arch.id}.svg`, 'image/svg+xml', standaloneSvg(new XMLSerializer().serializeToString(svg)));
  };
  const legend = OVERLAYS.filter((o) => overlays.has(o.key));
  const hasHindsight = arch.rows.flat().some((l) => l.hindsight);

  return (
    <div className="diagram-panel" data-hydrated={hydrated || undefined}>
      <div
        className="diagram-canvas"
        ref={canvasRef}
        onMouseLeave={() => setHovered(null)}
        // A tap or Tab elsewhere closes the details: on a phone there is no Esc key.
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) {
            setChosen(null);
            setHovered(null);
          }
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setChosen(null);
            setHovered(null);
          }
        }}
      >
        {hydrated ? (
          <DiagramSvg arch={arch} layout={layout!} overlays={overlays} uid={uid} interactive active={active} onLayer={onLayer} />
        ) : (
          <>
            <DiagramSvg arch={arch} layout={layoutDiagram(arch, SERVER_WIDTHS.wide)} overlays={overlays} uid={`${uid}-wide`} className="diagram-wide" />
            <DiagramSvg arch={arch} layout={layoutDiagram(arch, SERVER_WIDTHS.narrow)} overlays={overlays} uid={`${uid}-narrow`} className="diagram-narrow" />
          </>
        )}
        <div className={`diagram-card${layer ? ' is-open' : ''}`} ref={cardRef} aria-live="polite">
          {layer && (
            <>
              <p className="diagram-card-title">
                {layer.label}
                {layer.hindsight && <span className="diagram-hindsight-tag"> · hindsight</span>}
              </p>
              <dl>
                {layerFacts(arch, layer).map(([term, text]) => (
                  <div key={term}>
                    <dt>{term}</dt>
                    <dd>{text}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
        </div>
      </div>
      {(legend.length > 0 || hasHindsight) && (
        <ul className="diagram-legend">
          {legend.map((o) => (
            <li key={o.key} className={`legend-${o.key}`}>
              {o.legend}
            </li>
          ))}
          {hasHindsight && <li className="legend-hindsight">Dotted outline: came after the note (hindsight)</li>}
        </ul>
      )}
      <p className="diagram-actions">
        <span className="diagram-hint">Hover over, tab to or tap a layer for its details; Esc closes them.</span>
        <button type="button" className="diagram-download" disabled={!hydrated} onClick={save}>
          Download SVG
        </button>
      </p>
    </div>
  );
}
