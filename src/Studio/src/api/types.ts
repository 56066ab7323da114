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
  /** Set when the workflow is a template that tenants fill in to get their own copy. */
  template?: WorkflowTemplate | null;
  /** Set on a copy made from a template. */
  instantiatedFrom?: TemplateOrigin | null;
  [extra: string]: unknown;
}

/** The kinds of value a template field holds; the setup form picks its control from them. */
export type TemplateFieldType = 'string' | 'text' | 'number' | 'integer' | 'boolean' | 'select' | 'duration' | 'email' | 'url';

/** One value a template asks for. A field without a default must be given a value. */
export interface TemplateField {
  name: string;
  /** `string` when absent. */
  type?: TemplateFieldType;
  label?: string | null;
  description?: string | null;
  default?: Json;
  /** The choices of a `select` field. */
  options?: string[] | null;
}

export interface WorkflowTemplate {
  fields: TemplateField[];
}

/** The template version a copy was made from, and the values it was filled with. */
export interface TemplateOrigin {
  templateId: string;
  version: number;
  values: Record<string, Json>;
}

export type TemplateSource = 'tenant' | 'platform';

/** A row of `GET /api/templates`: a published template the tenant may instantiate, its own or the platform's. */
export interface TemplateSummary {
  id: string;
  name?: string | null;
  description?: string | null;
  tags: string[];
  version: number;
  source: TemplateSource;
  fields: TemplateField[];
}

/** The body of `POST /api/workflows/{id}/instantiate`. */
export interface InstantiateRequest {
  values: Record<string, Json>;
  id?: string;
  name?: string;
  /** Publish the copy at once (the server's default), or leave it a draft. */
  publish?: boolean;
}

/** `POST /api/workflows/{id}/instantiate` (201): the tenant's new workflow and the HTTP routes its endpoints answer on. */
export interface InstantiationResult {
  id: string;
  version: number;
  published: boolean;
  templateId: string;
  templateVersion: number;
  /** Such as `POST /workflows/default/my-copy/orders`. */
  httpRoutes: string[];
  definition: WorkflowDefinition;
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

export type Role = 'viewer' | 'runner' | 'editor' | 'admin';

/** `GET /api/me`: who the signed-in key is. */
export interface Me {
  tenantId: string;
  role: Role;
  keyId: string;
  keyName?: string | null;
  isPlatformAdmin: boolean;
}

export interface ImportWarning {
  path: string;
  message: string;
}

export interface UnmappedActivity {
  activityId: string;
  type: string;
  reason: string;
}

/** `POST /api/workflows/import` for an Elsa 3 export; our own format answers the saved definition alone. */
export interface ElsaImportAnswer {
  definition: WorkflowDefinition;
  /** True when the server converted an Elsa export (the Studio then shows what it reported). */
  converted?: boolean;
  warnings: ImportWarning[];
  unmapped: UnmappedActivity[];
}

/** `GET /api/workflows/{id}/versions`. */
export interface VersionInfo {
  version: number;
  published: boolean;
  createdAt: string;
  createdBy?: string | null;
}

export type JournalEvent = 'Started' | 'Completed' | 'Faulted' | 'Retrying' | 'Suspended' | 'Resumed' | 'Cancelled' | 'Step';

/** One line of an instance's journal (`GET /api/instances/{id}/journal`, and the `journal` events of its stream). */
export interface JournalEntry {
  seq: number;
  activityId: string;
  type: string;
  event: JournalEvent;
  attempt?: number;
  execution?: number;
  outcome?: string | null;
  at: string;
  durationMs?: number | null;
  inputs?: Record<string, Json> | null;
  outputs?: Record<string, Json> | null;
  error?: string | null;
}

export type InstanceStatus = 'Running' | 'Suspended' | 'Finished' | 'Faulted' | 'Cancelled';

/** `GET /api/instances/{id}` (the fields the Studio reads). */
export interface InstanceInfo {
  id: string;
  workflowId: string;
  version: number;
  status: InstanceStatus;
  input?: Json;
  output?: Json;
  createdAt: string;
  updatedAt: string;
}

/** `POST /api/workflows/{id}/run`. */
export interface RunAnswer {
  instanceId: string;
  status?: string;
  output?: Json;
}

/** A pending bookmark of an instance. */
export interface BookmarkInfo {
  id: string;
  activityId: string;
  kind: string;
  key?: string | null;
  fireAt?: string | null;
  resumeUrl?: string | null;
  createdAt: string;
}

/** An activity that faulted and stopped its instance; Retry resumes from it. */
export interface IncidentInfo {
  activityId: string;
  activityType: string;
  execution: number;
  attempt: number;
  message: string;
  at: string;
}

/** `GET /api/instances/{id}` in full. */
export interface InstanceDetail extends InstanceInfo {
  correlationId?: string | null;
  variables?: Record<string, Json>;
  bookmarks: BookmarkInfo[];
  incidents: IncidentInfo[];
}

/** One row of `GET /api/instances`. */
export interface InstanceSummary {
  id: string;
  workflowId: string;
  version: number;
  status: InstanceStatus;
  correlationId?: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

/** A knowledge space (`GET /api/rag/spaces`). */
export interface SpaceInfo {
  id: string;
  name: string;
  chunkTokens?: number;
  embedding?: string;
}

export interface DocumentInfo {
  id: string;
  title?: string | null;
  source?: string | null;
  createdAt: string;
}

export type UploadState = 'Queued' | 'Parsing' | 'Embedding' | 'Done' | 'Failed';

/** `GET /api/rag/uploads/{id}`. */
export interface UploadInfo {
  id: string;
  fileName?: string;
  status: UploadState;
  progress: number;
  chunks?: number | null;
  error?: string | null;
}

/** One hit of `GET /api/rag/search`. */
export interface SearchHit {
  docId: string;
  chunk: string;
  score: number;
  source?: string | null;
}

export interface MoneyTotal {
  currency: string;
  amountCents: number;
  count: number;
}

/** `GET /api/metrics/kpi`. */
export interface KpiReport {
  runs: { started: number; finished: number; faulted: number };
  llm: { tokens: number; costUsd: number; calls: number };
  nps: { score?: number | null; promoters: number; passives: number; detractors: number; responses: number; byWorkflow: { workflowId?: string | null; score?: number | null; responses: number }[] };
  payments: { created: number; paid: number; failed: number; expired: number; pending: number; revenue: MoneyTotal[] };
  dealsWon: { won: number; value: MoneyTotal[] };
}

/** GET /api/secrets: names and dates only; values are never returned. */
export interface SecretInfo {
  name: string;
  createdAt: string;
  updatedAt?: string;
}

/** GET /api/keys: a key of the tenant, never its secret. */
export interface ApiKeyInfo {
  id: string;
  name: string;
  role: string;
  isPlatformAdmin: boolean;
  createdAt: string;
}

/** POST /api/keys: the new key's secret, answered once. */
export interface CreatedApiKey {
  id: string;
  name: string;
  role: string;
  key: string;
}
