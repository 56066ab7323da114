import { createContext, useContext } from 'react';
import type { ActivityDescriptor } from '../api/types';
import { NO_ERRORS, type PlacedErrors } from '../graph/errors';
import type { RunState } from '../graph/runState';

export interface CanvasContextValue {
  descriptors: ReadonlyMap<string, ActivityDescriptor>;
  errors: PlacedErrors;
  /** In the run view: what the run did to each activity. */
  runs?: RunState;
}

/** What nodes read besides their own data: the activity descriptors and the server's validation errors. */
export const CanvasContext = createContext<CanvasContextValue>({ descriptors: new Map(), errors: NO_ERRORS });

export function useCanvasContext(): CanvasContextValue {
  return useContext(CanvasContext);
}
