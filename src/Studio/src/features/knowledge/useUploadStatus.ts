import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useFetchUpload } from '../../api/knowledge';
import { uploadEnded } from './upload';

/** Follows an upload until it is done or failed; then the space's documents are read again. */
export function useUploadStatus(uploadId: string, spaceId: string) {
  const fetchUpload = useFetchUpload();
  const client = useQueryClient();
  return useQuery({
    queryKey: ['rag', 'uploads', uploadId],
    queryFn: async () => {
      const upload = await fetchUpload(uploadId);
      if (uploadEnded(upload.status)) void client.invalidateQueries({ queryKey: ['rag', 'documents', spaceId] });
      return upload;
    },
    refetchInterval: (query) => (query.state.data && uploadEnded(query.state.data.status) ? false : 500),
  });
}
