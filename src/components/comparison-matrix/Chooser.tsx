/**
 * A disclosure of checkboxes with quick choices, for the comparison matrix's
 * columns and rows (ComparisonMatrix.tsx). Memoised: a view switch does not
 * re-render it.
 */
import { memo } from "react";

interface ChooserProps {
  /** What is chosen, e.g. "Columns": the summary reads "Columns: 2 of 11". */
  summary: string;
  legend: string;
  /** The checkboxes' name, for forms and tests. */
  name: string;
  /** Everything on offer, in the data's order. */
  items: Array<{ id: string; label: string; hint?: string }>;
  chosen: string[];
  /** Quick choices: a label and the ids it selects. */
  presets: Array<[string, string[]]>;
  disabled: boolean;
  /** Called with the new choice, in the data's order; never empty (the last box cannot be unticked). */
  onChange: (ids: string[]) => void;
}

/** A disclosure of checkboxes with quick choices: which columns, which rows. */
export const Chooser = memo(function Chooser({
  summary,
  legend,
  name,
  items,
  chosen,
  presets,
  disabled,
  onChange,
}: ChooserProps) {
  const on = new Set(chosen);
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(on);
    if (checked) next.add(id);
    else next.delete(id);
    onChange(items.map((i) => i.id).filter((x) => next.has(x)));
  };
  return (
    <details className="matrix-choose">
      <summary>
        {summary}: {chosen.length} of {items.length}
      </summary>
      <fieldset>
        <legend>{legend}</legend>
        <div className="matrix-presets">
          {presets.map(([label, ids]) => (
            <button
              key={label}
              type="button"
              disabled={disabled}
              onClick={() => onChange(ids)}
            >
              {label}
            </button>
          ))}
        </div>
        {items.map((item) => (
          <label key={item.id} className="matrix-check">
            <input
              type="checkbox"
              name={name}
              value={item.id}
              checked={on.has(item.id)}
              disabled={disabled || (on.has(item.id) && chosen.length === 1)}
              onChange={(e) => toggle(item.id, e.target.checked)}
            />
            <span>
              {item.label} {item.hint && <small>{item.hint}</small>}
            </span>
          </label>
        ))}
      </fieldset>
    </details>
  );
});
