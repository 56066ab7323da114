import type { Connection, Edge } from '@xyflow/react';
import type { ActivityDescriptor } from '../api/types';
import { isDeclaredPort } from '../graph/ports';
import type { StudioNode } from './types';

/** React Flow's isValidConnection: the source handle must be a port the source activity declares. */
export function connectionValidator(nodes: readonly StudioNode[], descriptors: ReadonlyMap<string, ActivityDescriptor>) {
  return (connection: Connection | Edge): boolean => {
    const source = nodes.find((node) => node.id === connection.source);
    if (!source || !nodes.some((node) => node.id === connection.target)) {
      return false;
    }
    return isDeclaredPort(descriptors.get(source.data.activity.type), source.data.activity, connection.sourceHandle);
  };
}
