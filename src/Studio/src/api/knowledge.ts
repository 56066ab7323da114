// TanStack Query hooks over the knowledge (RAG) API: spaces, documents, uploads followed to the end, search.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from './context';
import type { DocumentInfo, SearchHit, SpaceInfo, UploadInfo } from './types';

const encode = encodeURIComponent;

export function useSpaces() {
  const api = useApi();
  return useQuery({ queryKey: ['rag', 'spaces'], queryFn: () => api.get<SpaceInfo[]>('/api/rag/spaces') });
}

export function useCreateSpace() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (space: { id: string; name: string }) => api.post<SpaceInfo>('/api/rag/spaces', space),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['rag', 'spaces'] }),
  });
}

export function useDocuments(spaceId: string) {
  const api = useApi();
  return useQuery({ queryKey: ['rag', 'documents', spaceId], queryFn: () => api.get<DocumentInfo[]>(`/api/rag/spaces/${encode(spaceId)}/documents`) });
}

export function useFetchUpload() {
  const api = useApi();
  return (uploadId: string) => api.get<UploadInfo>(`/api/rag/uploads/${encode(uploadId)}`);
}

export function useUploadFile(spaceId: string) {
  const api = useApi();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.postForm<{ uploadId: string }>(`/api/rag/spaces/${encode(spaceId)}/uploads`, form);
    },
  });
}

export interface SearchRequest {
  space: string;
  q: string;
  k: number;
  mode: 'hybrid' | 'vector' | 'keyword';
}

export function useSearch(request: SearchRequest | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['rag', 'search', request],
    queryFn: () => {
      const { space, q, k, mode } = request!;
      return api.get<SearchHit[]>(`/api/rag/search?space=${encode(space)}&q=${encode(q)}&k=${k}&mode=${mode}`);
    },
    enabled: request !== null,
  });
}
