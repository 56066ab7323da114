import { useMemo, useState } from 'react';
import { useInstancePage } from '../../api/instances';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { NO_FILTERS, filterQuery, type InstanceFilters } from './filters';
import { InstanceFiltersForm } from './InstanceFiltersForm';

/** The tenant's instances, newest first, filtered and paged by cursor. */
export function InstanceList({ onOpen }: { onOpen: (id: string) => void }) {
  const [filters, setFilters] = useState<InstanceFilters>(NO_FILTERS);
  // The cursors of the pages before the current one, so Previous can go back.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const query = useMemo(() => filterQuery(filters), [filters]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const page = useInstancePage(query, cursor);
  const next = page.data?.nextCursor;

  return (
    <main className="page">
      <header className="page-header">
        <h1>Instances</h1>
      </header>
      <InstanceFiltersForm
        value={filters}
        onApply={(applied) => {
          setFilters(applied);
          setCursors([null]);
        }}
      />
      <ErrorBanner error={page.error} />
      <table className="workflows" aria-label="Instances">
        <thead>
          <tr>
            <th>Instance</th>
            <th>Workflow</th>
            <th>Status</th>
            <th>Correlation id</th>
            <th>Started</th>
            <th>Updated</th>
          </tr>
        </thead>
        <tbody>
          {(page.data?.items ?? []).map((instance) => (
            <tr key={instance.id}>
              <td>
                <button type="button" className="link" onClick={() => onOpen(instance.id)} aria-label={`Open instance ${instance.id}`}>
                  {instance.id}
                </button>
              </td>
              <td>
                {instance.workflowId} v{instance.version}
              </td>
              <td>
                <span className={`badge run-${instance.status.toLowerCase()}`}>{instance.status}</span>
              </td>
              <td>{instance.correlationId ?? ''}</td>
              <td>{new Date(instance.createdAt).toLocaleString()}</td>
              <td>{new Date(instance.updatedAt).toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.data && page.data.items.length === 0 && <p className="muted">No instances match.</p>}
      <nav className="toolbar pager" aria-label="Pages">
        <button type="button" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
          Previous
        </button>
        <button type="button" disabled={!next} onClick={() => next && setCursors([...cursors, next])}>
          Next
        </button>
      </nav>
    </main>
  );
}
