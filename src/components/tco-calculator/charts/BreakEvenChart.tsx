/**
 * Total cost of each strategy against the Linux share of workloads (0 to
 * 100%), with a marker labelled "B → C" where the cheapest strategy
 * changes. Layout: breakEvenLayout in src/lib/tco/charts/break-even.ts; this
 * component only maps it to SVG (colours from the `series-*` classes, no
 * inline styles) and repeats the numbers in data tables. The frame, axes,
 * gridlines and data table block come from ChartParts.tsx.
 */
import { breakEvenLayout, describeBreakEven, type BreakEvenPoint, type BreakEvenSwitch } from '../../../lib/tco/charts/break-even';
import { STRATEGY_LABELS, usd, type StrategyId } from '../../../lib/tco/model';
import { CaptionedTable, ChartFrame, XAxis, YAxis, SeriesLine } from './ChartParts';

export interface BreakEvenChartProps {
  /** Unique on the page; element ids are derived from it. */
  id: string;
  caption: string;
  /** Width to lay out for, CSS pixels. */
  width: number;
  /** Totals per strategy at each Linux share, in percent (0 to 100). */
  points: BreakEvenPoint[];
  /** Where the cheapest strategy changes, Linux share in percent. */
  switches: BreakEvenSwitch[];
  /** Of an earlier scenario, a newer one being worked out (ChartFrame). */
  busy?: boolean;
}

const share = (s: number) => `${Math.round(s * 10) / 10}%`;

export function BreakEvenChart({ id, caption, width, points, switches, busy }: BreakEvenChartProps) {
  const L = breakEvenLayout(points, switches, width);
  const ids: StrategyId[] = L.lines.map((l) => l.id);
  const sorted = [...points].sort((a, b) => a.linuxShare - b.linuxShare);
  const table = (
    <>
      <thead>
        <tr>
          <th scope="col">Linux share of workloads</th>
          {ids.map((sid) => (
            <th key={sid} scope="col">
              {STRATEGY_LABELS[sid]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((p, i) => (
          <tr key={`${i}-${p.linuxShare}`}>
            <th scope="row">{share(p.linuxShare)}</th>
            {ids.map((sid) => (
              <td key={sid}>{usd(p.totals[sid])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </>
  );
  const switchTable = switches.length > 0 && (
    <CaptionedTable caption="Where the cheapest strategy changes">
      <thead>
        <tr>
          <th scope="col">Linux share of workloads</th>
          <th scope="col">Cheapest below</th>
          <th scope="col">Cheapest above</th>
        </tr>
      </thead>
      <tbody>
        {[...switches]
          .sort((a, b) => a.linuxShare - b.linuxShare)
          .map((s, i) => (
            <tr key={`${i}-${s.from}-${s.to}`}>
              <th scope="row">{share(s.linuxShare)}</th>
              <td>{STRATEGY_LABELS[s.from]}</td>
              <td>{STRATEGY_LABELS[s.to]}</td>
            </tr>
          ))}
      </tbody>
    </CaptionedTable>
  );
  return (
    <ChartFrame
      busy={busy}
      id={id}
      caption={caption}
      kind="break-even"
      width={L.width}
      height={L.height}
      description={describeBreakEven(points, switches)}
      table={table}
      moreTables={switchTable}
    >
      <YAxis plot={L.plot} ticks={L.yTicks} gridlines />
      <XAxis plot={L.plot} ticks={L.xTicks} title={L.xTitle} />
      <g className="switches">
        {L.switches.map((s, i) => (
          <g key={`${i}-${s.from}-${s.to}`}>
            <line className="gridline switch-marker" x1={s.x} x2={s.x} y1={s.y1} y2={s.y2} />
            <text className="switch-label" x={s.label.x} y={s.label.y} textAnchor={s.label.anchor}>
              {s.label.text}
            </text>
          </g>
        ))}
      </g>
      <g className="lines">
        {L.lines.map((line) => (
          <SeriesLine key={line.id} id={line.id} path={line.path} endLabel={line.endLabel} />
        ))}
      </g>
    </ChartFrame>
  );
}

export default BreakEvenChart;
