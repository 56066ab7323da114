import type { Json } from '../../api/types';
import { formatDuration, type ExecutionRecord } from '../../graph/runState';

/** One execution of an activity: status, attempts, duration, outcome, inputs, outputs and errors. */
export function ExecutionDetails({ record }: { record: ExecutionRecord }) {
  return (
    <article className="execution" aria-label={`Execution ${record.execution}`}>
      <h3>
        Execution {record.execution}: {record.status}
      </h3>
      <p className="muted">
        {formatDuration(record.durationMs)} · {record.attempts} attempt{record.attempts === 1 ? '' : 's'}
      </p>
      <JsonBlock label="Inputs" value={record.inputs} />
      <JsonBlock label="Outputs" value={record.outputs} outcome={record.outcome} />
      {record.errors.length > 0 && (
        <section aria-label="Errors">
          <h4>Errors</h4>
          <ul className="error-list">
            {record.errors.map((error, index) => (
              <li key={index}>{error}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** Inputs or outputs as JSON; for outputs, the port the execution continued through comes first. */
function JsonBlock({ label, value, outcome }: { label: string; value: Record<string, Json> | undefined; outcome?: string }) {
  return (
    <section aria-label={label}>
      <h4>{label}</h4>
      {outcome && (
        <p>
          Port <strong>{outcome}</strong>
        </p>
      )}
      {value ? <pre>{JSON.stringify(value, null, 2)}</pre> : !outcome && <p className="muted">None.</p>}
    </section>
  );
}
