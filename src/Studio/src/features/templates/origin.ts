// What a definition says about templates, without React: the fields of a template, the origin of a copy, and the HTTP
// routes the copy answers on.

import type { ActivityDefinition, Json, TemplateOrigin, WorkflowTemplate } from '../../api/types';

/** The template part of a definition (or of the designer's document), when it is a template with fields. */
export function templateOf(document: Readonly<Record<string, unknown>>): WorkflowTemplate | null {
  const template = document.template as WorkflowTemplate | null | undefined;
  return template && Array.isArray(template.fields) ? template : null;
}

/** Where a copy came from, when the definition was made from a template. */
export function originOf(document: Readonly<Record<string, unknown>>): TemplateOrigin | null {
  const origin = document.instantiatedFrom as TemplateOrigin | null | undefined;
  return origin && typeof origin.templateId === 'string' ? { ...origin, values: origin.values ?? {} } : null;
}

/** A value as the setup form would show it: text as it is, anything else as JSON. */
export function shownValue(value: Json | undefined): string {
  return typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
}

/**
 * The routes a workflow's HTTP endpoints answer on, as the instantiate answer lists them: `<METHOD> /workflows/<path>`
 * for each method (POST when none is given) of each endpoint with a literal path.
 */
export function httpRoutesOf(activities: readonly ActivityDefinition[]): string[] {
  return activities
    .filter((activity) => activity.type === 'HttpEndpoint' && typeof activity.inputs?.path === 'string')
    .flatMap((activity) => methodsOf(activity.inputs?.methods).map((method) => `${method} /workflows/${normalized(activity.inputs!.path as string)}`));
}

function methodsOf(methods: Json | undefined): string[] {
  return Array.isArray(methods) ? methods.map((method) => (typeof method === 'string' ? method : JSON.stringify(method))) : ['POST'];
}

/** The host's HttpRoutes.Normalize: no empty segments, no spaces around them. */
function normalized(path: string): string {
  return path
    .split('/')
    .map((segment) => segment.trim())
    .filter(Boolean)
    .join('/');
}
