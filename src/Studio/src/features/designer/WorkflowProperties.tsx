import type { PlacedError } from '../../graph/errors';
import { originOf, templateOf, TemplateFieldList, TemplateOriginSummary } from '../templates';
import type { WorkflowDraft } from './useWorkflowDraft';

/**
 * With nothing selected: the workflow's name, description and tags, its template fields or the template it was made
 * from, and errors that name no activity.
 */
export function WorkflowProperties({ draft }: { draft: WorkflowDraft }) {
  const { document } = draft;
  const template = templateOf(document);
  const origin = originOf(document);
  const edgeErrors: PlacedError[] = Object.values(draft.errors.byEdge).flat();
  const errors = [...draft.errors.general, ...edgeErrors];
  return (
    <section aria-label="Workflow properties">
      <header className="panel-header">
        <h2>Workflow</h2>
        <code>{document.id}</code>
      </header>
      <div className="field">
        <label htmlFor="workflow-name">Name</label>
        <input id="workflow-name" value={document.name ?? ''} onChange={(event) => draft.setDocument((d) => ({ ...d, name: event.target.value || undefined }))} />
      </div>
      <div className="field">
        <label htmlFor="workflow-description">Description</label>
        <textarea
          id="workflow-description"
          rows={3}
          value={document.description ?? ''}
          onChange={(event) => draft.setDocument((d) => ({ ...d, description: event.target.value || undefined }))}
        />
      </div>
      <div className="field">
        <label htmlFor="workflow-tags">Tags</label>
        <input
          id="workflow-tags"
          value={(document.tags ?? []).join(', ')}
          placeholder="comma separated"
          onChange={(event) =>
            draft.setDocument((d) => ({ ...d, tags: event.target.value.split(',').map((tag) => tag.trim()).filter(Boolean) }))
          }
        />
      </div>
      {template && <TemplateFieldList template={template} />}
      {origin && <TemplateOriginSummary origin={origin} activities={draft.nodes.map((node) => node.data.activity)} />}
      {errors.map((error) => (
        <p key={error.path + error.message} role="alert" className="field-error">
          <code>{error.path}</code> {error.message}
        </p>
      ))}
      <p className="hint">Select an activity to edit its inputs. Drag activities from the palette; wire a port to an activity to connect them.</p>
    </section>
  );
}
