// The instance list's filters and the query string they make for GET /api/instances.

import type { InstanceStatus } from '../../api/types';

export interface InstanceFilters {
  workflowId: string;
  status: InstanceStatus | '';
  correlationId: string;
  /** Dates as the date inputs give them (yyyy-mm-dd), or empty. */
  from: string;
  to: string;
}

export const NO_FILTERS: InstanceFilters = { workflowId: '', status: '', correlationId: '', from: '', to: '' };

export const STATUSES: readonly InstanceStatus[] = ['Running', 'Suspended', 'Finished', 'Faulted', 'Cancelled'];

/** The query string of the filters: empty ones are left out, `to` takes the whole day it names. */
export function filterQuery(filters: InstanceFilters, limit = 25): string {
  const params = new URLSearchParams();
  const text = (name: string, value: string) => value.trim() && params.set(name, value.trim());
  text('workflowId', filters.workflowId);
  text('status', filters.status);
  text('correlationId', filters.correlationId);
  if (filters.from) params.set('from', new Date(`${filters.from}T00:00:00Z`).toISOString());
  if (filters.to) params.set('to', new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000).toISOString());
  params.set('limit', String(limit));
  return params.toString();
}
