import { useLastRun } from '../../api/queries';
import type { WorkflowSummary } from '../../api/types';

interface Props {
  workflow: WorkflowSummary;
  onOpen: () => void;
  onExport: () => void;
  onOpenRun: (instanceId: string) => void;
  /** Absent when the role may not duplicate. */
  onDuplicate?: () => void;
  /** Absent when the role may not delete. */
  onDelete?: () => void;
}

export function WorkflowRow({ workflow, onOpen, onExport, onOpenRun, onDuplicate, onDelete }: Props) {
  const published = workflow.publishedVersion ?? null;
  return (
    <tr>
      <td>
        <button type="button" className="link" onClick={onOpen}>
          {workflow.name || workflow.id}
        </button>
        <div className="muted">{workflow.id}</div>
      </td>
      <td>
        {(workflow.tags ?? []).map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
      </td>
      <td className="number">v{workflow.latestVersion}</td>
      <td className="number">{published ? `v${published}` : <span className="muted">—</span>}</td>
      <td className="muted">{new Date(workflow.updatedAt).toLocaleString()}</td>
      <td>
        <LastRun workflowId={workflow.id} onOpenRun={onOpenRun} />
      </td>
      <td className="actions">
        <button type="button" onClick={onExport} aria-label={`Export ${workflow.id}`}>
          Export
        </button>
        {onDuplicate && (
          <button type="button" onClick={onDuplicate} aria-label={`Duplicate ${workflow.id}`}>
            Duplicate
          </button>
        )}
        {onDelete && (
          <button type="button" className="danger" onClick={onDelete} aria-label={`Delete ${workflow.id}`}>
            Delete
          </button>
        )}
      </td>
    </tr>
  );
}

function LastRun({ workflowId, onOpenRun }: { workflowId: string; onOpenRun: (instanceId: string) => void }) {
  const last = useLastRun(workflowId);
  if (last.isPending) return <span className="muted">…</span>;
  if (last.isError) return <span className="muted">—</span>;
  if (!last.data) return <span className="muted" data-testid={`last-run-${workflowId}`}>never run</span>;
  const run = last.data;
  return (
    <a
      href={`/instances/${encodeURIComponent(run.id)}`}
      className={run.status === "Faulted" || run.status === "Cancelled" ? "badge error" : "badge"}
      data-testid={`last-run-${workflowId}`}
      aria-label={`Last run of ${workflowId}: ${run.status}`}
      onClick={(event) => {
        event.preventDefault();
        onOpenRun(run.id);
      }}
    >
      {run.status}
    </a>
  );
}
