import type { WorkflowSummary } from '../../api/types';

/** Every tag used by the workflows, sorted. */
export function tagsOf(workflows: readonly WorkflowSummary[]): string[] {
  return [...new Set(workflows.flatMap((workflow) => workflow.tags ?? []))].sort((a, b) => a.localeCompare(b));
}

/** The workflows whose id, name or tags contain the search text and that carry the tag, when one is chosen. */
export function filterWorkflows(workflows: readonly WorkflowSummary[], search: string, tag: string | null): WorkflowSummary[] {
  const text = search.trim().toLowerCase();
  return workflows
    .filter((workflow) => !tag || (workflow.tags ?? []).includes(tag))
    .filter(
      (workflow) =>
        !text ||
        workflow.id.toLowerCase().includes(text) ||
        (workflow.name ?? '').toLowerCase().includes(text) ||
        (workflow.tags ?? []).some((t) => t.toLowerCase().includes(text)),
    )
    .sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id));
}
