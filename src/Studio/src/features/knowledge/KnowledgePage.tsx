import { useState } from 'react';
import { useSpaces } from '../../api/knowledge';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { usePermissions } from '../session';
import { DocumentList } from './DocumentList';
import { SearchPlayground } from './SearchPlayground';
import { SpaceForm } from './SpaceForm';
import { UploadForm } from './UploadForm';

/** Knowledge spaces: their documents, uploads with progress, and a search playground. */
export function KnowledgePage() {
  const spaces = useSpaces();
  const { canEdit } = usePermissions();
  const [chosen, setChosen] = useState<string | null>(null);
  const spaceId = chosen ?? spaces.data?.[0]?.id ?? null;

  return (
    <main className="page">
      <header className="page-header">
        <h1>Knowledge</h1>
      </header>
      {canEdit && <SpaceForm onCreated={setChosen} />}
      <ErrorBanner error={spaces.error} />
      <label htmlFor="knowledge-space">Space</label>{' '}
      <select id="knowledge-space" value={spaceId ?? ''} onChange={(event) => setChosen(event.target.value)} disabled={!spaces.data?.length}>
        {(spaces.data ?? []).map((space) => (
          <option key={space.id} value={space.id}>
            {space.name} ({space.id})
          </option>
        ))}
      </select>
      {spaces.data?.length === 0 && <p className="muted">No spaces yet.</p>}
      {spaceId && (
        <div className="knowledge-body" key={spaceId}>
          <div>
            {canEdit && <UploadForm spaceId={spaceId} />}
            <DocumentList spaceId={spaceId} />
          </div>
          <SearchPlayground spaceId={spaceId} />
        </div>
      )}
    </main>
  );
}
