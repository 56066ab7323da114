// Server validation errors (`errors[].path` such as `activities[2].inputs.condition`) placed on nodes, fields and edges.

import type { ValidationError, WorkflowDefinition } from '../api/types';
import { DEFAULT_PORT, edgeId } from './graph';

export interface PlacedError {
  message: string;
  /** The input name for `activities[i].inputs.<name>`, else the activity field (`retry`, `type`, ...), else undefined. */
  field?: string;
  path: string;
}

export interface PlacedErrors {
  byNode: Record<string, PlacedError[]>;
  byEdge: Record<string, PlacedError[]>;
  /** Errors about the document itself, or that name nothing on the canvas. */
  general: PlacedError[];
}

const activityPath = /^activities\[(\d+)\](?:\.(\w+))?(?:\.([^.[\]]+))?/;
const connectionPath = /^connections\[(\d+)\]/;

export const NO_ERRORS: PlacedErrors = { byNode: {}, byEdge: {}, general: [] };

/** Places each error by the definition that was sent: the indexes in the paths are its indexes. */
export function placeErrors(errors: readonly ValidationError[], sent: WorkflowDefinition): PlacedErrors {
  const placed: PlacedErrors = { byNode: {}, byEdge: {}, general: [] };
  for (const error of errors) {
    const activity = activityPath.exec(error.path);
    const node = activity ? sent.activities[Number(activity[1])] : undefined;
    if (activity && node) {
      const field = activity[2] === 'inputs' ? activity[3] : activity[2];
      (placed.byNode[node.id] ??= []).push({ message: error.message, field, path: error.path });
      continue;
    }
    const connection = connectionPath.exec(error.path);
    const edge = connection ? sent.connections[Number(connection[1])] : undefined;
    if (edge) {
      const id = edgeId(edge.from, edge.port ?? DEFAULT_PORT, edge.to);
      (placed.byEdge[id] ??= []).push({ message: error.message, path: error.path });
      continue;
    }
    placed.general.push({ message: error.message, path: error.path });
  }
  return placed;
}
