import { useMemo, useState } from 'react';
import { useDeleteWorkflow, useFetchWorkflow, useWorkflows } from '../../api/queries';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { downloadJson } from '../../ui/download';
import { usePermissions } from '../session';
import { filterWorkflows, tagsOf } from './filter';
import { DuplicateDialog } from './DuplicateDialog';
import { ImportButton } from './ImportButton';
import { NewWorkflowForm } from './NewWorkflowForm';
import { WorkflowRow } from './WorkflowRow';

/** The workflows of the tenant: search, tags, versions; new, import, export, delete; opens the designer. */
export function WorkflowList({ onOpen, onOpenRun }: { onOpen: (id: string) => void; onOpenRun: (instanceId: string) => void }) {
  const workflows = useWorkflows();
  const { canEdit } = usePermissions();
  const remove = useDeleteWorkflow();
  const fetchWorkflow = useFetchWorkflow();
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [duplicating, setDuplicating] = useState<{ id: string; name: string } | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);

  const all = workflows.data ?? [];
  const tags = useMemo(() => tagsOf(all), [all]);
  const shown = useMemo(() => filterWorkflows(all, search, tag), [all, search, tag]);

  async function exportWorkflow(id: string) {
    setExportError(null);
    try {
      const { version: _version, ...document } = await fetchWorkflow(id);
      downloadJson(`${id}.json`, document);
    } catch (error) {
      setExportError(error);
    }
  }

  function deleteWorkflow(id: string) {
    if (confirm(`Delete workflow '${id}'? Running instances finish on their version.`)) {
      remove.mutate(id);
    }
  }

  return (
    <main className="page">
      <header className="page-header">
        <h1>Workflows</h1>
        {canEdit && (
          <div className="toolbar">
            <button type="button" className="primary" onClick={() => setCreating(true)}>
              New workflow
            </button>
            <ImportButton onImported={onOpen} />
          </div>
        )}
      </header>
      {creating && canEdit && <NewWorkflowForm existing={all.map((w) => w.id)} onCreated={onOpen} onCancel={() => setCreating(false)} />}
      {duplicating && canEdit && (
        <DuplicateDialog
          key={duplicating.id}
          sourceId={duplicating.id}
          sourceName={duplicating.name}
          existing={all.map((w) => w.id)}
          onDuplicated={onOpen}
          onCancel={() => setDuplicating(null)}
        />
      )}
      <div className="filters">
        <input type="search" placeholder="Search workflows" aria-label="Search workflows" value={search} onChange={(event) => setSearch(event.target.value)} />
        <div className="tags" role="group" aria-label="Tags">
          {tags.map((t) => (
            <button key={t} type="button" className={t === tag ? 'tag selected' : 'tag'} aria-pressed={t === tag} onClick={() => setTag(t === tag ? null : t)}>
              {t}
            </button>
          ))}
        </div>
      </div>
      <ErrorBanner error={workflows.error ?? remove.error ?? exportError} />
      {workflows.isPending ? (
        <p className="muted">Loading…</p>
      ) : (
        <table className="workflows">
          <thead>
            <tr>
              <th>Workflow</th>
              <th>Tags</th>
              <th>Latest</th>
              <th>Published</th>
              <th>Updated</th>
              <th>Last run</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {shown.map((workflow) => (
              <WorkflowRow
                key={workflow.id}
                workflow={workflow}
                onOpen={() => onOpen(workflow.id)}
                onExport={() => void exportWorkflow(workflow.id)}
                onOpenRun={onOpenRun}
                onDuplicate={canEdit ? () => setDuplicating({ id: workflow.id, name: workflow.name ?? '' }) : undefined}
                onDelete={canEdit ? () => deleteWorkflow(workflow.id) : undefined}
              />
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  {all.length === 0 ? 'No workflows yet.' : 'No workflow matches.'}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    </main>
  );
}
