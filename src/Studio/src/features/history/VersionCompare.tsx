import { useMemo } from 'react';
import { useWorkflowVersion } from '../../api/queries';
import { diffDefinitions } from '../../graph/diff';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { VersionDiffView } from './VersionDiffView';

/** Fetches two versions and shows their difference. */
export function VersionCompare({ id, before, after }: { id: string; before: number; after: number }) {
  const older = useWorkflowVersion(id, before);
  const newer = useWorkflowVersion(id, after);
  const diff = useMemo(() => (older.data && newer.data ? diffDefinitions(older.data, newer.data) : null), [older.data, newer.data]);
  if (older.error || newer.error) return <ErrorBanner error={older.error ?? newer.error} />;
  if (!diff) return <p className="muted">Loading…</p>;
  return <VersionDiffView diff={diff} before={before} after={after} />;
}
