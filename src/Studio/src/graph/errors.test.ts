import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../api/types';
import { placeErrors } from './errors';
import { edgeId } from './graph';

const sent: WorkflowDefinition = {
  id: 'w',
  activities: [{ id: 'start', type: 'HttpEndpoint' }, { id: 'check', type: 'If' }],
  connections: [{ from: 'start', to: 'check', port: 'Nope' }],
};

describe('placeErrors', () => {
  it('puts input errors on the node and field named by the index in the path', () => {
    const placed = placeErrors([{ path: 'activities[1].inputs.condition', message: 'syntax error' }], sent);
    expect(placed.byNode).toEqual({ check: [{ field: 'condition', message: 'syntax error', path: 'activities[1].inputs.condition' }] });
  });

  it('puts activity field errors on the node with the field name', () => {
    const placed = placeErrors([{ path: 'activities[0].retry.maxAttempts', message: 'too many' }, { path: 'activities[0]', message: 'bad' }], sent);
    expect(placed.byNode.start!.map((error) => error.field)).toEqual(['retry', undefined]);
  });

  it('puts connection errors on the edge', () => {
    const placed = placeErrors([{ path: 'connections[0].port', message: 'no port' }], sent);
    expect(Object.keys(placed.byEdge)).toEqual([edgeId('start', 'Nope', 'check')]);
  });

  it('keeps document errors and unknown indexes apart', () => {
    const placed = placeErrors([{ path: 'id', message: 'bad id' }, { path: 'activities[9].type', message: 'x' }], sent);
    expect(placed.general.map((error) => error.path)).toEqual(['id', 'activities[9].type']);
  });
});
