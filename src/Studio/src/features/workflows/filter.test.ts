import { describe, expect, it } from 'vitest';
import type { WorkflowSummary } from '../../api/types';
import { filterWorkflows, tagsOf } from './filter';

const workflows: WorkflowSummary[] = [
  { id: 'sdr-inbound', name: 'SDR inbound', tags: ['agent', 'sdr'], latestVersion: 2, publishedVersion: 1, updatedAt: '' },
  { id: 'hello', name: 'Hello', tags: ['example'], latestVersion: 1, publishedVersion: 1, updatedAt: '' },
  { id: 'nps', tags: [], latestVersion: 1, updatedAt: '' },
];

describe('workflow list filter', () => {
  it('lists the tags once, sorted', () => {
    expect(tagsOf(workflows)).toEqual(['agent', 'example', 'sdr']);
  });

  it('matches id, name or tag, ignoring case', () => {
    expect(filterWorkflows(workflows, 'HELL', null).map((w) => w.id)).toEqual(['hello']);
    expect(filterWorkflows(workflows, 'agent', null).map((w) => w.id)).toEqual(['sdr-inbound']);
    expect(filterWorkflows(workflows, 'np', null).map((w) => w.id)).toEqual(['nps']);
  });

  it('keeps only the chosen tag', () => {
    expect(filterWorkflows(workflows, '', 'example').map((w) => w.id)).toEqual(['hello']);
  });
});
