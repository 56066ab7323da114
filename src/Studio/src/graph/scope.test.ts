import { describe, expect, it } from 'vitest';
import { SCOPE_ROOTS, scopeMembers } from './scope';

describe('expression scope', () => {
  it('has the five roots of the format', () => {
    expect(SCOPE_ROOTS.map((entry) => entry.label)).toEqual(['input', 'vars', 'outputs', 'trigger', 'workflow']);
  });

  it('offers activity ids after outputs and members after trigger', () => {
    expect(scopeMembers('outputs', ['inbound', 'check'])).toEqual(['inbound', 'check']);
    expect(scopeMembers('trigger', [])).toContain('body');
    expect(scopeMembers('input', [])).toEqual([]);
  });
});
