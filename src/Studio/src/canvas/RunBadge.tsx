import { formatDuration, type NodeRun } from '../graph/runState';

/** A node's status in a run, with its duration and attempts. */
export function RunBadge({ run }: { run: NodeRun }) {
  return (
    <div className={`run-badge ${run.status}`} data-testid="run-status">
      <span className="run-status">{run.status}</span>
      <span>{formatDuration(run.durationMs)}</span>
      {run.attempts > 1 && <span>{run.attempts} attempts</span>}
      {run.executions.length > 1 && <span>×{run.executions.length}</span>}
    </div>
  );
}
