import type { ActivityDescriptor } from '../../api/types';

export interface PaletteGroup {
  category: string;
  activities: ActivityDescriptor[];
}

/** The palette: descriptors matching the search (type, name, description or category), grouped by category, sorted. */
export function paletteGroups(descriptors: readonly ActivityDescriptor[], search: string): PaletteGroup[] {
  const text = search.trim().toLowerCase();
  const matches = descriptors.filter(
    (d) =>
      !text ||
      [d.type, d.displayName, d.description ?? '', d.category].some((field) => field.toLowerCase().includes(text)),
  );
  const groups = new Map<string, ActivityDescriptor[]>();
  for (const descriptor of matches) {
    groups.set(descriptor.category, [...(groups.get(descriptor.category) ?? []), descriptor]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, activities]) => ({ category, activities: activities.sort((a, b) => a.displayName.localeCompare(b.displayName)) }));
}

/** The drag payload's type: the activity type name travels under it. */
export const PALETTE_MIME = 'application/x-workflow-activity';
