/**
 * Two diagrams side by side (stacked on a phone), the same overlays on both.
 * The choice lives in the URL (src/lib/diagrams/url-state.ts), so a
 * comparison can be linked and cited.
 */
import { useEffect, useState } from 'react';
import type { OverlayKey } from '../../lib/diagrams/overlays';
import type { Architecture } from '../../lib/diagrams/schema';
import { DEFAULT_COMPARE, decodeCompare, encodeCompare, type CompareState } from '../../lib/diagrams/url-state';
import { DiagramPanel } from './DiagramPanel';
import { OverlayToggles } from './OverlayToggles';
import { Notices } from '../shared/Notices';
import { useCopy } from '../shared/useCopy';
import { addressOf, useQueryInUrl } from '../shared/useQueryInUrl';

interface Props {
  architectures: Architecture[];
}

export default function DiagramCompare({ architectures }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [state, setState] = useState<CompareState>(DEFAULT_COMPARE);
  const [notices, setNotices] = useState<string[]>([]);
  const [copyStatus, copy] = useCopy();

  useEffect(() => {
    const decoded = decodeCompare(window.location.search, architectures.map((a) => a.id));
    setState(decoded.state);
    setNotices(decoded.notices);
    setHydrated(true);
  }, [architectures]);
  const query = encodeCompare(state);
  useQueryInUrl(query, hydrated);

  const overlays = new Set<OverlayKey>(state.overlays);
  const side = (key: 'left' | 'right', label: string) => {
    const arch = architectures.find((a) => a.id === state[key])!;
    return (
      <div className="compare-side">
        <label className="compare-choice">
          <span>{label}</span>
          <select value={state[key]} disabled={!hydrated} onChange={(e) => setState((s) => ({ ...s, [key]: e.target.value }))}>
            {architectures.map((a) => (
              <option key={a.id} value={a.id}>
                Figure {a.number}. {a.title}
              </option>
            ))}
          </select>
        </label>
        <p className="compare-caption">
          {arch.caption}
          {arch.captionHindsight && <span className="caption-hindsight"> Hindsight, added in 2026: {arch.captionHindsight}</span>} Drawing: this site’s own.
        </p>
        <DiagramPanel key={arch.id} arch={arch} overlays={overlays} uid={`compare-${key}`} hydrated={hydrated} />
      </div>
    );
  };

  return (
    <div className="diagram-compare">
      <Notices className="diagram-notices" notices={notices} onDismiss={() => setNotices([])} />
      <OverlayToggles
        on={overlays}
        onChange={(next) => setState((s) => ({ ...s, overlays: [...next] }))}
        disabled={!hydrated}
        label="Overlays for both diagrams"
      />
      <p className="compare-link">
        <button type="button" disabled={!hydrated} onClick={() => copy(addressOf(query), 'Link to this comparison copied')}>
          Copy link to this comparison
        </button>
        <span role="status">{copyStatus}</span>
      </p>
      <div className="compare-grid">
        {side('left', 'Left')}
        {side('right', 'Right')}
      </div>
    </div>
  );
}
