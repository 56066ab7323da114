import { describe, expect, it } from 'vitest';
import type { ActivityDescriptor } from '../../api/types';
import { paletteGroups } from './palette';

const d = (type: string, category: string, description = ''): ActivityDescriptor => ({
  type,
  category,
  displayName: type,
  description,
  inputs: [],
  outputs: [],
  ports: ['Done'],
  dynamicPorts: false,
  kind: 'action',
  hasSideEffects: false,
});

const all = [d('WriteHttpResponse', 'HTTP'), d('If', 'Control', 'Branches on a condition'), d('HttpEndpoint', 'HTTP'), d('Log', 'Control')];

describe('paletteGroups', () => {
  it('groups by category, both sorted', () => {
    expect(paletteGroups(all, '').map((g) => [g.category, g.activities.map((a) => a.type)])).toEqual([
      ['Control', ['If', 'Log']],
      ['HTTP', ['HttpEndpoint', 'WriteHttpResponse']],
    ]);
  });

  it('searches type, description and category', () => {
    expect(paletteGroups(all, 'http').flatMap((g) => g.activities.map((a) => a.type))).toEqual(['HttpEndpoint', 'WriteHttpResponse']);
    expect(paletteGroups(all, 'condition').flatMap((g) => g.activities.map((a) => a.type))).toEqual(['If']);
    expect(paletteGroups(all, 'nothing')).toEqual([]);
  });
});
