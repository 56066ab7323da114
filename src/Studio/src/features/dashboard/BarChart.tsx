import { scaleBars, type Bar } from './charts';

interface Props {
  title: string;
  bars: readonly Bar[];
  /** How a value is written beside its bar. */
  format?: (value: number) => string;
}

const rowHeight = 26;
const labelWidth = 110;
const barWidth = 220;

/** A small horizontal bar chart in SVG; each bar says its label and value to screen readers. */
export function BarChart({ title, bars, format = String }: Props) {
  const scaled = scaleBars(bars);
  const height = scaled.length * rowHeight;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={`${title}: ${scaled.map((bar) => `${bar.label} ${format(bar.value)}`).join(', ')}`} width={labelWidth + barWidth + 90} height={height} viewBox={`0 0 ${labelWidth + barWidth + 90} ${height}`}>
        {scaled.map((bar, index) => (
          <g key={bar.label} transform={`translate(0 ${index * rowHeight})`}>
            <title>{`${bar.label}: ${format(bar.value)}`}</title>
            <text x={labelWidth - 8} y={rowHeight / 2 + 4} textAnchor="end" className="chart-label">
              {bar.label}
            </text>
            <rect x={labelWidth} y={4} width={Math.max(bar.fraction * barWidth, bar.value > 0 ? 2 : 0)} height={rowHeight - 8} className={`chart-bar ${bar.tone ?? ''}`} rx={3} />
            <text x={labelWidth + bar.fraction * barWidth + 6} y={rowHeight / 2 + 4} className="chart-value">
              {format(bar.value)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
