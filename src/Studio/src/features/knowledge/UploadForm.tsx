import { useState, type ChangeEvent } from 'react';
import { useUploadFile } from '../../api/knowledge';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { UploadProgress } from './UploadProgress';

/** Uploads files (PDF, HTML, Markdown, text) to a space and shows each one's progress. */
export function UploadForm({ spaceId }: { spaceId: string }) {
  const upload = useUploadFile(spaceId);
  const [uploads, setUploads] = useState<{ uploadId: string; fileName: string }[]>([]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    for (const file of files) {
      const { uploadId } = await upload.mutateAsync(file).catch(() => ({ uploadId: '' }));
      if (uploadId) setUploads((current) => [{ uploadId, fileName: file.name }, ...current]);
    }
  }

  return (
    <section aria-label="Upload">
      <h2>Upload</h2>
      <label className="file-picker">
        Upload files (PDF, HTML, Markdown, text)
        <input type="file" multiple accept=".pdf,.html,.htm,.md,.markdown,.txt" onChange={(event) => void choose(event)} />
      </label>
      <ErrorBanner error={upload.error} />
      <ul className="plain-list">
        {uploads.map((item) => (
          <UploadProgress key={item.uploadId} uploadId={item.uploadId} spaceId={spaceId} fileName={item.fileName} />
        ))}
      </ul>
    </section>
  );
}
