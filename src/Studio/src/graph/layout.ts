// Auto-layout: dagre ranks the flow left to right; positions are the nodes' top-left corners, as React Flow keeps them.

import { Graph, layout } from '@dagrejs/dagre';
import type { Position } from '../api/types';

/** Used for a node not measured yet (an activity node is about this big). */
export const DEFAULT_NODE_SIZE = { width: 220, height: 80 };

export interface LayoutNode {
  id: string;
  width?: number;
  height?: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

/** New top-left positions for every node, left to right along the connections, on a 10-pixel grid. */
export function autoLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, Position> {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 50, ranksep: 90, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(nodes.map((node) => node.id));
  for (const node of nodes) {
    graph.setNode(node.id, { width: node.width ?? DEFAULT_NODE_SIZE.width, height: node.height ?? DEFAULT_NODE_SIZE.height });
  }
  edges.forEach((edge, index) => {
    if (ids.has(edge.source) && ids.has(edge.target)) graph.setEdge(edge.source, edge.target, {}, `e${index}`);
  });
  layout(graph);
  const positions = new Map<string, Position>();
  for (const node of nodes) {
    const placed = graph.node(node.id);
    const width = node.width ?? DEFAULT_NODE_SIZE.width;
    const height = node.height ?? DEFAULT_NODE_SIZE.height;
    positions.set(node.id, { x: Math.round((placed.x - width / 2) / 10) * 10, y: Math.round((placed.y - height / 2) / 10) * 10 });
  }
  return positions;
}
