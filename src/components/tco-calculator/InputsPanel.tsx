/** The calculator's inputs, grouped, each with its unit, its source or assumption, and any error next to it. */
import { FIELDS, type FieldKey, type FieldMeta } from '../../lib/tco/fields';
import { activeOptions, currentBooks, provenance, bookKey, type PriceBook } from '../../lib/tco/price-books';
import type { Scenario } from '../../lib/tco/scenario';

interface Props {
  scenario: Scenario;
  book: PriceBook;
  drafts: Partial<Record<FieldKey, string>>;
  errors: Partial<Record<FieldKey, string>>;
  enabled: boolean;
  onField: (key: FieldKey, text: string) => void;
  onBook: (key: string) => void;
  onOption: (values: Record<string, string | number>) => void;
}

const GROUPS = [...new Set(FIELDS.map((f) => f.group))];

function Field({ meta, props }: { meta: FieldMeta; props: Props }) {
  const { scenario, book, drafts, errors, onField } = props;
  const id = `tco-${meta.key}`;
  const error = errors[meta.key];
  const source = book.values[meta.key];
  const isDefault = source && source.value === scenario[meta.key];
  const help = source ? (isDefault ? provenance(source) : `Your value. The price book has ${String(source.value)}: ${provenance(source)}`) : '';
  const describedBy = [error ? `${id}-error` : '', help ? `${id}-help` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'tco-field has-error' : 'tco-field'}>
      <label htmlFor={id}>
        {meta.label}
        {meta.unit && <span className="tco-unit"> ({meta.unit})</span>}
      </label>
      {meta.options ? (
        <select id={id} value={String(scenario[meta.key])} aria-describedby={describedBy} onChange={(e) => onField(meta.key, e.target.value)}>
          {meta.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          name={meta.key}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={drafts[meta.key] ?? String(scenario[meta.key])}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onField(meta.key, e.target.value)}
        />
      )}
      {error && (
        <p className="tco-error" id={`${id}-error`}>
          {error} The calculation keeps using {String(scenario[meta.key])}.
        </p>
      )}
      {help && (
        <p className={source?.basis === 'assumption' ? 'tco-help is-assumption' : 'tco-help'} id={`${id}-help`}>
          {help}
        </p>
      )}
    </div>
  );
}

export function InputsPanel(props: Props) {
  const { scenario, book, enabled, onBook, onOption } = props;
  const active = activeOptions(book, scenario);
  return (
    // Focusable: on wide screens the panel scrolls on its own, and keyboard users must be able to scroll it.
    <form className="tco-inputs" onSubmit={(e) => e.preventDefault()} aria-label="Scenario inputs" tabIndex={0}>
      <fieldset disabled={!enabled}>
        <legend>Price book</legend>
        <div className="tco-field">
          <label htmlFor="tco-book">Defaults and sources</label>
          <select id="tco-book" value={bookKey(book)} onChange={(e) => onBook(e.target.value)}>
            {currentBooks().map((b) => (
              <option key={bookKey(b)} value={bookKey(b)}>
                {b.label} ({bookKey(b)})
              </option>
            ))}
          </select>
          <p className="tco-help">{book.description}</p>
        </div>
        {book.choices.map((choice) => (
          <fieldset key={choice.id} className="tco-choice">
            <legend>{choice.label}</legend>
            <p className="tco-help">{choice.why}</p>
            {choice.options.map((o) => (
              <label key={o.id} className="tco-radio">
                <input type="radio" name={`tco-choice-${choice.id}`} checked={active[choice.id] === o.id} onChange={() => onOption(o.values)} /> {o.label}
              </label>
            ))}
          </fieldset>
        ))}
      </fieldset>
      {GROUPS.map((group) => (
        <fieldset key={group} disabled={!enabled}>
          <legend>{group}</legend>
          {FIELDS.filter((f) => f.group === group).map((meta) => (
            <Field key={meta.key} meta={meta} props={props} />
          ))}
        </fieldset>
      ))}
    </form>
  );
}
