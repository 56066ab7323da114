import { useMemo, useState } from 'react';
import { useKpi } from '../../api/queries';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { defaultPeriod, periodBounds } from './charts';
import { KpiSections } from './KpiSections';
import { RunsOverTime } from './RunsOverTime';

/** The tenant's figures over a period, from GET /api/metrics/kpi. */
export function Dashboard() {
  const [period, setPeriod] = useState(() => defaultPeriod(new Date()));
  const bounds = useMemo(() => periodBounds(period.from, period.to), [period]);
  const kpi = useKpi(bounds.from, bounds.to);
  return (
    <main className="page">
      <header className="page-header">
        <h1>Dashboard</h1>
        <div className="filters">
          <label>
            From
            <input type="date" value={period.from} max={period.to} onChange={(event) => event.target.value && setPeriod({ ...period, from: event.target.value })} />
          </label>
          <label>
            To
            <input type="date" value={period.to} min={period.from} onChange={(event) => event.target.value && setPeriod({ ...period, to: event.target.value })} />
          </label>
        </div>
      </header>
      <ErrorBanner error={kpi.error} />
      {kpi.data ? <KpiSections report={kpi.data} runsOverTime={<RunsOverTime from={period.from} to={period.to} />} /> : !kpi.error && <p className="muted">Loading…</p>}
    </main>
  );
}
