import { ErrorBanner } from '../../ui/ErrorBanner';
import { uploadLabel, uploadPercent } from './upload';
import { useUploadStatus } from './useUploadStatus';

/** One upload's progress bar, following the server's stages until done or failed. */
export function UploadProgress({ uploadId, spaceId, fileName }: { uploadId: string; spaceId: string; fileName: string }) {
  const upload = useUploadStatus(uploadId, spaceId);
  const data = upload.data;
  const label = data ? uploadLabel(data) : 'Queued';
  return (
    <li className="upload">
      <span>{fileName}</span>
      <progress max={100} value={data ? uploadPercent(data) : 0} aria-label={`Upload of ${fileName}`} aria-valuetext={label} />
      <span role="status" aria-label={`Status of ${fileName}`} className={data?.status === 'Failed' ? 'error-text' : undefined}>
        {label}
      </span>
      <ErrorBanner error={upload.error} />
    </li>
  );
}
