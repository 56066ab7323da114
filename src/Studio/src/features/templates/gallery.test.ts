import { describe, expect, it } from 'vitest';
import type { TemplateSummary } from '../../api/types';
import { fieldCount, filterTemplates } from './gallery';

const template = (id: string, name: string, tags: string[]): TemplateSummary => ({ id, name, tags, version: 1, source: 'platform', fields: [] });
const templates = [template('sdr-inbound', 'Luddy, the SDR', ['agent', 'sdr']), template('nps', 'NPS survey', ['campaign']), template('copy', 'Clio', ['agent'])];

describe('template gallery', () => {
  it('finds templates by name, id or tag, ignoring case, in the given order', () => {
    expect(filterTemplates(templates, '').map((t) => t.id)).toEqual(['sdr-inbound', 'nps', 'copy']);
    expect(filterTemplates(templates, 'LUDDY').map((t) => t.id)).toEqual(['sdr-inbound']);
    expect(filterTemplates(templates, ' agent ').map((t) => t.id)).toEqual(['sdr-inbound', 'copy']);
    expect(filterTemplates(templates, 'np').map((t) => t.id)).toEqual(['nps']);
    expect(filterTemplates(templates, 'nothing')).toEqual([]);
  });

  it('counts fields', () => {
    expect(fieldCount(0)).toBe('0 fields');
    expect(fieldCount(1)).toBe('1 field');
    expect(fieldCount(3)).toBe('3 fields');
  });
});
