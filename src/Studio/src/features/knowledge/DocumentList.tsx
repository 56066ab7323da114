import { useDocuments } from '../../api/knowledge';
import { ErrorBanner } from '../../ui/ErrorBanner';

/** The documents of a space. */
export function DocumentList({ spaceId }: { spaceId: string }) {
  const documents = useDocuments(spaceId);
  return (
    <section aria-label="Documents">
      <h2>Documents</h2>
      <ErrorBanner error={documents.error} />
      {documents.data?.length === 0 && <p className="muted">No documents yet.</p>}
      <ul className="plain-list">
        {(documents.data ?? []).map((document) => (
          <li key={document.id}>
            <strong>{document.title || document.id}</strong> <span className="muted">{document.source ?? ''}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
