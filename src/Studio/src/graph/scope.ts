// The names an expression sees (workflow-format.md, "Input values and expressions"), for completion.

export interface ScopeEntry {
  label: string;
  detail: string;
}

export const SCOPE_ROOTS: readonly ScopeEntry[] = [
  { label: 'input', detail: "the workflow's inputs" },
  { label: 'vars', detail: 'workflow variables' },
  { label: 'outputs', detail: 'outputs.<activityId>: the last outputs of an activity that has run' },
  { label: 'trigger', detail: 'what started or last resumed the instance' },
  { label: 'workflow', detail: '{ instanceId, definitionId, version, correlationId, tenantId }' },
];

const members: Record<string, readonly string[]> = {
  trigger: ['method', 'path', 'query', 'headers', 'body', 'routeValues', 'name', 'payload'],
  workflow: ['instanceId', 'definitionId', 'version', 'correlationId', 'tenantId'],
};

/** What may follow `path.` in the scope: activity ids after `outputs`, known members after `trigger` and `workflow`. */
export function scopeMembers(path: string, activityIds: readonly string[]): string[] {
  if (path === 'outputs') {
    return [...activityIds];
  }
  return [...(members[path] ?? [])];
}
