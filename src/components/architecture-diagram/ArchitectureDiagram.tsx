/**
 * One architecture diagram as an island: the overlays, the drawing and its
 * details. The figure around it (caption, anchor, the diagram in words) is
 * Diagram.astro's, so it is all there without JS.
 */
import { useEffect, useState } from 'react';
import type { OverlayKey } from '../../lib/diagrams/overlays';
import type { Architecture } from '../../lib/diagrams/schema';
import { DiagramPanel } from './DiagramPanel';
import { OverlayToggles } from './OverlayToggles';

interface Props {
  arch: Architecture;
  /** Unique on the page (a page may show the same diagram twice, e.g. in the comparison). */
  uid: string;
}

export default function ArchitectureDiagram({ arch, uid }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [overlays, setOverlays] = useState<Set<OverlayKey>>(() => new Set());
  useEffect(() => setHydrated(true), []);
  return (
    <div className="diagram">
      <OverlayToggles on={overlays} onChange={setOverlays} disabled={!hydrated} label={`Overlays for figure ${arch.number}`} />
      <DiagramPanel arch={arch} overlays={overlays} uid={uid} hydrated={hydrated} />
    </div>
  );
}
