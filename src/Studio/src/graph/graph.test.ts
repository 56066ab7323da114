import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../api/types';
import { DEFAULT_PORT, edgeId, placeholderPosition, toDefinition, toGraph } from './graph';

// Branches (If True/False, Switch cases), parallel branches from one port, a loop, a Failed port, an explicit
// Done port, and fields the Studio does not know at every level.
const sample: WorkflowDefinition = {
  id: 'sdr-inbound',
  name: 'SDR - inbound message',
  description: 'Answers an inbound lead message.',
  tags: ['agent', 'sdr'],
  version: 3,
  inputs: [{ name: 'message', type: 'string', required: true }],
  variables: [{ name: 'attempts', type: 'number', default: 0 }],
  options: { timeout: 'PT10M', persistence: 'everyActivity', maxSteps: 10000 },
  tool: { name: 'inbound', description: 'Answers a lead' },
  futureField: { nested: [1, 2, { deep: true }] },
  activities: [
    { id: 'inbound', type: 'HttpEndpoint', name: 'Inbound message', inputs: { path: 'sdr/inbound', methods: ['POST'] }, position: { x: 0, y: 0 } },
    { id: 'big', type: 'If', inputs: { condition: { $js: 'trigger.body.amount > 100' } }, position: { x: 260, y: 0 }, ui: { color: 'red' } },
    {
      id: 'route',
      type: 'Switch',
      inputs: { cases: [{ name: 'vip', condition: { $js: 'true' } }, { name: 'other', condition: false }] },
      position: { x: 520, y: 120 },
    },
    {
      id: 'reply',
      type: 'WriteHttpResponse',
      inputs: { statusCode: 200, body: { $liquid: 'Hello {{ trigger.body.name }}' } },
      retry: { maxAttempts: 3, initialDelay: 'PT1S', backoff: 2.0, maxDelay: 'PT1M' },
      timeout: 'PT30S',
      position: { x: 780, y: -40.5 },
    },
    { id: 'call', type: 'SendHttpRequest', inputs: { url: 'https://example.test' }, position: { x: 780, y: 200 } },
    { id: 'log', type: 'Log', inputs: { message: 'failed' }, position: { x: 1040, y: 200 } },
    { id: 'custom', type: 'SomethingNew', inputs: {}, position: { x: 1040, y: 0 } },
  ],
  connections: [
    { from: 'inbound', to: 'big' },
    { from: 'big', port: 'True', to: 'reply' },
    { from: 'big', port: 'False', to: 'route' },
    { from: 'route', port: 'vip', to: 'reply' },
    { from: 'route', port: 'vip', to: 'call' },
    { from: 'route', port: 'Default', to: 'log', label: 'fallback' },
    { from: 'call', port: 'Failed', to: 'log' },
    { from: 'call', port: 'Done', to: 'custom' },
    { from: 'log', to: 'big' },
  ],
};

