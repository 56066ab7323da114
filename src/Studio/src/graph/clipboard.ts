// Copy and paste on the canvas: the selected activities and the connections between them, pasted with new ids.

import type { ActivityDefinition, Position } from '../api/types';
import { ACTIVITY_NODE, edgeId, type GraphEdge, type GraphNode } from './graph';
import { newActivityId } from './ids';

/** What Ctrl+C keeps: activities (with their positions) and the connections whose two ends were both copied. */
export interface Clipboard {
  activities: ActivityDefinition[];
  connections: { from: string; port: string; to: string; explicitPort: boolean; extra: Record<string, unknown> }[];
}

interface SelectableNode {
  id: string;
  position: Position;
  selected?: boolean;
  data: { activity: ActivityDefinition };
}

interface EdgeEnds {
  source: string;
  target: string;
  sourceHandle?: string | null;
  data?: { explicitPort: boolean; extra: Record<string, unknown> };
}

/** The selected nodes as a clipboard, or null when nothing is selected. */
export function copySelection(nodes: readonly SelectableNode[], edges: readonly EdgeEnds[]): Clipboard | null {
  const selected = nodes.filter((node) => node.selected);
  if (selected.length === 0) return null;
  const ids = new Set(selected.map((node) => node.id));
  return {
    activities: selected.map((node) => structuredClone({ ...node.data.activity, id: node.id, position: { ...node.position } })),
    connections: edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => ({
        from: edge.source,
        port: edge.sourceHandle ?? 'Done',
        to: edge.target,
        explicitPort: edge.data?.explicitPort ?? false,
        extra: structuredClone(edge.data?.extra ?? {}),
      })),
  };
}

/** The clipboard as new nodes (selected) and edges: fresh ids beside the taken ones, moved by the offset. */
export function pasteClipboard(clipboard: Clipboard, taken: Iterable<string>, offset: Position): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const used = new Set(taken);
  const renamed = new Map<string, string>();
  const nodes = clipboard.activities.map((activity) => {
    const id = newActivityId(activity.type, used);
    used.add(id);
    renamed.set(activity.id, id);
    const position = { x: (activity.position?.x ?? 0) + offset.x, y: (activity.position?.y ?? 0) + offset.y };
    return { id, type: ACTIVITY_NODE, position, selected: true, data: { activity: { ...structuredClone(activity), id, position } } } as GraphNode;
  });
  const edges = clipboard.connections.flatMap((connection) => {
    const source = renamed.get(connection.from);
    const target = renamed.get(connection.to);
    if (!source || !target) return [];
    return [{ id: edgeId(source, connection.port, target), source, target, sourceHandle: connection.port, data: { extra: structuredClone(connection.extra), explicitPort: connection.explicitPort } }];
  });
  return { nodes, edges };
}
