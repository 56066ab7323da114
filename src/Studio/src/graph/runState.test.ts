import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../api/types';
import { foldJournal, formatDuration, liveStatus } from './runState';

let seq = 0;
const line = (activityId: string, event: JournalEntry['event'], more: Partial<JournalEntry> = {}): JournalEntry => ({
  seq: ++seq,
  activityId,
  type: 'X',
  event,
  at: '2026-11-28T10:00:00Z',
  attempt: 1,
  execution: 1,
  ...more,
});

describe('foldJournal', () => {
  it('marks started activities running and completed ones done, with inputs, outputs and duration', () => {
    const state = foldJournal([
      line('a', 'Started', { inputs: { x: 1 } }),
      line('a', 'Completed', { outputs: { result: true }, outcome: 'True', durationMs: 12 }),
      line('b', 'Started'),
    ]);
    expect(state.get('a')).toMatchObject({ status: 'done', attempts: 1, durationMs: 12 });
    expect(state.get('a')!.executions[0]).toMatchObject({ inputs: { x: 1 }, outputs: { result: true }, outcome: 'True', errors: [] });
    expect(state.get('b')!.status).toBe('running');
    expect(state.has('c')).toBe(false);
  });

  it('counts attempts and keeps the error of each failed one', () => {
    const state = foldJournal([
      line('a', 'Started'),
      line('a', 'Retrying', { error: 'timeout', durationMs: 100 }),
      line('a', 'Started', { attempt: 2 }),
      line('a', 'Faulted', { attempt: 2, error: 'refused', durationMs: 50 }),
    ]);
    expect(state.get('a')).toMatchObject({ status: 'failed', attempts: 2, durationMs: 150 });
    expect(state.get('a')!.executions[0]!.errors).toEqual(['timeout', 'refused']);
  });

  it('shows a suspended activity as waiting, and running again once resumed', () => {
    expect(foldJournal([line('w', 'Started'), line('w', 'Suspended')]).get('w')!.status).toBe('waiting');
    expect(foldJournal([line('w', 'Started'), line('w', 'Suspended'), line('w', 'Resumed')]).get('w')!.status).toBe('running');
  });

  it('keeps each execution of a looped activity, the node showing the latest', () => {
    const state = foldJournal([
      line('l', 'Started', { execution: 1 }),
      line('l', 'Completed', { execution: 1, durationMs: 5 }),
      line('l', 'Started', { execution: 2 }),
    ]);
    expect(state.get('l')).toMatchObject({ status: 'running', durationMs: 5 });
    expect(state.get('l')!.executions.map((e) => e.execution)).toEqual([1, 2]);
  });

  it('ignores duplicate lines (a reconnected stream) and reads them in seq order', () => {
    const started = line('a', 'Started');
    const completed = line('a', 'Completed', { durationMs: 3 });
    expect(foldJournal([completed, started, completed]).get('a')).toMatchObject({ status: 'done', durationMs: 3 });
  });

  it('ignores Step lines for the status', () => {
    expect(foldJournal([line('a', 'Started'), line('a', 'Step', { outcome: 'toolCall' })]).get('a')!.status).toBe('running');
  });
});

describe('formatDuration', () => {
  it('reads as ms, s or min', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(0.3)).toBe('<1 ms');
    expect(formatDuration(12.4)).toBe('12 ms');
    expect(formatDuration(1400)).toBe('1.4 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });
});

describe('liveStatus', () => {
  it('is the final status once the stream ended', () => {
    expect(liveStatus(new Map(), 'Faulted')).toBe('Faulted');
  });

  it('is Suspended while only waits remain, else Running', () => {
    expect(liveStatus(foldJournal([line('a', 'Started'), line('a', 'Completed'), line('w', 'Suspended')]), null)).toBe('Suspended');
    expect(liveStatus(foldJournal([line('w', 'Suspended'), line('b', 'Started')]), null)).toBe('Running');
    expect(liveStatus(new Map(), null)).toBe('Running');
  });
});
