import { useMemo } from 'react';
import { useKpiSeries } from '../../api/queries';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { daysOf, periodBounds, scaleBars } from './charts';

const columnWidth = 24;
const chartHeight = 120;

/** Runs started and faulted per day over the last days of the period, as columns (faulted drawn over started). */
export function RunsOverTime({ from, to }: { from: string; to: string }) {
  const days = useMemo(() => daysOf(from, to), [from, to]);
  const periods = useMemo(() => days.map((day) => periodBounds(day, day)), [days]);
  const results = useKpiSeries(periods);
  const error = results.find((result) => result.error)?.error;
  if (error) return <ErrorBanner error={error} />;
  if (results.some((result) => !result.data)) return <p className="muted">Loading…</p>;

  const started = scaleBars(results.map((result, index) => ({ label: days[index]!, value: result.data!.runs.started })));
  const max = Math.max(...started.map((bar) => bar.value));
  const summary = results.map((result, index) => `${days[index]} ${result.data!.runs.started} started, ${result.data!.runs.faulted} faulted`).join('; ');
  return (
    <figure className="chart">
      <figcaption>Runs per day (faulted in red)</figcaption>
      <svg role="img" aria-label={`Runs per day: ${summary}`} width={days.length * columnWidth} height={chartHeight + 30} viewBox={`0 0 ${days.length * columnWidth} ${chartHeight + 30}`}>
        {started.map((bar, index) => {
          const faulted = results[index]!.data!.runs.faulted;
          const height = bar.fraction * chartHeight;
          const faultedHeight = max > 0 ? (faulted / max) * chartHeight : 0;
          return (
            <g key={bar.label} transform={`translate(${index * columnWidth} 0)`}>
              <title>{`${bar.label}: ${bar.value} started, ${faulted} faulted`}</title>
              <rect x={4} y={chartHeight - height} width={columnWidth - 8} height={height} className="chart-bar" rx={2} />
              <rect x={4} y={chartHeight - faultedHeight} width={columnWidth - 8} height={faultedHeight} className="chart-bar bad" rx={2} />
              <text x={columnWidth / 2} y={chartHeight + 14} textAnchor="middle" className="chart-label">
                {bar.label.slice(8)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
