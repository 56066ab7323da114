// TanStack Query hooks over the admin API: the tenant's secrets (names only) and API keys.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from './context';
import type { ApiKeyInfo, CreatedApiKey, SecretInfo } from './types';

/** The tenant's secret names (editors may read them, for the secret picker); `enabled` false skips the call. */
export function useSecrets(enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: ['secrets'], queryFn: () => api.get<SecretInfo[]>('/api/secrets'), enabled });
}

export function useSetSecret() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (secret: { name: string; value: string }) => api.post<{ name: string }>('/api/secrets', secret),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['secrets'] }),
  });
}

export function useKeys() {
  const api = useApi();
  return useQuery({ queryKey: ['keys'], queryFn: () => api.get<ApiKeyInfo[]>('/api/keys') });
}

export function useCreateKey() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (key: { name: string; role: string }) => api.post<CreatedApiKey>('/api/keys', key),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['keys'] }),
  });
}
