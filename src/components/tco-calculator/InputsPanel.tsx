/**
 * The calculator's inputs: the shop's size first, then the price book, then
 * each group of prices and ratios folded under its name (with how many differ
 * from the book), so on a phone the results are a short scroll away. Each
 * field shows its unit, its source or assumption, and any error next to it.
 * Groups and fields are memoised: a keystroke re-renders the group and the
 * field typed in, not six groups and forty fields, and the pools' own
 * hardware only when a host input or a pool value changes;
 * a render of the calculator that changes no input (the deferred charts, the
 * uncertainty ranges) skips the panel altogether.
 */
import { memo, type ReactNode } from 'react';
import { FIELDS, FIELD_BY_KEY, type FieldKey, type FieldMeta } from '../../lib/tco/fields';
import { HOST_FIELDS, POOL_KEYS, POOL_LABELS, type HostField, type PoolKey } from '../../lib/tco/limits';
import { activeOptions, currentBooks, provenance, priceSourceAnchor, bookKey, type PriceBook, type PriceValue } from '../../lib/tco/price-books';
import type { Scenario } from '../../lib/tco/scenario';

interface Props {
  scenario: Scenario;
  book: PriceBook;
  drafts: Partial<Record<FieldKey, string>>;
  errors: Partial<Record<FieldKey, string>>;
  /** How a typed value was read, where that is worth saying (a decimal comma). */
  notes: Partial<Record<FieldKey, string>>;
  enabled: boolean;
  onField: (key: FieldKey, text: string) => void;
  onBook: (key: string) => void;
  onOption: (values: Record<string, string | number>) => void;
  /** A pool's own value for a host input; empty text returns it to the shared value. */
  onOverride: (pool: PoolKey, field: HostField, text: string) => void;
  /** Messages for pool values, and text being typed, keyed "pool.field". */
  overrideErrors: Record<string, string>;
  overrideDrafts: Record<string, string>;
  /** Shown at the foot of the inputs, kept in sight while they scroll. */
  footer?: ReactNode;
}

type PoolProps = Pick<Props, 'scenario' | 'enabled' | 'onOverride' | 'overrideErrors' | 'overrideDrafts'>;
/** The pools read only the host inputs (as placeholders) and their own values: other keystrokes leave them be. */
const samePools = (a: PoolProps, b: PoolProps) =>
  a.enabled === b.enabled &&
  a.onOverride === b.onOverride &&
  a.overrideErrors === b.overrideErrors &&
  a.overrideDrafts === b.overrideDrafts &&
  a.scenario.overrides === b.scenario.overrides &&
  HOST_FIELDS.every((f) => a.scenario[f] === b.scenario[f]);

/** Hardware that differs in one pool: blank fields use the shared value shown as the placeholder. */
const PoolOverrides = memo(function PoolOverrides({ scenario, enabled, onOverride, overrideErrors, overrideDrafts }: PoolProps) {
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
}, samePools);

const GROUPS = [...new Set(FIELDS.map((f) => f.group))];
const FIELDS_OF = Object.fromEntries(GROUPS.map((g) => [g, FIELDS.filter((f) => f.group === g)])) as Record<FieldMeta['group'], FieldMeta[]>;
/** The group under which each pool's own hardware can be set. */
const POOLS_GROUP: FieldMeta['group'] = 'Hosts and power';
/** One group of fields, with the panel's props. */
type GroupProps = { group: FieldMeta['group']; props: Props };

/** Help under a field whose meaning is not in its label alone. */
const EXTRA_HELP: Partial<Record<FieldKey, string>> = {
  winDatacenterPrice: '0 means the edition cannot be bought at a known price; hosts are then priced with the per-VM edition.',
};

interface FieldProps {
  meta: FieldMeta;
  value: string | number;
  draft: string | undefined;
  error: string | undefined;
  note: string | undefined;
  source: PriceValue | undefined;
  /** The book's id, for the link from a sourced value to its sources under the calculator. */
  bookId: string;
  onField: (key: FieldKey, text: string) => void;
}

const Field = memo(function Field({ meta, value, draft, error, note, source, bookId, onField }: FieldProps) {
  const id = `tco-${meta.key}`;
  const isDefault = source && source.value === value;
  const extra = EXTRA_HELP[meta.key];
  const help = Boolean(source || extra);
  // A sourced value names its sources as a link to their entries under the calculator, where each is linked to the original.
  const provenanceText = source && provenance(source);
  const origin = source && (source.basis === 'source' ? <a href={`#${priceSourceAnchor(bookId, meta.key)}`}>{provenanceText}</a> : provenanceText);
  const describedBy = [error ? `${id}-error` : '', note && !error ? `${id}-note` : '', help ? `${id}-help` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'tco-field has-error' : 'tco-field'}>
      <label htmlFor={id}>
        {meta.label}
        {meta.unit && <span className="tco-unit"> ({meta.unit})</span>}
      </label>
      {meta.options ? (
        <select id={id} value={String(value)} aria-describedby={describedBy} onChange={(e) => onField(meta.key, e.target.value)}>
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
          value={draft ?? String(value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onField(meta.key, e.target.value)}
        />
      )}
      {error && (
        <p className="tco-error" id={`${id}-error`}>
          {error} The calculation keeps using {String(value)}.
        </p>
      )}
      {note && !error && (
        <p className="tco-read-as" id={`${id}-note`}>
          {note}
        </p>
      )}
      {help && (
        <p className={source?.basis === 'assumption' ? 'tco-help is-assumption' : 'tco-help'} id={`${id}-help`}>
          {source && !isDefault && <>Your value. The price book has {String(source.value)}: </>}
          {origin}
          {source && extra && ' '}
          {extra}
        </p>
      )}
    </div>
  );
});

