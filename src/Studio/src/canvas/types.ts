import type { Edge, Node } from '@xyflow/react';
import type { ACTIVITY_NODE, ActivityNodeData, ConnectionEdgeData } from '../graph/graph';

/** The canvas's node types: one kind today, a union as groups and notes come. */
export type ActivityFlowNode = Node<ActivityNodeData, typeof ACTIVITY_NODE>;
export type StudioNode = ActivityFlowNode;
export type StudioEdge = Edge<ConnectionEdgeData>;
