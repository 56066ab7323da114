import { describe, expect, it } from 'vitest';
import { readImportAnswer } from './importAnswer';

const definition = { id: 'hello', activities: [], connections: [] };

describe('readImportAnswer', () => {
  it('reads our own format as the definition, with nothing to report', () => {
    expect(readImportAnswer(definition)).toEqual({ definition, warnings: [], unmapped: [], converted: false });
  });

  it('reads an Elsa import answer as its definition, warnings and unmapped activities', () => {
    const warnings = [{ path: 'root.activities[1]', message: 'dropped' }];
    const unmapped = [{ activityId: 'a1', type: 'Elsa.Foo', reason: 'no such activity' }];
    expect(readImportAnswer({ definition, warnings, unmapped })).toEqual({ definition, warnings, unmapped, converted: true });
  });

  it('tolerates an Elsa answer without lists', () => {
    expect(readImportAnswer({ definition } as never)).toEqual({ definition, warnings: [], unmapped: [], converted: true });
  });
});
