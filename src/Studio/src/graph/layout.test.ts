import { describe, expect, it } from 'vitest';
import { autoLayout } from './layout';

describe('auto-layout', () => {
  it('places a flow left to right, branches apart, without overlaps', () => {
    const nodes = [{ id: 'start' }, { id: 'if' }, { id: 'yes' }, { id: 'no' }, { id: 'end' }];
    const edges = [
      { source: 'start', target: 'if' },
      { source: 'if', target: 'yes' },
      { source: 'if', target: 'no' },
      { source: 'yes', target: 'end' },
      { source: 'no', target: 'end' },
    ];
    const at = autoLayout(nodes, edges);
    expect(at.size).toBe(5);
    expect(at.get('start')!.x).toBeLessThan(at.get('if')!.x);
    expect(at.get('if')!.x).toBeLessThan(at.get('yes')!.x);
    expect(at.get('yes')!.x).toBe(at.get('no')!.x);
    expect(Math.abs(at.get('yes')!.y - at.get('no')!.y)).toBeGreaterThanOrEqual(80);
    expect(at.get('end')!.x).toBeGreaterThan(at.get('yes')!.x);
    for (const position of at.values()) {
      expect(position.x % 10).toBe(0);
      expect(position.y % 10).toBe(0);
    }
  });

  it('keeps unconnected activities and ignores connections to unknown ones', () => {
    const at = autoLayout([{ id: 'a', width: 300, height: 100 }, { id: 'b' }], [{ source: 'a', target: 'missing' }]);
    expect([...at.keys()]).toEqual(['a', 'b']);
  });
});
