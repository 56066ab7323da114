// The template setup form without React: what each control starts with, the checks the server makes
// (src/Engine/Templates/TemplateValues.cs), the values sent, and the server's refusals placed on their fields.

import { ApiError, messageOf } from '../../api/client';
import type { Json, TemplateField, TemplateFieldType, ValidationError } from '../../api/types';
import { isSlug } from '../../graph/ids';

/** What a control holds: the switch of a boolean field, the text of every other. */
export type FormValue = string | boolean;
export type FormValues = Record<string, FormValue>;

export const typeOf = (field: TemplateField): TemplateFieldType => field.type ?? 'string';
export const labelOf = (field: TemplateField): string => field.label || field.name;

/** A field without a default must be given a value. */
export const isRequired = (field: TemplateField): boolean => field.default === undefined || field.default === null;

/** Types whose text is trimmed before it is checked and sent: a stray space is never meant. */
const trimmed: ReadonlySet<TemplateFieldType> = new Set(['number', 'integer', 'duration', 'email', 'url']);

/** Each control pre-filled with its field's default. */
export function initialValues(fields: readonly TemplateField[]): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const fallback = field.default;
    values[field.name] = typeOf(field) === 'boolean' ? fallback === true : fallback === undefined || fallback === null ? '' : typeof fallback === 'string' ? fallback : JSON.stringify(fallback);
  }
  return values;
}

const decimal = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const whole = /^[+-]?\d+$/;
// xs:duration as XmlConvert.ToTimeSpan reads it, without the sign: the server refuses negative durations.
const duration = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

function isEmail(text: string): boolean {
  const at = text.indexOf('@');
  return at > 0 && at < text.length - 1 && !/\s/.test(text);
}

// The host's Uri.TryCreate wants an authority ("http:example.com" is not absolute there); URL alone would take it.
const authority = /^https?:\/\/[^/?#\s]/i;

function isHttpUrl(text: string): boolean {
  if (!authority.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function textOf(field: TemplateField, value: FormValue | undefined): string {
  const text = typeof value === 'string' ? value : '';
  return trimmed.has(typeOf(field)) ? text.trim() : text;
}

/** Why the control's value would be refused, or null. An empty control of a field with a default leaves the default. */
export function fieldProblem(field: TemplateField, value: FormValue | undefined): string | null {
  const type = typeOf(field);
  if (type === 'boolean') return null;
  const text = textOf(field, value);
  if (text === '') return isRequired(field) ? 'Needs a value: the template gives it no default.' : null;
  switch (type) {
    case 'number':
      return decimal.test(text) && Number.isFinite(Number(text)) ? null : 'Enter a number, such as 12.5.';
    case 'integer':
      return whole.test(text) && Number.isSafeInteger(Number(text)) ? null : 'Enter a whole number, such as 12.';
    case 'select':
      return field.options?.includes(text) ? null : `Choose one of ${(field.options ?? []).join(', ')}.`;
    case 'duration':
      return duration.test(text) ? null : 'Enter an ISO-8601 duration, such as PT24H or P3D.';
    case 'email':
      return isEmail(text) ? null : 'Enter an e-mail address, such as ana@example.com.';
    case 'url':
      return isHttpUrl(text) ? null : 'Enter an absolute http(s) URL, such as https://example.com.';
    default:
      return null;
  }
}

export interface CheckedValues {
  /** The body's `values`: a typed value per filled control; empty controls are left to their defaults. */
  values: Record<string, Json>;
  /** A problem per field name; the form is sent only when there is none. */
  problems: Record<string, string>;
}

export function checkValues(fields: readonly TemplateField[], form: FormValues): CheckedValues {
  const values: Record<string, Json> = {};
  const problems: Record<string, string> = {};
  for (const field of fields) {
    const problem = fieldProblem(field, form[field.name]);
    if (problem) {
      problems[field.name] = problem;
      continue;
    }
    const type = typeOf(field);
    if (type === 'boolean') {
      values[field.name] = form[field.name] === true;
      continue;
    }
    const text = textOf(field, form[field.name]);
    if (text === '') continue;
    values[field.name] = type === 'number' || type === 'integer' ? Number(text) : text;
  }
  return { values, problems };
}

/** Why the copy's id cannot be used, or null; an empty id lets the server choose one. */
export function copyIdProblem(id: string): string | null {
  return id === '' || isSlug(id) ? null : 'Use lower-case letters, digits and - (at most 64).';
}

export interface ServerProblems {
  /** By field name, from the paths `values.<name>` of the form's fields. */
  byField: Record<string, string[]>;
  /** About the copy's id: a malformed one (`id`), or one the tenant already has (409). */
  id: string[];
  /** Everything else, such as a template that does not make a valid workflow with these values. */
  general: ValidationError[];
  /** The answer in one line, when the problems above do not already say it all; null otherwise. */
  summary: string | null;
}

export const noServerProblems: ServerProblems = { byField: {}, id: [], general: [], summary: null };

const valuePath = /^values\.(.+)$/;

/**
 * The server's refusal of an instantiate request, placed where the form shows it: each `values.<field>` error on its
 * field (a name the form has no control for stays general, so nothing is lost), `id` and a 409 on the copy's id.
 */
export function placeServerErrors(error: unknown, fields: readonly TemplateField[]): ServerProblems {
  if (!(error instanceof ApiError)) return { ...noServerProblems, summary: messageOf(error) };
  if (error.status === 409) return { ...noServerProblems, id: [error.message] };
  const names = new Set(fields.map((field) => field.name));
  const placed: ServerProblems = { byField: {}, id: [], general: [], summary: error.message };
  for (const problem of error.problem.errors ?? []) {
    const field = valuePath.exec(problem.path)?.[1];
    if (field && names.has(field)) (placed.byField[field] ??= []).push(problem.message);
    else if (problem.path === 'id') placed.id.push(problem.message);
    else placed.general.push(problem);
  }
  return placed;
}
