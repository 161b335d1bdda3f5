/**
 * The spread of each strategy's total: a bar from P10 to P90 and a mark at
 * P50, one row per strategy, on a money axis. Layout: rangeLayout in
 * src/lib/tco/charts/range.ts; this component only maps it to SVG (colours
 * from the `series-*` classes, no inline styles) and repeats the numbers in
 * a data table. The frame, legend, gridlines, axis and data table block come
 * from ChartParts.tsx.
 */
import type { LegendItem } from '../../../lib/tco/charts/frame';
import { describeRange, rangeLayout, type RangeInput } from '../../../lib/tco/charts/range';
import { usd } from '../../../lib/tco/model';
import { ChartFrame, Legend, XAxis, XGridlines } from './ChartParts';

export interface RangeChartProps {
  /** Unique on the page; element ids are derived from it. */
  id: string;
  caption: string;
  /** Width to lay out for, CSS pixels. */
  width: number;
  ranges: RangeInput[];
}

/** Legend swatches drawn like the marks: a flattened bar for the range, a thin mark for the median. */
const rangeSwatch = (item: LegendItem<'range' | 'median'>) =>
  item.key === 'range' ? (
    <rect className="swatch range-bar" x={item.x} y={item.y + 2} width={item.size} height={item.size - 4} />
  ) : (
    <rect className="swatch range-p50" x={item.x + item.size / 2 - 1.5} y={item.y} width={3} height={item.size} />
  );

export function RangeChart({ id, caption, width, ranges }: RangeChartProps) {
  const L = rangeLayout(ranges, width);
  const table = (
    <>
      <thead>
        <tr>
          <th scope="col">Strategy</th>
          <th scope="col">P10</th>
          <th scope="col">P50 (median)</th>
          <th scope="col">P90</th>
        </tr>
      </thead>
      <tbody>
        {ranges.map((g) => (
          <tr key={g.id}>
            <th scope="row">{g.label}</th>
            <td>{usd(g.p10)}</td>
            <td>{usd(g.p50)}</td>
            <td>{usd(g.p90)}</td>
          </tr>
        ))}
      </tbody>
    </>
  );
  return (
    <ChartFrame id={id} caption={caption} kind="range" width={L.width} height={L.height} description={describeRange(ranges)} table={table}>
      <Legend items={L.legend} swatch={rangeSwatch} />
      <XGridlines plot={L.plot} ticks={L.ticks} />
      <g className="rows">
        {L.rows.map((row) => (
          <g key={row.id} className={`range series-${row.id}`}>
            <text className="bar-label" x={row.labelX} y={row.labelY} textAnchor={row.labelAnchor}>
              {row.label}
            </text>
            <rect className={`range-bar series-${row.id}`} x={row.bar.x} y={row.bar.y} width={row.bar.width} height={row.bar.height}>
              <title>{`${row.label}: P10 ${usd(row.p10)}, P90 ${usd(row.p90)}`}</title>
            </rect>
            <rect className="range-p50" x={row.median.x} y={row.median.y} width={row.median.width} height={row.median.height}>
              <title>{`${row.label}: P50 ${usd(row.p50)}`}</title>
            </rect>
            <text className="value-label" x={row.valueLabel.x} y={row.valueLabel.y} textAnchor={row.valueLabel.anchor}>
              {row.valueLabel.text}
            </text>
          </g>
        ))}
      </g>
      <XAxis plot={L.plot} ticks={L.ticks} />
    </ChartFrame>
  );
}

export default RangeChart;