function FieldList({ group, props }: GroupProps) {
  const { scenario, book, drafts, errors, notes, onField } = props;
  return (
    <>
      {FIELDS_OF[group].map((meta) => (
        <Field
          key={meta.key}
          meta={meta}
          value={scenario[meta.key]}
          draft={drafts[meta.key]}
          error={errors[meta.key]}
          note={notes[meta.key]}
          source={book.values[meta.key]}
          bookId={book.id}
          onField={onField}
        />
      ))}
    </>
  );
}

/** How many inputs of a group differ from the price book, for its summary. */
function changedIn(group: FieldMeta['group'], scenario: Scenario, book: PriceBook): number {
  return FIELDS_OF[group].filter((f) => book.values[f.key] && book.values[f.key].value !== scenario[f.key]).length;
}

interface PriceBookProps {
  book: PriceBook;
  /** Which option of each choice the scenario matches (activeOptions). */
  active: Record<string, string | null>;
  enabled: boolean;
  onBook: (key: string) => void;
  onOption: (values: Record<string, string | number>) => void;
}

/** activeOptions builds a new record on every render: equal when it names the same options. */
const samePriceBook = (a: PriceBookProps, b: PriceBookProps) =>
  a.book === b.book &&
  a.enabled === b.enabled &&
  a.onBook === b.onBook &&
  a.onOption === b.onOption &&
  a.book.choices.every((c) => a.active[c.id] === b.active[c.id]);

/**
 * The price book and where its sources disagree, memoised apart from the fields: a keystroke leaves them as
 * they were. Re-rendered with the panel, every radio got a new handler, and React then wrote each radio's
 * name and type again on every key: attribute writes that take the radio out of its group and back.
 */
const PriceBookFieldset = memo(function PriceBookFieldset({ book, active, enabled, onBook, onOption }: PriceBookProps) {
  return (
    <fieldset disabled={!enabled}>
      <legend>Price book</legend>
      <div className="tco-field">
        <label htmlFor="tco-book">Defaults and sources</label>
        <select id="tco-book" value={bookKey(book)} onChange={(e) => onBook(e.target.value)}>
          {currentBooks().map((b) => (
            <option key={bookKey(b)} value={bookKey(b)}>
              {b.label}
            </option>
          ))}
        </select>
        <p className="tco-help">{book.description}</p>
      </div>
      {book.choices.length > 0 && (
        <details className="tco-group tco-choices">
          <summary>
            Where sources disagree <span className="tco-unit">({book.choices.length} {book.choices.length === 1 ? 'choice' : 'choices'})</span>
          </summary>
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
        </details>
      )}
    </fieldset>
  );
}, samePriceBook);

/**
 * A group reads the book, the panel's state and its own fields (and the pools, under hosts): the same when
 * none of them changed. A keystroke then re-renders the group typed in, not the five others with their
 * details, summaries and fieldsets, whose props React would otherwise compare and write on every key (issue 15).
 */
const sameGroup = (a: GroupProps, b: GroupProps) =>
  a.group === b.group &&
  a.props.book === b.props.book &&
  a.props.enabled === b.props.enabled &&
  a.props.onField === b.props.onField &&
  FIELDS_OF[a.group].every(
    ({ key }) =>
      a.props.scenario[key] === b.props.scenario[key] &&
      a.props.drafts[key] === b.props.drafts[key] &&
      a.props.errors[key] === b.props.errors[key] &&
      a.props.notes[key] === b.props.notes[key],
  ) &&
  (a.group !== POOLS_GROUP || samePools(a.props, b.props));

/** The first group, the shop's size, open above the price book with a link down to the results. */
const ShopFieldset = memo(function ShopFieldset({ group, props }: GroupProps) {
  return (
    <fieldset disabled={!props.enabled} className="tco-shop">
      <legend>Your shop</legend>
      <FieldList group={group} props={props} />
      <a className="tco-to-results" href="#tco-results-heading">
        See the results
      </a>
    </fieldset>
  );
}, sameGroup);

/** Any other group, folded under its name with how many of its inputs differ from the book. */
const FoldedGroup = memo(function FoldedGroup({ group, props }: GroupProps) {
  const changed = changedIn(group, props.scenario, props.book);
  return (
    <details className="tco-group" id={`tco-group-${group.toLowerCase().replace(/\W+/g, '-')}`}>
      <summary>
        {group}
        {changed > 0 && <span className="tco-unit"> ({changed} changed)</span>}
      </summary>
      <fieldset disabled={!props.enabled}>
        <legend className="visually-hidden">{group}</legend>
        <FieldList group={group} props={props} />
        {group === POOLS_GROUP && <PoolOverrides {...props} />}
      </fieldset>
    </details>
  );
}, sameGroup);

export const InputsPanel = memo(function InputsPanel(props: Props) {
  const { scenario, book, enabled, onBook, onOption } = props;
  const [first, ...rest] = GROUPS;
  return (
    <form className="tco-inputs" onSubmit={(e) => e.preventDefault()} aria-label="Scenario inputs">
      <ShopFieldset group={first} props={props} />
      <PriceBookFieldset book={book} active={activeOptions(book, scenario)} enabled={enabled} onBook={onBook} onOption={onOption} />
      {rest.map((group) => (
        <FoldedGroup key={group} group={group} props={props} />
      ))}
      {props.footer}
    </form>
  );
});
