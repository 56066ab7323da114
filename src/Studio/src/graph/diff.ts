// The difference between two versions of a definition: activities added, removed or changed (inputs and other
// settings; positions are layout, not behaviour), and connections added or removed.

import type { ActivityDefinition, ConnectionDefinition, Json, WorkflowDefinition } from '../api/types';
import { DEFAULT_PORT } from './graph';

export interface InputChange {
  name: string;
  before: Json | undefined;
  after: Json | undefined;
}

export interface ActivityChange {
  id: string;
  type: string;
  inputs: InputChange[];
  /** Other settings that changed: type, name, description, retry, timeout, ... */
  settings: string[];
}

export interface DefinitionDiff {
  addedActivities: ActivityDefinition[];
  removedActivities: ActivityDefinition[];
  changedActivities: ActivityChange[];
  addedConnections: ConnectionDefinition[];
  removedConnections: ConnectionDefinition[];
}

const layoutOnly = new Set(['id', 'inputs', 'position']);

export function diffDefinitions(before: WorkflowDefinition, after: WorkflowDefinition): DefinitionDiff {
  const old = new Map(before.activities.map((activity) => [activity.id, activity]));
  const next = new Map(after.activities.map((activity) => [activity.id, activity]));
  const changedActivities: ActivityChange[] = [];
  for (const activity of after.activities) {
    const previous = old.get(activity.id);
    const change = previous && compareActivities(previous, activity);
    if (change) changedActivities.push(change);
  }
  const oldConnections = new Map(before.connections.map((connection) => [connectionKey(connection), connection]));
  const newConnections = new Map(after.connections.map((connection) => [connectionKey(connection), connection]));
  return {
    addedActivities: after.activities.filter((activity) => !old.has(activity.id)),
    removedActivities: before.activities.filter((activity) => !next.has(activity.id)),
    changedActivities,
    addedConnections: after.connections.filter((connection) => !oldConnections.has(connectionKey(connection))),
    removedConnections: before.connections.filter((connection) => !newConnections.has(connectionKey(connection))),
  };
}

export function isEmptyDiff(diff: DefinitionDiff): boolean {
  return Object.values(diff).every((list: unknown[]) => list.length === 0);
}

/** A connection is its source, port and target; a missing port is the default one. */
export function connectionKey(connection: ConnectionDefinition): string {
  return `${connection.from}|${connection.port ?? DEFAULT_PORT}|${connection.to}`;
}

function compareActivities(before: ActivityDefinition, after: ActivityDefinition): ActivityChange | null {
  const inputs: InputChange[] = [];
  const names = new Set([...Object.keys(before.inputs ?? {}), ...Object.keys(after.inputs ?? {})]);
  for (const name of [...names].sort()) {
    const was = before.inputs?.[name];
    const is = after.inputs?.[name];
    if (!sameJson(was, is)) inputs.push({ name, before: was, after: is });
  }
  const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((key) => !layoutOnly.has(key)));
  const settings = [...keys].sort().filter((key) => !sameJson(before[key], after[key]));
  return inputs.length > 0 || settings.length > 0 ? { id: after.id, type: after.type, inputs, settings } : null;
}

/** Deep equality of JSON values; the order of object keys does not matter. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
}
