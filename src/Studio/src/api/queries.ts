// TanStack Query hooks over the definitions API. Every hook takes the signed-in client from the session.

import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from './context';
import { readImportAnswer } from './importAnswer';
import type {
  ActivityDescriptor,
  ElsaImportAnswer,
  InstanceInfo,
  InstantiateRequest,
  InstantiationResult,
  KpiReport,
  Me,
  RunAnswer,
  PublishResult,
  TemplateSummary,
  VersionInfo,
  WorkflowDefinition,
  WorkflowSummary,
} from './types';

const keys = {
  me: ['me'] as const,
  activities: ['activities'] as const,
  workflows: ['workflows'] as const,
  workflow: (id: string) => ['workflows', id] as const,
  versions: (id: string) => ['workflows', id, 'versions'] as const,
  version: (id: string, version: number) => ['workflows', id, 'versions', version] as const,
  templates: ['templates'] as const,
};

const encode = encodeURIComponent;

export function useMe() {
  const api = useApi();
  return useQuery({ queryKey: keys.me, queryFn: () => api.get<Me>('/api/me'), staleTime: Infinity });
}

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
    mutationFn: async (document: unknown) => readImportAnswer(await api.post<WorkflowDefinition | ElsaImportAnswer>('/api/workflows/import', document)),
    onSuccess: ({ definition: saved }) => {
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

export function useVersions(id: string) {
  const api = useApi();
  return useQuery({ queryKey: keys.versions(id), queryFn: () => api.get<VersionInfo[]>(`/api/workflows/${encode(id)}/versions`) });
}

/** One version of a definition; versions never change, so it is fetched once. */
export function useWorkflowVersion(id: string, version: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: keys.version(id, version ?? 0),
    queryFn: () => api.get<WorkflowDefinition>(`/api/workflows/${encode(id)}?version=${version}`),
    enabled: version !== null,
    staleTime: Infinity,
  });
}

export function useRestoreVersion(id: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.post<WorkflowDefinition>(`/api/workflows/${encode(id)}/versions/${version}/restore`, {}),
    onSuccess: (saved) => {
      client.setQueryData(keys.workflow(id), saved);
      void client.invalidateQueries({ queryKey: keys.versions(id), exact: true });
      void client.invalidateQueries({ queryKey: keys.workflows, exact: true });
    },
  });
}

export function useInstance(id: string) {
  const api = useApi();
  return useQuery({ queryKey: ['instances', id], queryFn: () => api.get<InstanceInfo>(`/api/instances/${encode(id)}`) });
}

/** The newest instances of a workflow. */
export function useRecentInstances(workflowId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['instances', { workflowId }],
    queryFn: async () => (await api.get<{ items: InstanceInfo[] }>(`/api/instances?workflowId=${encode(workflowId)}&limit=10`)).items,
  });
}

/** Starts the published version with an input. */
export function useRunWorkflow(id: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) => api.post<RunAnswer>(`/api/workflows/${encode(id)}/run`, { input }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['instances', { workflowId: id }] }),
  });
}

/** `GET /api/metrics/kpi` for [from, to), ISO dates. */
export function useKpi(from: string, to: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['kpi', from, to],
    queryFn: () => api.get<KpiReport>(`/api/metrics/kpi?from=${encode(from)}&to=${encode(to)}`),
  });
}

/** `GET /api/metrics/kpi` once per period, in parallel (the runs over time chart asks for one a day). */
export function useKpiSeries(periods: readonly { from: string; to: string }[]) {
  const api = useApi();
  return useQueries({
    queries: periods.map(({ from, to }) => ({
      queryKey: ['kpi', from, to],
      queryFn: () => api.get<KpiReport>(`/api/metrics/kpi?from=${encode(from)}&to=${encode(to)}`),
    })),
  });
}

/** The newest instance of a workflow, or null when it never ran; cached per workflow. */
export function useLastRun(workflowId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['instances', { workflowId, limit: 1 }],
    queryFn: async () => (await api.get<{ items: InstanceInfo[] }>(`/api/instances?workflowId=${encode(workflowId)}&limit=1`)).items[0] ?? null,
    staleTime: 30_000,
  });
}

/** The templates the tenant may instantiate: its own published ones, then the platform's. */
export function useTemplates() {
  const api = useApi();
  return useQuery({ queryKey: keys.templates, queryFn: () => api.get<TemplateSummary[]>('/api/templates') });
}

/** Makes the tenant's own workflow from a template; a refused value comes back as an ApiError whose errors name `values.<field>`. */
export function useInstantiateTemplate(templateId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: InstantiateRequest) => api.post<InstantiationResult>(`/api/workflows/${encode(templateId)}/instantiate`, request),
    onSuccess: (created) => {
      // The designer fetches the copy as the server stored it.
      client.removeQueries({ queryKey: keys.workflow(created.id) });
      void client.invalidateQueries({ queryKey: keys.workflows, exact: true });
      void client.invalidateQueries({ queryKey: keys.templates, exact: true });
    },
  });
}
