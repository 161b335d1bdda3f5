/**
 * One architecture diagram as an island: the overlays, the drawing and its
 * details. The figure around it (caption, anchor, the diagram in words) is
 * Diagram.astro's, so it is all there without JS. It is given the diagram's
 * id and reads the diagram itself (src/lib/diagrams/catalogue.ts), on the
 * server as in the browser, so the page carries no copy of the data.
 */
import { useEffect, useMemo, useState } from 'react';
import { architectureById } from '../../lib/diagrams/catalogue';
import type { OverlayKey } from '../../lib/diagrams/overlays';
import { DiagramPanel } from './DiagramPanel';
import { OverlayToggles } from './OverlayToggles';

interface Props {
  /** The diagram's id in content/data/architectures.json. */
  archId: string;
  /** Unique on the page (a page may show the same diagram twice, e.g. in the comparison). */
  uid: string;
}

export default function ArchitectureDiagram({ archId, uid }: Props) {
  const arch = useMemo(() => architectureById(archId), [archId]);
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
