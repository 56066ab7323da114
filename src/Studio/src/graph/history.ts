// Undo and redo as a pure, bounded pair of stacks: the states before each change (past) and those undone (future).

export interface History<T> {
  readonly past: readonly T[];
  readonly future: readonly T[];
}

export const EMPTY_HISTORY: History<never> = { past: [], future: [] };

/** Keeps the state before a change; a new change forgets what was undone. The oldest states fall off past `limit`. */
export function record<T>(history: History<T>, before: T, limit = 100): History<T> {
  const past = [...history.past, before];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

/** Steps back: the state to show, and the history with the present kept for redo. Null when there is nothing to undo. */
export function undo<T>(history: History<T>, present: T): { state: T; history: History<T> } | null {
  const state = history.past[history.past.length - 1];
  if (state === undefined) return null;
  return { state, history: { past: history.past.slice(0, -1), future: [present, ...history.future] } };
}

/** Steps forward again after an undo. Null when there is nothing to redo. */
export function redo<T>(history: History<T>, present: T): { state: T; history: History<T> } | null {
  const [state, ...future] = history.future;
  if (state === undefined) return null;
  return { state, history: { past: [...history.past, present], future } };
}
