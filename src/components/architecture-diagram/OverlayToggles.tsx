/** The three overlays as toggle buttons; the same set applies to every diagram they govern. */
import { OVERLAYS, type OverlayKey } from '../../lib/diagrams/overlays';

interface Props {
  on: ReadonlySet<OverlayKey>;
  onChange: (next: Set<OverlayKey>) => void;
  disabled: boolean;
  /** Names the group for assistive technology, e.g. "Overlays for figure 2". */
  label: string;
}

export function OverlayToggles({ on, onChange, disabled, label }: Props) {
  return (
    <div className="diagram-overlays" role="group" aria-label={label}>
      <span aria-hidden="true">Show:</span>
      {OVERLAYS.map((o) => (
        <button
          key={o.key}
          type="button"
          aria-pressed={on.has(o.key)}
          disabled={disabled}
          onClick={() => {
            const next = new Set(on);
            if (next.has(o.key)) next.delete(o.key);
            else next.add(o.key);
            onChange(next);
          }}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
