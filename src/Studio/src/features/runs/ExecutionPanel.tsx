import type { RunState } from '../../graph/runState';
import { ExecutionDetails } from './ExecutionDetails';

/** The executions of the selected node; a hint when none is selected. */
export function ExecutionPanel({ activityId, runs }: { activityId: string | null; runs: RunState }) {
  const run = activityId ? runs.get(activityId) : undefined;
  return (
    <aside className="execution-panel" aria-label="Executions">
      {!activityId ? (
        <p className="muted">Select a node to see the inputs, outputs and errors of its executions.</p>
      ) : (
        <section aria-label={`Executions of ${activityId}`}>
          <h2>{activityId}</h2>
          {!run ? <p className="muted">Not executed in this run.</p> : run.executions.map((record) => <ExecutionDetails key={record.execution} record={record} />)}
        </section>
      )}
    </aside>
  );
}
