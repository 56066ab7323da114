import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import type { TemplateField } from '../../api/types';
import { checkValues, copyIdProblem, fieldProblem, initialValues, isRequired, placeServerErrors } from './form';

const fields: TemplateField[] = [
  { name: 'brand', type: 'string', label: 'Brand name', default: 'Acme' },
  { name: 'pitch', type: 'text' },
  { name: 'discount', type: 'number', default: 12.5 },
  { name: 'priceCents', type: 'integer' },
  { name: 'vip', type: 'boolean', default: true },
  { name: 'greeting', type: 'select', options: ['Hello', 'Olá'], default: 'Hello' },
  { name: 'wait', type: 'duration', default: 'PT24H' },
  { name: 'owner', type: 'email' },
  { name: 'site', type: 'url' },
  { name: 'plain' },
];

const field = (name: string) => fields.find((f) => f.name === name)!;

describe('template setup form', () => {
  it('pre-fills each control with its default, as text except for switches', () => {
    expect(initialValues(fields)).toEqual({
      brand: 'Acme',
      pitch: '',
      discount: '12.5',
      priceCents: '',
      vip: true,
      greeting: 'Hello',
      wait: 'PT24H',
      owner: '',
      site: '',
      plain: '',
    });
    expect(initialValues([{ name: 'on', type: 'boolean' }])).toEqual({ on: false });
  });

  it('requires a value for a field without a default only', () => {
    expect(isRequired(field('priceCents'))).toBe(true);
    expect(isRequired(field('brand'))).toBe(false);
    expect(fieldProblem(field('priceCents'), '')).toMatch(/Needs a value/);
    expect(fieldProblem(field('plain'), '')).toMatch(/Needs a value/);
    expect(fieldProblem(field('brand'), '')).toBeNull();
    expect(fieldProblem(field('vip'), false)).toBeNull();
  });

  it('checks numbers and whole numbers as the server does', () => {
    expect(fieldProblem(field('discount'), '-3.25')).toBeNull();
    expect(fieldProblem(field('discount'), '1e3')).toBeNull();
    expect(fieldProblem(field('discount'), 'cheap')).toMatch(/number/);
    expect(fieldProblem(field('discount'), '0x10')).toMatch(/number/);
    expect(fieldProblem(field('priceCents'), ' 4990 ')).toBeNull();
    expect(fieldProblem(field('priceCents'), '12.5')).toMatch(/whole number/);
    expect(fieldProblem(field('priceCents'), '99999999999999999999')).toMatch(/whole number/);
  });

  it('checks options, durations, e-mail addresses and URLs', () => {
    expect(fieldProblem(field('greeting'), 'Olá')).toBeNull();
    expect(fieldProblem(field('greeting'), 'Hi')).toBe('Choose one of Hello, Olá.');
    for (const good of ['PT24H', 'P3D', 'PT30M', 'PT1.5S', 'P1DT2H', 'P1Y2M']) expect(fieldProblem(field('wait'), good)).toBeNull();
    for (const bad of ['24h', 'P', 'PT', 'P1DT', '-PT1H', 'PT1H30', 'P1W']) expect(fieldProblem(field('wait'), bad)).toMatch(/ISO-8601/);
    expect(fieldProblem(field('owner'), 'ana@example.com')).toBeNull();
    for (const bad of ['ana', '@example.com', 'ana@', 'ana @example.com']) expect(fieldProblem(field('owner'), bad)).toMatch(/e-mail/);
    expect(fieldProblem(field('site'), 'https://example.com/a?b=1')).toBeNull();
    for (const bad of ['example.com', 'ftp://example.com', '/relative', 'http:example.com', 'http://', 'http://exa mple.com']) expect(fieldProblem(field('site'), bad)).toMatch(/URL/);
  });

  it('sends typed values, trims what is never meant to carry spaces, and leaves empty controls to their defaults', () => {
    const form = { ...initialValues(fields), brand: '', pitch: ' Two lines\nof pitch ', priceCents: '4990', discount: ' 7 ', vip: false, owner: ' ana@example.com ', site: 'https://acme.test', plain: 'x' };
    expect(checkValues(fields, form)).toEqual({
      values: { pitch: ' Two lines\nof pitch ', discount: 7, priceCents: 4990, vip: false, greeting: 'Hello', wait: 'PT24H', owner: 'ana@example.com', site: 'https://acme.test', plain: 'x' },
      problems: {},
    });
  });

  it('reports every problem and sends nothing for those fields', () => {
    const { values, problems } = checkValues(fields, { ...initialValues(fields), priceCents: 'cheap', owner: 'nobody' });
    expect(Object.keys(problems)).toEqual(['pitch', 'priceCents', 'owner', 'site', 'plain']);
    expect(values).not.toHaveProperty('priceCents');
    expect(values).toMatchObject({ brand: 'Acme', discount: 12.5, vip: true });
  });

  it('lets the server choose the copy id when none is given', () => {
    expect(copyIdProblem('')).toBeNull();
    expect(copyIdProblem('acme-greeter')).toBeNull();
    expect(copyIdProblem('Acme Greeter')).toMatch(/lower-case/);
  });

  it("places the server's refusal on the fields it names, and keeps what names no field", () => {
    const refusal = new ApiError(400, {
      title: 'Validation failed',
      detail: "The values do not fit template 'greeter'.",
      errors: [
        { path: 'values.priceCents', message: "'priceCents' must be a whole number; got \"cheap\"." },
        { path: 'values.colour', message: "The template has no field 'colour'." },
        { path: 'values.priceCents', message: 'second' },
        { path: 'id', message: 'Workflow id must match.' },
        { path: 'activities[0].inputs.path', message: 'Bad path.' },
      ],
    });
    expect(placeServerErrors(refusal, fields)).toEqual({
      byField: { priceCents: ["'priceCents' must be a whole number; got \"cheap\".", 'second'] },
      id: ['Workflow id must match.'],
      general: [
        { path: 'values.colour', message: "The template has no field 'colour'." },
        { path: 'activities[0].inputs.path', message: 'Bad path.' },
      ],
      summary: "The values do not fit template 'greeter'.",
    });
  });

  it('puts a taken id on the copy id, and any other failure in one line', () => {
    const taken = new ApiError(409, { title: 'Conflict', detail: "The tenant already has a workflow 'greeter'; give the copy another id." });
    expect(placeServerErrors(taken, fields)).toEqual({ byField: {}, id: ["The tenant already has a workflow 'greeter'; give the copy another id."], general: [], summary: null });
    expect(placeServerErrors(new ApiError(403, { title: 'Forbidden', detail: 'Editors only.' }), fields)).toEqual({ byField: {}, id: [], general: [], summary: 'Editors only.' });
    expect(placeServerErrors(new TypeError('Failed to fetch'), fields).summary).toBe('Failed to fetch');
  });
});
