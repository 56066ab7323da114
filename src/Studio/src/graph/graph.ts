// Definition ↔ graph: the workflow document as the canvas holds it (nodes and edges) and back.
// Pure functions, no React: the canvas layer passes these nodes and edges to React Flow as they are.
// Fields this module does not know (on the document, an activity or a connection) are carried through untouched.

import type { ActivityDefinition, ConnectionDefinition, Json, Position, WorkflowDefinition } from '../api/types';

export const DEFAULT_PORT = 'Done';
export const ACTIVITY_NODE = 'activity';

/** A node carries its activity; the node's own id and position are the truth for the activity's id and position. */
export type ActivityNodeData = { activity: ActivityDefinition };

/** An edge carries what the connection had besides from, to and port, and whether its port was written out. */
export type ConnectionEdgeData = { extra: Record<string, unknown>; explicitPort: boolean };

export interface GraphNode {
  id: string;
  type: typeof ACTIVITY_NODE;
  position: Position;
  data: ActivityNodeData;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  sourceHandle: string;
  data: ConnectionEdgeData;
}

/** The document without its activities and connections: name, tags, inputs, options and anything else it has. */
export interface WorkflowDocument {
  id: string;
  name?: string;
  description?: string;
  tags?: string[];
  version?: number;
  [extra: string]: unknown;
}

export interface WorkflowGraph {
  document: WorkflowDocument;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Where an activity without a position goes: a grid, left to right. */
export function placeholderPosition(index: number): Position {
  return { x: (index % 6) * 260, y: Math.floor(index / 6) * 160 };
}

export function edgeId(from: string, port: string, to: string): string {
  return `${from}.${port}->${to}`;
}

export function toGraph(definition: WorkflowDefinition): WorkflowGraph {
  const { activities, connections, ...document } = definition;
  const nodes = (activities ?? []).map((activity, index) => toNode(activity, index));
  const seen = new Set<string>();
  const edges = (connections ?? []).map((connection) => {
    const edge = toEdge(connection);
    edge.id = uniqueId(edge.id, seen);
    return edge;
  });
  return { document, nodes, edges };
}

/** Minimal shapes, so React Flow's own node and edge objects can be passed in. */
export interface NodeLike {
  id: string;
  position: Position;
  data: ActivityNodeData;
}

export interface EdgeLike {
  source: string;
  target: string;
  sourceHandle?: string | null;
  data?: ConnectionEdgeData;
}

export function toDefinition(graph: { document: WorkflowDocument; nodes: readonly NodeLike[]; edges: readonly EdgeLike[] }): WorkflowDefinition {
  return {
    ...graph.document,
    id: graph.document.id,
    activities: graph.nodes.map(toActivity),
    connections: graph.edges.map(toConnection),
  };
}

function toNode(activity: ActivityDefinition, index: number): GraphNode {
  const { position, ...rest } = activity;
  return {
    id: activity.id,
    type: ACTIVITY_NODE,
    position: isPosition(position) ? { x: position.x, y: position.y } : placeholderPosition(index),
    data: { activity: rest },
  };
}

function toEdge(connection: ConnectionDefinition): GraphEdge {
  // portOrDefault is derived by the server when it answers; it is not part of the format.
  const { from, to, port, portOrDefault: _derived, ...extra } = connection;
  const sourceHandle = typeof port === 'string' && port.length > 0 ? port : DEFAULT_PORT;
  return {
    id: edgeId(from, sourceHandle, to),
    source: from,
    target: to,
    sourceHandle,
    data: { extra, explicitPort: port !== undefined },
  };
}

function toActivity(node: NodeLike): ActivityDefinition {
  const { id: _id, position: _position, ...rest } = node.data.activity;
  return { id: node.id, ...rest, position: { x: node.position.x, y: node.position.y } };
}

function toConnection(edge: EdgeLike): ConnectionDefinition {
  const port = edge.sourceHandle ?? DEFAULT_PORT;
  const connection: ConnectionDefinition = { from: edge.source, to: edge.target };
  if (port !== DEFAULT_PORT || edge.data?.explicitPort) {
    connection.port = port;
  }
  return { ...connection, ...(edge.data?.extra ?? {}) };
}

function uniqueId(id: string, seen: Set<string>): string {
  let candidate = id;
  for (let n = 2; seen.has(candidate); n++) {
    candidate = `${id}#${n}`;
  }
  seen.add(candidate);
  return candidate;
}

function isPosition(value: unknown): value is Position {
  const position = value as Position | undefined;
  return typeof position?.x === 'number' && typeof position.y === 'number';
}

/** Reads an input of an activity, undefined when it is not set. */
export function inputOf(activity: ActivityDefinition, name: string): Json | undefined {
  return activity.inputs?.[name];
}
