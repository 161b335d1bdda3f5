/**
 * Total cost of each strategy as a horizontal bar stacked by cost category.
 * Layout: stackedCostLayout in src/lib/tco/charts/stacked-cost.ts; this component
 * only maps it to SVG (no d3 DOM work, no inline styles: colours come from
 * the `cat-*` classes), then repeats the numbers in a data table. The frame,
 * legend, gridlines, axis and data table block come from ChartParts.tsx.
 */
import { describeStackedCost, stackedCostLayout, type StackedCostRow } from '../../../lib/tco/charts/stacked-cost';
import { CATEGORIES, CATEGORY_LABELS, usd } from '../../../lib/tco/model';
import { ChartFrame, Legend, XAxis, XGridlines } from './ChartParts';

export interface StackedCostChartProps {
  /** Unique on the page; element ids are derived from it. */
  id: string;
  caption: string;
  /** Width to lay out for, CSS pixels. */
  width: number;
  rows: StackedCostRow[];
}

export function StackedCostChart({ id, caption, width, rows }: StackedCostChartProps) {
  const L = stackedCostLayout(rows, width);
  const totals = L.bars.map((b) => b.total);
  const table = (
    <>
      <thead>
        <tr>
          <th scope="col">Cost</th>
          {rows.map((row) => (
            <th key={row.id} scope="col">
              {row.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {CATEGORIES.map((c) => (
          <tr key={c}>
            <th scope="row">{CATEGORY_LABELS[c]}</th>
            {rows.map((row) => (
              <td key={row.id}>{usd(Math.max(0, row.byCategory?.[c]?.total || 0))}</td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          {totals.map((t, i) => (
            <td key={rows[i].id}>{usd(t)}</td>
          ))}
        </tr>
      </tfoot>
    </>
  );
  return (
    <ChartFrame id={id} caption={caption} kind="stacked" width={L.width} height={L.height} description={describeStackedCost(rows)} table={table}>
      <Legend items={L.legend} swatchClass={(key) => `cat-${key}`} />
      <XGridlines plot={L.plot} ticks={L.ticks} />
      <g className="bars">
        {L.bars.map((bar) => (
          <g key={bar.id} className={`bar series-${bar.id}`}>
            <text className="bar-label" x={bar.labelX} y={bar.labelY} textAnchor={bar.labelAnchor}>
              {bar.label}
            </text>
            {bar.segments.map((s) => (
              <rect key={s.category} className={`segment cat-${s.category}`} x={s.x} y={s.y} width={s.width} height={s.height}>
                <title>{`${bar.label}, ${CATEGORY_LABELS[s.category]}: ${usd(s.value)}`}</title>
              </rect>
            ))}
            <text className="value-label" x={bar.totalX} y={bar.totalY}>
              {bar.totalLabel}
            </text>
          </g>
        ))}
      </g>
      <XAxis plot={L.plot} ticks={L.ticks} />
    </ChartFrame>
  );
}

export default StackedCostChart;
