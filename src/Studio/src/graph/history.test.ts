import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, record, redo, undo, type History } from './history';

describe('undo history', () => {
  it('undoes to the state before each change and redoes them in order', () => {
    let history: History<string> = EMPTY_HISTORY;
    history = record(history, 'a'); // a -> b
    history = record(history, 'b'); // b -> c
    const back = undo(history, 'c')!;
    expect(back.state).toBe('b');
    const further = undo(back.history, 'b')!;
    expect(further.state).toBe('a');
    expect(undo(further.history, 'a')).toBeNull();
    const again = redo(further.history, 'a')!;
    expect(again.state).toBe('b');
    expect(redo(again.history, 'b')!.state).toBe('c');
  });

  it('forgets the undone states when a new change is made', () => {
    const history = record(record(EMPTY_HISTORY as History<string>, 'a'), 'b');
    const back = undo(history, 'c')!;
    const changed = record(back.history, 'b');
    expect(changed.future).toEqual([]);
    expect(redo(changed, 'd')).toBeNull();
  });

  it('keeps at most the limit of past states', () => {
    let history: History<number> = EMPTY_HISTORY;
    for (let index = 0; index < 5; index++) history = record(history, index, 3);
    expect(history.past).toEqual([2, 3, 4]);
  });
});
