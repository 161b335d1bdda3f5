/**
 * The pieces the TCO charts share: the accessible figure frame (caption,
 * `<svg role="img">` with its `<title>` and `<desc>`), the x and y axes,
 * gridlines, the legend, and the data table in a `<details>` block. Each
 * takes numbers already laid out by src/lib/tco/charts/ and only
 * maps them to markup: no d3 DOM work and no inline styles (the site's
 * Content-Security-Policy forbids them; colours come from CSS classes).
 * Ticks are keyed by position, not label: when a keystroke moves the scale,
 * React then updates the same elements instead of removing and creating them.
 */
import type { ReactNode } from 'react';
import type { LegendItem, Plot, TextLabel, XTick, YTick } from '../../../lib/tco/charts/frame';

/** Length of an x-axis tick mark below the plot, pixels. */
const TICK_LENGTH = 4;
/** Baseline of an x-axis tick label below the plot, pixels. */
const X_LABEL_OFFSET = 16;
/** Gap between a y-axis tick label and the axis, pixels. */
const Y_LABEL_GAP = 6;
/** Shift down that centres a y-axis tick label on its tick, pixels. */
const Y_LABEL_SHIFT = 4;

export interface ChartFrameProps {
  /** Unique on the page; gives the ids `${id}-caption`, `${id}-title` and `${id}-desc`. */
  id: string;
  /** Shown as the figure caption and used as the SVG title. */
  caption: string;
  /** Class suffix: 'cumulative' gives className "tco-chart tco-chart-cumulative". */
  kind: string;
  /** SVG size and view box, pixels. */
  width: number;
  height: number;
  /** Text alternative for the SVG, in its `<desc>`. */
  description: string;
  /** The SVG content drawn after `<title>` and `<desc>`. */
  children: ReactNode;
  /** Content of the data table after its caption: thead, tbody, tfoot. */
  table: ReactNode;
  /** The data table's caption; the chart's caption when left out. */
  tableCaption?: ReactNode;
  /** Further tables inside the same details block, after the data table. */
  moreTables?: ReactNode;
  /** The numbers are of an earlier scenario while newer ones are being worked out (aria-busy; tco.css fades it if that lasts). */
  busy?: boolean;
}

/** A chart: a figure with its caption, the SVG, then its numbers in a data table. */
export function ChartFrame({ id, caption, kind, width, height, description, children, table, tableCaption, moreTables, busy }: ChartFrameProps) {
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure className={`tco-chart tco-chart-${kind}`} aria-busy={busy || undefined}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <svg role="img" aria-labelledby={titleId} aria-describedby={descId} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="chart-svg">
        <title id={titleId}>{caption}</title>
        <desc id={descId}>{description}</desc>
        {children}
      </svg>
      <DataTable caption={tableCaption ?? caption} moreTables={moreTables}>
        {table}
      </DataTable>
    </figure>
  );
}

export interface DataTableProps {
  caption: ReactNode;
  /** The table's content after its caption: thead, tbody, tfoot. */
  children: ReactNode;
  /** Further tables inside the same details block. */
  moreTables?: ReactNode;
}

/** A chart's numbers, in a collapsed "Data table" details block. */
export function DataTable({ caption, children, moreTables }: DataTableProps) {
  return (
    <details className="chart-data">
      <summary>Data table</summary>
      <CaptionedTable caption={caption}>{children}</CaptionedTable>
      {moreTables}
    </details>
  );
}

/**
 * A `<table>` with a `<caption>` first, in a box that scrolls sideways on its
 * own when the table is wider than the column (the page never does); the box
 * is focusable so a keyboard can scroll it, and shadows at its edges show
 * there is more (tco.css).
 */
export function CaptionedTable({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  return (
    <div className="tco-scroll" tabIndex={0} role="region" aria-label={typeof caption === 'string' ? caption : 'Data table'}>
      <table>
        <caption>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export interface XAxisProps {
  plot: Plot;
  ticks: XTick[];
  /** An axis title, drawn after the tick labels. */
  title?: TextLabel;
}

/** The x-axis along the bottom of the plot: axis line, tick marks, tick labels, optional title. */
export function XAxis({ plot, ticks, title }: XAxisProps) {
  return (
    <g className="x-axis">
      <line className="axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      {ticks.map((t, i) => (
        <g key={i}>
          <line className="axis" x1={t.x} x2={t.x} y1={plot.bottom} y2={plot.bottom + TICK_LENGTH} />
          <text className="axis-label" x={t.x} y={plot.bottom + X_LABEL_OFFSET} textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
      {title && (
        <text className="axis-label axis-title" x={title.x} y={title.y} textAnchor={title.anchor}>
          {title.text}
        </text>
      )}
    </g>
  );
}

export interface YAxisProps {
  plot: Plot;
  ticks: YTick[];
  /** Draw horizontal gridlines at the ticks (before the axis, so under it). */
  gridlines?: boolean;
}

/** The y-axis along the left of the plot: axis line and tick labels, optionally with gridlines. */
export function YAxis({ plot, ticks, gridlines = false }: YAxisProps) {
  return (
    <>
      {gridlines && <YGridlines plot={plot} ticks={ticks} />}
      <g className="y-axis">
        <line className="axis" x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
        {ticks.map((t, i) => (
          <text key={i} className="axis-label" x={plot.left - Y_LABEL_GAP} y={t.y + Y_LABEL_SHIFT} textAnchor="end">
            {t.label}
          </text>
        ))}
      </g>
    </>
  );
}

/** Vertical gridlines at the x ticks, across the plot's height. Draw them before the data. */
export function XGridlines({ plot, ticks }: { plot: Plot; ticks: XTick[] }) {
  return (
    <g className="grid">
      {ticks.map((t, i) => (
        <line key={i} className="gridline" x1={t.x} x2={t.x} y1={plot.top} y2={plot.bottom} />
      ))}
    </g>
  );
}

/** Horizontal gridlines at the y ticks, across the plot's width. */
export function YGridlines({ plot, ticks }: { plot: Plot; ticks: YTick[] }) {
  return (
    <g className="grid">
      {ticks.map((t, i) => (
        <line key={i} className="gridline" x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} />
      ))}
    </g>
  );
}

export interface LegendProps<K extends string> {
  items: Array<LegendItem<K>>;
  /** Class of a square swatch besides `swatch`, e.g. `cat-${key}`. */
  swatchClass?: (key: K) => string;
  /** Draws the swatch instead, for swatches that are not a plain square. */
  swatch?: (item: LegendItem<K>) => ReactNode;
}

/** The legend: a swatch and a label per item. */
export function Legend<K extends string>({ items, swatchClass, swatch }: LegendProps<K>) {
  return (
    <g className="legend">
      {items.map((item) => (
        <g key={item.key}>
          {swatch ? swatch(item) : <rect className={`swatch ${swatchClass?.(item.key) ?? ''}`.trim()} x={item.x} y={item.y} width={item.size} height={item.size} />}
          <text className="legend-label" x={item.textX} y={item.textY}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * One strategy's line with its end label; markers, if any, go in as
 * children between the two (the cumulative chart has them, break-even not).
 */
export function SeriesLine({ id, path, endLabel, children }: { id: string; path: string; endLabel: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; text: string }; children?: ReactNode }) {
  return (
    <g className={`series series-${id}`}>
      <path className={`line series-${id}`} d={path} fill="none" />
      {children}
      <text className={`end-label series-${id}`} x={endLabel.x} y={endLabel.y} textAnchor={endLabel.anchor}>
        {endLabel.text}
      </text>
    </g>
  );
}
