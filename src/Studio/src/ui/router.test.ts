import { describe, expect, it } from 'vitest';
import { parseRoute, pathOf } from './router';

describe('routes', () => {
  it('reads and writes the list, designer and run paths', () => {
    for (const route of [{ name: 'workflows' }, { name: 'designer', id: 'hello world' }, { name: 'run', id: 'abc123' }] as const) {
      expect(parseRoute(pathOf(route))).toEqual(route);
    }
    expect(pathOf({ name: 'run', id: 'abc' })).toBe('/runs/abc');
    expect(parseRoute('/elsewhere')).toEqual({ name: 'workflows' });
  });

  it('reads and writes the instances, knowledge and dashboard pages', () => {
    for (const route of [{ name: 'instances' }, { name: 'instance', id: 'i 1' }, { name: 'knowledge' }, { name: 'dashboard' }] as const) {
      expect(parseRoute(pathOf(route))).toEqual(route);
    }
    expect(pathOf({ name: 'instance', id: 'abc' })).toBe('/instances/abc');
    expect(parseRoute('/dashboard/')).toEqual({ name: 'dashboard' });
  });

  it('reads and writes the templates gallery', () => {
    expect(pathOf({ name: 'templates' })).toBe('/templates');
    expect(parseRoute('/templates/')).toEqual({ name: 'templates' });
  });

  it('reads and writes the admin pages', () => {
    for (const route of [{ name: 'secrets' }, { name: 'keys' }] as const) {
      expect(parseRoute(pathOf(route))).toEqual(route);
    }
    expect(pathOf({ name: 'keys' })).toBe('/keys');
    expect(pathOf({ name: 'secrets' })).toBe('/secrets');
  });
});
