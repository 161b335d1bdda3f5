/**
 * Cumulative cost of each strategy, year by year: a line per strategy,
 * labelled at its end. Layout: cumulativeLayout in
 * src/lib/tco/charts/cumulative.ts; this component only maps it to SVG (colours
 * from the `series-*` classes, no inline styles) and repeats the numbers in
 * a data table. The frame, axes, gridlines and data table block come from
 * ChartParts.tsx.
 */
import { cumulativeLayout, describeCumulative, type CumulativeSeries } from '../../../lib/tco/charts/cumulative';
import { usd } from '../../../lib/tco/model';
import { ChartFrame, XAxis, YAxis, SeriesLine } from './ChartParts';

export interface CumulativeChartProps {
  /** Unique on the page; element ids are derived from it. */
  id: string;
  caption: string;
  /** Width to lay out for, CSS pixels. */
  width: number;
  series: CumulativeSeries[];
}

export function CumulativeChart({ id, caption, width, series }: CumulativeChartProps) {
  const L = cumulativeLayout(series, width);
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const table = (
    <>
      <thead>
        <tr>
          <th scope="col">Year</th>
          {series.map((s) => (
            <th key={s.id} scope="col">
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {years.map((year) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            {series.map((s) => {
              const p = s.points.find((q) => q.year === year);
              return <td key={s.id}>{p ? usd(p.cumulative) : '—'}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </>
  );
  return (
    <ChartFrame id={id} caption={caption} kind="cumulative" width={L.width} height={L.height} description={describeCumulative(series)} table={table}>
      <YAxis plot={L.plot} ticks={L.yTicks} gridlines />
      <XAxis plot={L.plot} ticks={L.xTicks} title={L.xTitle} />
      <g className="lines">
        {L.lines.map((line) => (
          <SeriesLine key={line.id} id={line.id} path={line.path} endLabel={line.endLabel}>
            {line.points.map((p) => (
              <circle key={p.year} className={`marker series-${line.id}`} cx={p.x} cy={p.y} r={3}>
                <title>{`${line.label}, year ${p.year}: ${usd(p.value)}`}</title>
              </circle>
            ))}
          </SeriesLine>
        ))}
      </g>
    </ChartFrame>
  );
}

export default CumulativeChart;
