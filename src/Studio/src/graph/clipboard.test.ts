import { describe, expect, it } from 'vitest';
import { copySelection, pasteClipboard } from './clipboard';
import type { WorkflowDefinition } from '../api/types';
import { toDefinition, toGraph } from './graph';

const definition: WorkflowDefinition = {
  id: 'wf',
  activities: [
    { id: 'if-1', type: 'If', inputs: { condition: { $js: 'input.ok' } }, position: { x: 0, y: 0 } },
    { id: 'log-1', type: 'Log', inputs: { message: 'yes' }, position: { x: 200, y: 0 } },
    { id: 'log-2', type: 'Log', inputs: { message: 'no' }, position: { x: 200, y: 200 } },
  ],
  connections: [
    { from: 'if-1', port: 'True', to: 'log-1' },
    { from: 'if-1', port: 'False', to: 'log-2' },
  ],
};

describe('copy and paste', () => {
  it('copies nothing without a selection', () => {
    const graph = toGraph(definition);
    expect(copySelection(graph.nodes, graph.edges)).toBeNull();
  });

  it('pastes the selected activities with new ids, offset, and keeps only the connections between them', () => {
    const graph = toGraph(definition);
    const nodes = graph.nodes.map((node) => ({ ...node, selected: node.id !== 'log-2' }));
    const clipboard = copySelection(nodes, graph.edges)!;
    expect(clipboard.activities.map((a) => a.id)).toEqual(['if-1', 'log-1']);
    expect(clipboard.connections).toHaveLength(1);

    const pasted = pasteClipboard(clipboard, nodes.map((node) => node.id), { x: 40, y: 40 });
    expect(pasted.nodes.map((node) => node.id)).toEqual(['if-2', 'log-3']);
    expect(pasted.nodes[1]!.position).toEqual({ x: 240, y: 40 });
    expect(pasted.nodes[0]!.data.activity.inputs).toEqual({ condition: { $js: 'input.ok' } });
    expect(pasted.edges).toEqual([expect.objectContaining({ source: 'if-2', target: 'log-3', sourceHandle: 'True' })]);

    const merged = toDefinition({ document: graph.document, nodes: [...graph.nodes, ...pasted.nodes], edges: [...graph.edges, ...pasted.edges] });
    expect(merged.activities).toHaveLength(5);
    expect(merged.connections).toContainEqual({ from: 'if-2', port: 'True', to: 'log-3' });
  });

  it('does not share objects with the copied activities', () => {
    const graph = toGraph(definition);
    const clipboard = copySelection(graph.nodes.map((node) => ({ ...node, selected: true })), graph.edges)!;
    const pasted = pasteClipboard(clipboard, [], { x: 0, y: 0 });
    (pasted.nodes[1]!.data.activity.inputs as Record<string, unknown>).message = 'changed';
    expect(graph.nodes[1]!.data.activity.inputs).toEqual({ message: 'yes' });
  });
});
