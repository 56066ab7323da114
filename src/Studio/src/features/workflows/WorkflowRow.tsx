import type { WorkflowSummary } from '../../api/types';

interface Props {
  workflow: WorkflowSummary;
  onOpen: () => void;
  onExport: () => void;
  /** Absent when the role may not delete. */
  onDelete?: () => void;
}

export function WorkflowRow({ workflow, onOpen, onExport, onDelete }: Props) {
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
      <td className="actions">
        <button type="button" onClick={onExport} aria-label={`Export ${workflow.id}`}>
          Export
        </button>
        {onDelete && (
          <button type="button" className="danger" onClick={onDelete} aria-label={`Delete ${workflow.id}`}>
            Delete
          </button>
        )}
      </td>
    </tr>
  );
}
