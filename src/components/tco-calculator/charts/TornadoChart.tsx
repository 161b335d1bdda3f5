/**
 * Sensitivity of a difference between two strategies ("B minus A") to each
 * input moved 20% down and up: bars around a centre line at the baseline,
 * largest swing first. Layout: tornadoLayout in src/lib/tco/charts/tornado.ts;
 * this component only maps it to SVG (colours from the `tornado-low` and
 * `tornado-high` classes, no inline styles) and repeats the numbers in a
 * data table. The frame, legend, gridlines, axis and data table block come
 * from ChartParts.tsx.
 */
import { describeTornado, sortBySwing, tornadoLayout, type TornadoInput } from '../../../lib/tco/charts/tornado';
import { usd } from '../../../lib/tco/model';
import { ChartFrame, Legend, XAxis, XGridlines } from './ChartParts';

export interface TornadoChartProps {
  /** Unique on the page; element ids are derived from it. */
  id: string;
  caption: string;
  /** Width to lay out for, CSS pixels. */
  width: number;
  /** Per input: the difference with that input 20% lower (`low`) and 20% higher (`high`). */
  bars: TornadoInput[];
  /** The difference at the baseline inputs, dollars. */
  base: number;
  /** What the difference is, e.g. "B minus A". */
  pairLabel: string;
  /** Of an earlier scenario, a newer one being worked out (ChartFrame). */
  busy?: boolean;
}

export function TornadoChart({ id, caption, width, bars, base, pairLabel, busy }: TornadoChartProps) {
  const L = tornadoLayout(bars, base, width);
  const sorted = sortBySwing(bars);
  const table = (
    <>
      <thead>
        <tr>
          <th scope="col">Input</th>
          <th scope="col">{`${pairLabel}, input 20% lower`}</th>
          <th scope="col">{`${pairLabel}, input 20% higher`}</th>
          <th scope="col">Swing</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((b) => (
          <tr key={b.key}>
            <th scope="row">{b.label}</th>
            <td>{usd(b.low)}</td>
            <td>{usd(b.high)}</td>
            <td>{usd(Math.abs(b.high - b.low))}</td>
          </tr>
        ))}
      </tbody>
    </>
  );
  return (
    <ChartFrame
      busy={busy}
      id={id}
      caption={caption}
      kind="tornado"
      width={L.width}
      height={L.height}
      description={describeTornado(bars, base, pairLabel)}
      table={table}
      tableCaption={`${caption} (${pairLabel} at the baseline: ${usd(base)})`}
    >
      <Legend items={L.legend} swatchClass={(key) => `tornado-${key}`} />
      <XGridlines plot={L.plot} ticks={L.ticks} />
      <g className="bars">
        {L.bars.map((bar) => {
          // The longer side first, so that a shorter side on the same side of the centre shows on top.
          const sides = [
            { key: 'low' as const, r: bar.low },
            { key: 'high' as const, r: bar.high },
          ].sort((a, b) => b.r.width - a.r.width);
          return (
            <g key={bar.key} className="bar">
              <text className="bar-label" x={bar.labelX} y={bar.labelY} textAnchor={bar.labelAnchor}>
                {bar.label}
              </text>
              {sides.map(({ key, r }) => (
                <rect key={key} className={`tornado-${key}`} x={r.x} y={r.y} width={r.width} height={r.height}>
                  <title>{`${bar.label} 20% ${key === 'low' ? 'lower' : 'higher'}: ${pairLabel} ${usd(r.value)}`}</title>
                </rect>
              ))}
              {sides.map(({ key, r }) =>
                r.valueLabel.text ? (
                  <text key={`${key}-value`} className="value-label" x={r.valueLabel.x} y={r.valueLabel.y} textAnchor={r.valueLabel.anchor}>
                    {r.valueLabel.text}
                  </text>
                ) : null,
              )}
            </g>
          );
        })}
      </g>
      <g className="centre">
        <line className="axis centre-line" x1={L.centre.x} x2={L.centre.x} y1={L.centre.y1} y2={L.centre.y2} />
        <text className="axis-label" x={L.centre.label.x} y={L.centre.label.y} textAnchor={L.centre.label.anchor}>
          {L.centre.label.text}
        </text>
      </g>
      <XAxis plot={L.plot} ticks={L.ticks} />
    </ChartFrame>
  );
}

export default TornadoChart;
