import type { NodeTypes } from '@xyflow/react';
import { ACTIVITY_NODE } from '../graph/graph';
import { ActivityNode } from './ActivityNode';

/** At module scope, so React Flow never sees a new object. */
export const nodeTypes: NodeTypes = { [ACTIVITY_NODE]: ActivityNode };
