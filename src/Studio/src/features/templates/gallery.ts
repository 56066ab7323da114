// The gallery's search, without React.

import type { TemplateSummary } from '../../api/types';

/** The templates whose name, id or a tag contains the search text, ignoring case; in the server's order. */
export function filterTemplates(templates: readonly TemplateSummary[], search: string): TemplateSummary[] {
  const text = search.trim().toLowerCase();
  if (!text) return [...templates];
  return templates.filter(
    (template) =>
      (template.name ?? '').toLowerCase().includes(text) ||
      template.id.toLowerCase().includes(text) ||
      template.tags.some((tag) => tag.toLowerCase().includes(text)),
  );
}

/** 'a field' or 'n fields'. */
export function fieldCount(count: number): string {
  return count === 1 ? '1 field' : `${count} fields`;
}
