import { describe, expect, it } from 'vitest';
import { NO_FILTERS, filterQuery } from './filters';

describe('instance filters', () => {
  it('leaves empty filters out', () => {
    expect(filterQuery(NO_FILTERS)).toBe('limit=25');
  });

  it('trims text, and makes the to date take its whole day', () => {
    const query = new URLSearchParams(filterQuery({ workflowId: ' hello ', status: 'Faulted', correlationId: 'c-1', from: '2026-01-02', to: '2026-01-02' }, 10));
    expect(query.get('workflowId')).toBe('hello');
    expect(query.get('status')).toBe('Faulted');
    expect(query.get('correlationId')).toBe('c-1');
    expect(query.get('from')).toBe('2026-01-02T00:00:00.000Z');
    expect(query.get('to')).toBe('2026-01-03T00:00:00.000Z');
    expect(query.get('limit')).toBe('10');
  });
});
