// TanStack Query hooks over the instances API: the paged list, the detail, the journal, retry and cancel.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from './context';
import type { InstanceDetail, InstanceSummary, JournalEntry, Page, RunAnswer } from './types';

const encode = encodeURIComponent;

/** One page of `GET /api/instances`; `query` is the filter's query string, without the cursor. */
export function useInstancePage(query: string, cursor: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['instances', 'page', query, cursor],
    queryFn: () => api.get<Page<InstanceSummary>>(`/api/instances?${query}${cursor ? `${query ? '&' : ''}cursor=${encode(cursor)}` : ''}`),
  });
}

export function useInstanceDetail(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['instances', id],
    queryFn: () => api.get<InstanceDetail>(`/api/instances/${encode(id)}`),
    // An instance that has not ended still changes: look again now and then.
    refetchInterval: (query) => (isLive(query.state.data?.status) ? 2000 : false),
  });
}

/** The journal; `live` while the instance has not ended, so new lines show up. */
export function useJournal(id: string, live: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['instances', id, 'journal'],
    queryFn: () => api.get<JournalEntry[]>(`/api/instances/${encode(id)}/journal`),
    refetchInterval: live ? 2000 : false,
  });
}

/** Retry (resume a faulted instance from its failed activity) or cancel. */
export function useControlInstance(id: string, action: 'retry' | 'cancel') {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<RunAnswer>(`/api/instances/${encode(id)}/${action}`, {}),
    onSettled: () => void client.invalidateQueries({ queryKey: ['instances'] }),
  });
}

function isLive(status: string | undefined): boolean {
  return status === 'Running' || status === 'Suspended';
}
