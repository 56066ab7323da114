import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../../api/types';
import { copyOf, duplicateIdProblem, suggestedCopyId } from './duplicate';

describe('duplicate', () => {
  it('validates the new id', () => {
    expect(duplicateIdProblem('', [])).toBe('Enter an id.');
    expect(duplicateIdProblem('Bad Id', [])).toMatch(/lower-case/);
    expect(duplicateIdProblem('hello', ['hello'])).toBe('This id is taken.');
    expect(duplicateIdProblem('hello-2', ['hello'])).toBeNull();
  });

  it('copies under the new id and name without the version', () => {
    const source = { id: 'a', name: 'A', version: 3, tags: ['x'], activities: [], connections: [] } as unknown as WorkflowDefinition;
    const copy = copyOf(source, 'b', ' B ');
    expect(copy).toEqual({ id: 'b', name: 'B', tags: ['x'], activities: [], connections: [] });
    expect(copyOf(source, 'c', '').name).toBe('c');
  });

  it('suggests a free id', () => {
    expect(suggestedCopyId('a', ['a'])).toBe('a-copy');
    expect(suggestedCopyId('a', ['a', 'a-copy', 'a-copy-2'])).toBe('a-copy-3');
  });
});
