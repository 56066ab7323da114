// TanStack Query hooks over the definitions API. Every hook takes the signed-in client from the session.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from './context';
import type { ActivityDescriptor, PublishResult, WorkflowDefinition, WorkflowSummary } from './types';

const keys = {
  activities: ['activities'] as const,
  workflows: ['workflows'] as const,
  workflow: (id: string) => ['workflows', id] as const,
};

const encode = encodeURIComponent;

export function useActivities() {
  const api = useApi();
  return useQuery({ queryKey: keys.activities, queryFn: () => api.get<ActivityDescriptor[]>('/api/activities'), staleTime: Infinity });
}

export function useWorkflows() {
  const api = useApi();
  return useQuery({ queryKey: keys.workflows, queryFn: () => api.get<WorkflowSummary[]>('/api/workflows') });
}

export function useWorkflow(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.workflow(id),
    queryFn: () => api.get<WorkflowDefinition>(`/api/workflows/${encode(id)}`),
    // The designer owns the draft once it is open: no refetch under the user's hands.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useSaveWorkflow() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (definition: WorkflowDefinition) => api.put<WorkflowDefinition>(`/api/workflows/${encode(definition.id)}`, definition),
    onSuccess: (saved) => {
      client.setQueryData(keys.workflow(saved.id), saved);
      void client.invalidateQueries({ queryKey: keys.workflows, exact: true });
    },
  });
}

export function usePublishWorkflow() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<PublishResult>(`/api/workflows/${encode(id)}/publish`, {}),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.workflows, exact: true }),
  });
}

export function useDeleteWorkflow() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/workflows/${encode(id)}`),
    onSuccess: (_, id) => {
      client.removeQueries({ queryKey: keys.workflow(id) });
      void client.invalidateQueries({ queryKey: keys.workflows, exact: true });
    },
  });
}

export function useImportWorkflow() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (document: unknown) => api.post<WorkflowDefinition>('/api/workflows/import', document),
    onSuccess: (saved) => {
      client.setQueryData(keys.workflow(saved.id), saved);
      void client.invalidateQueries({ queryKey: keys.workflows, exact: true });
    },
  });
}

/** Fetches a definition once, for export. */
export function useFetchWorkflow() {
  const api = useApi();
  return (id: string) => api.get<WorkflowDefinition>(`/api/workflows/${encode(id)}`);
}
