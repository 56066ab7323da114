// What a run did to each activity, folded from its journal: the status each node shows (running, done, failed,
// waiting), its duration and attempts, and the inputs, outputs and errors of each execution.

import type { JournalEntry, Json } from '../api/types';

export type NodeStatus = 'running' | 'done' | 'failed' | 'waiting';

export interface ExecutionRecord {
  execution: number;
  status: NodeStatus;
  attempts: number;
  durationMs: number;
  startedAt: string;
  outcome?: string;
  inputs?: Record<string, Json>;
  outputs?: Record<string, Json>;
  errors: string[];
}

export interface NodeRun {
  status: NodeStatus;
  /** Attempts of the latest execution. */
  attempts: number;
  /** Time spent in every execution. */
  durationMs: number;
  executions: ExecutionRecord[];
}

export type RunState = ReadonlyMap<string, NodeRun>;

const statusAfter: Partial<Record<JournalEntry['event'], NodeStatus>> = {
  Started: 'running',
  Resumed: 'running',
  Retrying: 'running',
  Completed: 'done',
  Faulted: 'failed',
  Cancelled: 'failed',
  Suspended: 'waiting',
};

/** Folds journal entries (in any order; duplicates by seq are ignored) into the state of each activity. */
export function foldJournal(entries: readonly JournalEntry[]): RunState {
  const seen = new Set<number>();
  const byActivity = new Map<string, Map<number, ExecutionRecord>>();
  const latest = new Map<string, number>();
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (seen.has(entry.seq)) continue;
    seen.add(entry.seq);
    const status = statusAfter[entry.event];
    if (!status) continue; // Step lines are details inside an execution
    const execution = entry.execution ?? 0;
    const executions = byActivity.get(entry.activityId) ?? new Map<number, ExecutionRecord>();
    byActivity.set(entry.activityId, executions);
    const record = executions.get(execution) ?? { execution, status, attempts: 0, durationMs: 0, startedAt: entry.at, errors: [] };
    executions.set(execution, apply(record, entry, status));
    latest.set(entry.activityId, execution);
  }
  const state = new Map<string, NodeRun>();
  for (const [activityId, executions] of byActivity) {
    const list = [...executions.values()].sort((a, b) => a.execution - b.execution);
    const last = executions.get(latest.get(activityId)!)!;
    state.set(activityId, {
      status: last.status,
      attempts: last.attempts,
      durationMs: list.reduce((total, record) => total + record.durationMs, 0),
      executions: list,
    });
  }
  return state;
}

function apply(record: ExecutionRecord, entry: JournalEntry, status: NodeStatus): ExecutionRecord {
  const next: ExecutionRecord = {
    ...record,
    status,
    attempts: Math.max(record.attempts, entry.attempt ?? 1),
    durationMs: record.durationMs + (entry.durationMs ?? 0),
  };
  if (entry.inputs) next.inputs = entry.inputs;
  if (entry.outputs) next.outputs = entry.outputs;
  if (entry.outcome) next.outcome = entry.outcome;
  if (entry.error) next.errors = [...record.errors, entry.error];
  return next;
}

/** 12 ms, 1.4 s, 2 min 5 s. */
export function formatDuration(ms: number): string {
  if (ms > 0 && ms < 1) return '<1 ms';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** The instance's status as the run view shows it: the stream's final status, else Suspended while only waits remain. */
export function liveStatus(state: RunState, ended: string | null): string {
  if (ended) return ended;
  const statuses = [...state.values()].map((run) => run.status);
  return statuses.includes('waiting') && !statuses.includes('running') ? 'Suspended' : 'Running';
}