describe('toGraph', () => {
  it('makes a node per activity with its id, position and the activity without its position', () => {
    const graph = toGraph(sample);
    expect(graph.nodes.map((node) => node.id)).toEqual(sample.activities.map((activity) => activity.id));
    const big = graph.nodes[1]!;
    expect(big).toEqual({
      id: 'big',
      type: 'activity',
      position: { x: 260, y: 0 },
      data: { activity: { id: 'big', type: 'If', inputs: { condition: { $js: 'trigger.body.amount > 100' } }, ui: { color: 'red' } } },
    });
  });

  it('makes an edge per connection from the port handle, Done when the port is absent', () => {
    const graph = toGraph(sample);
    expect(graph.edges.map((edge) => [edge.source, edge.sourceHandle, edge.target])).toEqual([
      ['inbound', DEFAULT_PORT, 'big'],
      ['big', 'True', 'reply'],
      ['big', 'False', 'route'],
      ['route', 'vip', 'reply'],
      ['route', 'vip', 'call'],
      ['route', 'Default', 'log'],
      ['call', 'Failed', 'log'],
      ['call', 'Done', 'custom'],
      ['log', DEFAULT_PORT, 'big'],
    ]);
    expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(graph.edges.length);
    expect(graph.edges[1]!.id).toBe(edgeId('big', 'True', 'reply'));
  });

  it('keeps the document fields, known or not, apart from activities and connections', () => {
    const { document } = toGraph(sample);
    expect(document).toEqual({
      id: 'sdr-inbound',
      name: 'SDR - inbound message',
      description: 'Answers an inbound lead message.',
      tags: ['agent', 'sdr'],
      version: 3,
      inputs: sample.inputs,
      variables: sample.variables,
      options: sample.options,
      tool: sample.tool,
      futureField: sample.futureField,
    });
  });

  it('places activities without a position on a grid', () => {
    const graph = toGraph({ id: 'w', activities: [{ id: 'a', type: 'Log' }, { id: 'b', type: 'Log' }], connections: [] });
    expect(graph.nodes.map((node) => node.position)).toEqual([placeholderPosition(0), placeholderPosition(1)]);
  });

  it('accepts a definition without activities or connections', () => {
    const graph = toGraph({ id: 'empty' } as WorkflowDefinition);
    expect(graph.nodes).toEqual([]);
    expect(graph.edges).toEqual([]);
  });

  it('gives repeated connections distinct edge ids', () => {
    const graph = toGraph({
      id: 'w',
      activities: [{ id: 'a', type: 'Log' }, { id: 'b', type: 'Log' }],
      connections: [{ from: 'a', to: 'b' }, { from: 'a', to: 'b' }],
    });
    expect(graph.edges[0]!.id).not.toBe(graph.edges[1]!.id);
  });
});

describe('toDefinition', () => {
  it('round-trips a workflow with branches, ports and unknown fields unchanged', () => {
    expect(toDefinition(toGraph(sample))).toEqual(sample);
  });

  it('round-trips through JSON as the API would carry it', () => {
    const again = toDefinition(toGraph(JSON.parse(JSON.stringify(sample)) as WorkflowDefinition));
    expect(JSON.parse(JSON.stringify(again))).toEqual(sample);
  });

  it('writes what the canvas changed: moved nodes, new edges, removed nodes', () => {
    const graph = toGraph(sample);
    const nodes = graph.nodes.filter((node) => node.id !== 'custom').map((node) => (node.id === 'big' ? { ...node, position: { x: 10, y: 20 } } : node));
    const edges = [
      ...graph.edges.filter((edge) => edge.target !== 'custom'),
      { source: 'big', target: 'log', sourceHandle: 'True' },
    ];
    const definition = toDefinition({ document: graph.document, nodes, edges });
    expect(definition.activities.map((activity) => activity.id)).not.toContain('custom');
    expect(definition.activities.find((activity) => activity.id === 'big')!.position).toEqual({ x: 10, y: 20 });
    expect(definition.connections.at(-1)).toEqual({ from: 'big', port: 'True', to: 'log' });
    expect(definition.connections.some((connection) => connection.to === 'custom')).toBe(false);
  });

  it('leaves out the Done port of a new edge, and drops the server-derived portOrDefault', () => {
    const graph = toGraph({
      id: 'w',
      activities: [{ id: 'a', type: 'Log' }, { id: 'b', type: 'Log' }],
      connections: [{ from: 'a', to: 'b', portOrDefault: 'Done' }],
    });
    expect(toDefinition(graph).connections).toEqual([{ from: 'a', to: 'b' }]);
    expect(toDefinition({ ...graph, edges: [{ source: 'a', target: 'b', sourceHandle: null }] }).connections).toEqual([{ from: 'a', to: 'b' }]);
  });

  it('takes the id and position from the node, not from the data', () => {
    const graph = toGraph(sample);
    const node = { ...graph.nodes[0]!, id: 'renamed', data: { activity: { ...graph.nodes[0]!.data.activity, position: { x: 99, y: 99 } } } };
    const definition = toDefinition({ document: graph.document, nodes: [node], edges: [] });
    expect(definition.activities[0]).toMatchObject({ id: 'renamed', position: { x: 0, y: 0 } });
  });
});
