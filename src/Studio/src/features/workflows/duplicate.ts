import { isSlug } from '../../graph/ids';
import type { WorkflowDefinition } from '../../api/types';

/** Why a new id cannot be used for a copy, or null when it can. */
export function duplicateIdProblem(id: string, existing: readonly string[]): string | null {
  if (!id) return 'Enter an id.';
  if (!isSlug(id)) return 'Use lower-case letters, digits and -.';
  if (existing.includes(id)) return 'This id is taken.';
  return null;
}

/** The copy of a definition under a new id and name, without its server-assigned version. */
export function copyOf(source: WorkflowDefinition, id: string, name: string): WorkflowDefinition {
  const { version: _version, ...rest } = source as WorkflowDefinition & { version?: number };
  return { ...rest, id, name: name.trim() || id } as WorkflowDefinition;
}

/** The suggested id of a copy: <id>-copy, -copy-2, ... */
export function suggestedCopyId(id: string, existing: readonly string[]): string {
  const base = `${id}-copy`.slice(0, 59);
  if (!existing.includes(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!existing.includes(candidate)) return candidate;
  }
}
