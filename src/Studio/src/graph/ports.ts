// The outcome ports of an activity node: its descriptor's static ports, plus one per case for dynamic ones (Switch).

import type { ActivityDefinition, ActivityDescriptor } from '../api/types';
import { DEFAULT_PORT } from './graph';

export function portsOf(descriptor: ActivityDescriptor | undefined, activity: ActivityDefinition): string[] {
  if (!descriptor) {
    return [DEFAULT_PORT];
  }
  if (!descriptor.dynamicPorts) {
    return descriptor.ports;
  }
  return [...new Set([...casePortsOf(activity), ...descriptor.ports])];
}

/** Switch-like activities: one port per named case of a literal `cases` array. */
function casePortsOf(activity: ActivityDefinition): string[] {
  const cases = activity.inputs?.cases;
  if (!Array.isArray(cases)) {
    return [];
  }
  return cases.flatMap((item) =>
    item !== null && typeof item === 'object' && !Array.isArray(item) && typeof item.name === 'string' && item.name ? [item.name] : [],
  );
}

/** A connection may only leave through a port its activity declares. */
export function isDeclaredPort(descriptor: ActivityDescriptor | undefined, activity: ActivityDefinition, port: string | null | undefined): boolean {
  return portsOf(descriptor, activity).includes(port ?? DEFAULT_PORT);
}
