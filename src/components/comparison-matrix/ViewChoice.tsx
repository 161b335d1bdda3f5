/**
 * The comparison matrix's view radios (May 2006, or with hindsight), with a
 * state of their own: a click re-renders these few elements at once, and the
 * rest of the settings follow in a transition (ComparisonMatrix.tsx). Were
 * the radios controlled by the island's state alone, the click would wait on
 * that whole render, or a deferred one would have React set the old choice
 * back on the radios until it came.
 */
import { memo, useState } from "react";
import { MATRIX_VIEWS, VIEW_LABELS, type MatrixView } from "../../lib/matrix/model";

interface ViewChoiceProps {
  /** The view in the island's state: the radios follow it when it changes (a link, a searched cell). */
  view: MatrixView;
  disabled: boolean;
  /** Called with the view picked; the radios show it in the render that follows the click. */
  onPick: (view: MatrixView) => void;
}

export const ViewChoice = memo(function ViewChoice({ view, disabled, onPick }: ViewChoiceProps) {
  const [picked, setPicked] = useState(view);
  // Follow the island's view when it changes (React's "adjusting state when a prop changes", during render).
  const [followed, setFollowed] = useState(view);
  if (view !== followed) {
    setFollowed(view);
    setPicked(view);
  }
  return (
    <fieldset className="matrix-view">
      <legend>View</legend>
      {MATRIX_VIEWS.map((v) => (
        <label key={v}>
          <input
            type="radio"
            name="matrix-view"
            value={v}
            checked={picked === v}
            disabled={disabled}
            onChange={() => {
              setPicked(v);
              onPick(v);
            }}
          />
          {VIEW_LABELS[v]}
        </label>
      ))}
    </fieldset>
  );
});
