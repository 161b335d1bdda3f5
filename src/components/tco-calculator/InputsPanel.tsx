/** The calculator's inputs, grouped, each with its unit, its source or assumption, and any error next to it. */
import { FIELDS, FIELD_BY_KEY, type FieldKey, type FieldMeta } from '../../lib/tco/fields';
import { HOST_FIELDS, POOL_KEYS, POOL_LABELS, type HostField, type PoolKey } from '../../lib/tco/limits';
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
  /** A pool's own value for a host input; empty text returns it to the shared value. */
  onOverride: (pool: PoolKey, field: HostField, text: string) => void;
  /** Messages for pool values, and text being typed, keyed "pool.field". */
  overrideErrors: Record<string, string>;
  overrideDrafts: Record<string, string>;
  /** Shown under the inputs on phones, where the results are far below. */
  footer?: React.ReactNode;
}

/** Hardware that differs in one pool: blank fields use the shared value shown as the placeholder. */
function PoolOverrides({ scenario, enabled, onOverride, overrideErrors, overrideDrafts }: Props) {
  const count = Object.values(scenario.overrides).reduce((n, f) => n + Object.keys(f ?? {}).length, 0);
  return (
    <details className="tco-pools" open={count > 0}>
      <summary>Different hardware in one pool{count > 0 ? ` (${count} set)` : ''}</summary>
      <p className="tco-help">Every pool uses the hosts above unless you set its own values here. Leave a box empty to use the shared value.</p>
      {POOL_KEYS.map((pool) => (
        <fieldset key={pool} disabled={!enabled}>
          <legend>{POOL_LABELS[pool]}</legend>
          {HOST_FIELDS.map((field) => {
            const id = `tco-ov-${pool}-${field}`;
            const error = overrideErrors[`${pool}.${field}`];
            const meta = FIELD_BY_KEY[field];
            return (
              <div key={field} className={error ? 'tco-field tco-field-compact has-error' : 'tco-field tco-field-compact'}>
                <label htmlFor={id}>
                  {meta.label} <span className="tco-unit">({meta.unit})</span>
                  <span className="visually-hidden">, {POOL_LABELS[pool]}</span>
                </label>
                <input
                  id={id}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  placeholder={`shared: ${String(scenario[field])}`}
                  value={overrideDrafts[`${pool}.${field}`] ?? scenario.overrides[pool]?.[field]?.toString() ?? ''}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(e) => onOverride(pool, field, e.target.value)}
                />
                {error && (
                  <p className="tco-error" id={`${id}-error`}>
                    {error}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
    </details>
  );
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
          {group === 'Hosts and power' && <PoolOverrides {...props} />}
        </fieldset>
      ))}
      {props.footer}
    </form>
  );
}
