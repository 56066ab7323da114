import type { ReactNode } from 'react';
import type { KpiReport } from '../../api/types';
import { BarChart } from './BarChart';
import { formatMoney } from './charts';
import { StatTile } from './StatTile';

const number = (value: number) => value.toLocaleString('en-US');

/** The report's sections: runs, model use, payments, deals won and NPS. */
export function KpiSections({ report, runsOverTime }: { report: KpiReport; runsOverTime: ReactNode }) {
  const { runs, llm, payments, dealsWon, nps } = report;
  return (
    <div className="kpi-grid">
      <section aria-label="Runs" className="kpi-section">
        <h2>Runs</h2>
        <BarChart title="Runs" bars={[{ label: 'Started', value: runs.started }, { label: 'Finished', value: runs.finished }, { label: 'Faulted', value: runs.faulted, tone: 'bad' }]} />
        {runsOverTime}
      </section>
      <section aria-label="LLM" className="kpi-section">
        <h2>LLM</h2>
        <div className="stat-row">
          <StatTile label="Tokens" value={number(llm.tokens)} />
          <StatTile label="Cost" value={formatMoney({ currency: 'USD', amountCents: Math.round(llm.costUsd * 100) })} />
          <StatTile label="Calls" value={number(llm.calls)} />
        </div>
      </section>
      <section aria-label="Payments" className="kpi-section">
        <h2>Payments</h2>
        <BarChart
          title="Invoices"
          bars={[
            { label: 'Created', value: payments.created },
            { label: 'Paid', value: payments.paid, tone: 'good' },
            { label: 'Pending', value: payments.pending },
            { label: 'Failed', value: payments.failed, tone: 'bad' },
            { label: 'Expired', value: payments.expired },
          ]}
        />
        <div className="stat-row">
          {payments.revenue.length === 0 && <StatTile label="Revenue" value="—" />}
          {payments.revenue.map((money) => (
            <StatTile key={money.currency} label={`Revenue ${money.currency.toUpperCase()}`} value={formatMoney(money)} />
          ))}
        </div>
      </section>
      <section aria-label="Deals won" className="kpi-section">
        <h2>Deals won</h2>
        <div className="stat-row">
          <StatTile label="Won" value={number(dealsWon.won)} />
          {dealsWon.value.map((money) => (
            <StatTile key={money.currency} label={`Value ${money.currency.toUpperCase()}`} value={formatMoney(money)} />
          ))}
        </div>
      </section>
      <section aria-label="NPS" className="kpi-section">
        <h2>NPS</h2>
        <div className="stat-row">
          <StatTile label="Score" value={nps.score == null ? '—' : nps.score.toFixed(0)} />
          <StatTile label="Responses" value={number(nps.responses)} />
        </div>
        <BarChart title="Answers" bars={[{ label: 'Promoters', value: nps.promoters, tone: 'good' }, { label: 'Passives', value: nps.passives }, { label: 'Detractors', value: nps.detractors, tone: 'bad' }]} />
      </section>
    </div>
  );
}
