// Undo and redo for one open workflow: snapshots of its nodes, edges and document taken before each change.

import { useCallback, useRef, useState } from 'react';
import type { StudioEdge, StudioNode } from '../../canvas/types';
import type { WorkflowDocument } from '../../graph/graph';
import { EMPTY_HISTORY, record, redo, undo, type History } from '../../graph/history';

export interface DraftSnapshot {
  nodes: StudioNode[];
  edges: StudioEdge[];
  document: WorkflowDocument;
}

/** Edits of one field within this many milliseconds are one step, so typing is undone as a whole. */
const coalesceMs = 1000;

export function useDraftHistory(present: DraftSnapshot, restore: (snapshot: DraftSnapshot) => void) {
  const [history, setHistory] = useState<History<DraftSnapshot>>(EMPTY_HISTORY);
  const latest = useRef(present);
  latest.current = present;
  const lastRecorded = useRef<DraftSnapshot | null>(null);
  const lastEdit = useRef<{ key: string; at: number } | null>(null);

  /** Called before a change; `key` names a field whose quick successive edits make one step. */
  const checkpoint = useCallback((key?: string) => {
    const now = Date.now();
    if (key && lastEdit.current?.key === key && now - lastEdit.current.at < coalesceMs) {
      lastEdit.current.at = now;
      return;
    }
    lastEdit.current = key ? { key, at: now } : null;
    const before = latest.current;
    // Several changes in one event (a node and its edges deleted together) see the same state: one step.
    if (lastRecorded.current === before) return;
    lastRecorded.current = before;
    setHistory((current) => record(current, before));
  }, []);

  const step = useCallback(
    (move: typeof undo) => {
      const result = move(history, latest.current);
      if (!result) return;
      lastEdit.current = null;
      lastRecorded.current = null;
      setHistory(result.history);
      restore(result.state);
    },
    [history, restore],
  );

  return {
    checkpoint,
    undo: useCallback(() => step(undo), [step]),
    redo: useCallback(() => step(redo), [step]),
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
  };
}
