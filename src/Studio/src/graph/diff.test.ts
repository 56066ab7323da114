import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../api/types';
import { diffDefinitions, isEmptyDiff, sameJson } from './diff';

const v1: WorkflowDefinition = {
  id: 'greet',
  activities: [
    { id: 'inbound', type: 'HttpEndpoint', inputs: { path: 'greet' }, position: { x: 0, y: 0 } },
    { id: 'check', type: 'If', inputs: { condition: { $js: 'true' } } },
    { id: 'old', type: 'Log', inputs: { message: 'bye' } },
  ],
  connections: [
    { from: 'inbound', to: 'check' },
    { from: 'check', port: 'True', to: 'old' },
  ],
};

describe('diffDefinitions', () => {
  it('finds nothing between a version and itself, or one that only moved nodes', () => {
    expect(isEmptyDiff(diffDefinitions(v1, v1))).toBe(true);
    const moved = { ...v1, activities: v1.activities.map((a) => ({ ...a, position: { x: 500, y: 500 } })) };
    expect(isEmptyDiff(diffDefinitions(v1, moved))).toBe(true);
  });

  it('reports activities added and removed, and connections added and removed', () => {
    const v2: WorkflowDefinition = {
      ...v1,
      activities: [v1.activities[0]!, v1.activities[1]!, { id: 'reply', type: 'WriteHttpResponse', inputs: {} }],
      connections: [v1.connections[0]!, { from: 'check', port: 'True', to: 'reply' }],
    };
    const diff = diffDefinitions(v1, v2);
    expect(diff.addedActivities.map((a) => a.id)).toEqual(['reply']);
    expect(diff.removedActivities.map((a) => a.id)).toEqual(['old']);
    expect(diff.addedConnections).toEqual([{ from: 'check', port: 'True', to: 'reply' }]);
    expect(diff.removedConnections).toEqual([{ from: 'check', port: 'True', to: 'old' }]);
    expect(diff.changedActivities).toEqual([]);
  });

  it('reports changed, added and removed inputs with their values before and after', () => {
    const v2: WorkflowDefinition = {
      ...v1,
      activities: [
        { ...v1.activities[0]!, inputs: { path: 'hello', methods: ['POST'] } },
        { ...v1.activities[1]!, inputs: {} },
        v1.activities[2]!,
      ],
    };
    expect(diffDefinitions(v1, v2).changedActivities).toEqual([
      {
        id: 'inbound',
        type: 'HttpEndpoint',
        inputs: [
          { name: 'methods', before: undefined, after: ['POST'] },
          { name: 'path', before: 'greet', after: 'hello' },
        ],
        settings: [],
      },
      { id: 'check', type: 'If', inputs: [{ name: 'condition', before: { $js: 'true' }, after: undefined }], settings: [] },
    ]);
  });

  it('reports other settings that changed, such as retry and time-out', () => {
    const v2 = { ...v1, activities: [{ ...v1.activities[0]!, timeout: 'PT5S', retry: { maxAttempts: 3 } }, ...v1.activities.slice(1)] };
    expect(diffDefinitions(v1, v2).changedActivities).toEqual([{ id: 'inbound', type: 'HttpEndpoint', inputs: [], settings: ['retry', 'timeout'] }]);
  });

  it('treats a missing port as Done', () => {
    const v2 = { ...v1, connections: [{ from: 'inbound', port: 'Done', to: 'check' }, v1.connections[1]!] };
    expect(isEmptyDiff(diffDefinitions(v1, v2))).toBe(true);
  });
});

describe('sameJson', () => {
  it('ignores the order of object keys but not of arrays', () => {
    expect(sameJson({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson(undefined, null)).toBe(false);
  });
});
