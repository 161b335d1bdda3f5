/**
 * Total cost of each strategy as a horizontal bar stacked by cost category.
 * Layout: stackedCostLayout in src/lib/tco/chart-layout.ts; this component
 * only maps it to SVG (no d3 DOM work, no inline styles: colours come from
 * the `cat-*` classes), then repeats the numbers in a data table.
 */
import { describeStackedCost, stackedCostLayout, type StackedCostRow } from '../../../lib/tco/chart-layout';
import { CATEGORIES, CATEGORY_LABELS, usd } from '../../../lib/tco/model';

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
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const totals = L.bars.map((b) => b.total);
  return (
    <figure className="tco-chart tco-chart-stacked">
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <svg role="img" aria-labelledby={titleId} aria-describedby={descId} width={L.width} height={L.height} viewBox={`0 0 ${L.width} ${L.height}`} className="chart-svg">
        <title id={titleId}>{caption}</title>
        <desc id={descId}>{describeStackedCost(rows)}</desc>
        <g className="legend">
          {L.legend.map((item) => (
            <g key={item.key}>
              <rect className={`swatch cat-${item.key}`} x={item.x} y={item.y} width={item.size} height={item.size} />
              <text className="legend-label" x={item.textX} y={item.textY}>
                {item.label}
              </text>
            </g>
          ))}
        </g>
        <g className="grid">
          {L.ticks.map((t) => (
            <line key={t.label} className="gridline" x1={t.x} x2={t.x} y1={L.plot.top} y2={L.plot.bottom} />
          ))}
        </g>
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
        <g className="x-axis">
          <line className="axis" x1={L.plot.left} x2={L.plot.right} y1={L.plot.bottom} y2={L.plot.bottom} />
          {L.ticks.map((t) => (
            <g key={t.label}>
              <line className="axis" x1={t.x} x2={t.x} y1={L.plot.bottom} y2={L.plot.bottom + 4} />
              <text className="axis-label" x={t.x} y={L.plot.bottom + 16} textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <details className="chart-data">
        <summary>Data table</summary>
        <table>
          <caption>{caption}</caption>
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
        </table>
      </details>
    </figure>
  );
}

export default StackedCostChart;
