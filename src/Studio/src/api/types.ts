// The shapes of the public HTTP contract (../shared/spec/api.md and workflow-format.md) that the Studio reads.
// Written by hand from the OpenAPI document at /openapi/v1.json.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Position {
  x: number;
  y: number;
}

export interface RetryPolicy {
  maxAttempts?: number;
  initialDelay?: string;
  backoff?: number;
  maxDelay?: string;
  jitter?: number;
}

/** One activity of a definition. Fields the Studio does not know are kept as they are. */
export interface ActivityDefinition {
  id: string;
  type: string;
  name?: string;
  description?: string;
  inputs?: Record<string, Json>;
  retry?: RetryPolicy;
  timeout?: string;
  position?: Position;
  [extra: string]: unknown;
}

export interface ConnectionDefinition {
  from: string;
  to: string;
  /** Outcome port of `from`; `Done` when absent. */
  port?: string;
  [extra: string]: unknown;
}

export interface WorkflowDefinition {
  id: string;
  name?: string;
  description?: string;
  tags?: string[];
  version?: number;
  activities: ActivityDefinition[];
  connections: ConnectionDefinition[];
  [extra: string]: unknown;
}

export interface WorkflowSummary {
  id: string;
  name?: string | null;
  tags: string[];
  latestVersion: number;
  publishedVersion?: number | null;
  updatedAt: string;
}

export interface InputDescriptor {
  name: string;
  /** string, number, boolean, array, object, any, duration, expression */
  type: string;
  required: boolean;
  default?: Json;
  options?: string[] | null;
  description?: string | null;
  supportsExpressions: boolean;
}

export interface OutputDescriptor {
  name: string;
  type: string;
}

export type ActivityKind = 'action' | 'trigger' | 'blocking';

export interface ActivityDescriptor {
  type: string;
  category: string;
  displayName: string;
  description?: string | null;
  icon?: string | null;
  inputs: InputDescriptor[];
  outputs: OutputDescriptor[];
  ports: string[];
  dynamicPorts: boolean;
  kind: ActivityKind;
  hasSideEffects: boolean;
}

export interface ValidationError {
  path: string;
  message: string;
}

/** RFC 7807 problem details, with the validation errors of a definition when there are some. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: ValidationError[];
}

export interface PublishResult {
  id: string;
  version: number;
  published: boolean;
}
