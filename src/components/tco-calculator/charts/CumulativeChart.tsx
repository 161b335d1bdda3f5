/**
 * Cumulative cost of each strategy, year by year: a line per strategy,
 * labelled at its end. Layout: cumulativeLayout in
 * src/lib/tco/chart-layout.ts; this component only maps it to SVG (colours
 * from the `series-*` classes, no inline styles) and repeats the numbers in
 * a data table.
 */
import { cumulativeLayout, describeCumulative, type CumulativeSeries } from '../../../lib/tco/chart-layout';
import { usd } from '../../../lib/tco/model';

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
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  return (
    <figure className="tco-chart tco-chart-cumulative">
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <svg role="img" aria-labelledby={titleId} aria-describedby={descId} width={L.width} height={L.height} viewBox={`0 0 ${L.width} ${L.height}`} className="chart-svg">
        <title id={titleId}>{caption}</title>
        <desc id={descId}>{describeCumulative(series)}</desc>
        <g className="grid">
          {L.yTicks.map((t) => (
            <line key={t.label} className="gridline" x1={L.plot.left} x2={L.plot.right} y1={t.y} y2={t.y} />
          ))}
        </g>
        <g className="y-axis">
          <line className="axis" x1={L.plot.left} x2={L.plot.left} y1={L.plot.top} y2={L.plot.bottom} />
          {L.yTicks.map((t) => (
            <text key={t.label} className="axis-label" x={L.plot.left - 6} y={t.y + 4} textAnchor="end">
              {t.label}
            </text>
          ))}
        </g>
        <g className="x-axis">
          <line className="axis" x1={L.plot.left} x2={L.plot.right} y1={L.plot.bottom} y2={L.plot.bottom} />
          {L.xTicks.map((t) => (
            <g key={t.label}>
              <line className="axis" x1={t.x} x2={t.x} y1={L.plot.bottom} y2={L.plot.bottom + 4} />
              <text className="axis-label" x={t.x} y={L.plot.bottom + 16} textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
          <text className="axis-label axis-title" x={L.xTitle.x} y={L.xTitle.y} textAnchor={L.xTitle.anchor}>
            {L.xTitle.text}
          </text>
        </g>
        <g className="lines">
          {L.lines.map((line) => (
            <g key={line.id} className={`series series-${line.id}`}>
              <path className={`line series-${line.id}`} d={line.path} fill="none" />
              {line.points.map((p) => (
                <circle key={p.year} className={`marker series-${line.id}`} cx={p.x} cy={p.y} r={3}>
                  <title>{`${line.label}, year ${p.year}: ${usd(p.value)}`}</title>
                </circle>
              ))}
              <text className={`end-label series-${line.id}`} x={line.endLabel.x} y={line.endLabel.y} textAnchor={line.endLabel.anchor}>
                {line.endLabel.text}
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
        </table>
      </details>
    </figure>
  );
}

export default CumulativeChart;
