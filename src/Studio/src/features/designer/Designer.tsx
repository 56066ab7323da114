import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useActivities, useWorkflow, useWorkflows } from '../../api/queries';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { DesignerWorkspace } from './DesignerWorkspace';

/** Loads a workflow and the activity descriptors, then opens the designer on them. */
export function Designer({ id, onBack }: { id: string; onBack: () => void }) {
  const workflow = useWorkflow(id);
  const activities = useActivities();
  const published = useWorkflows().data?.find((summary) => summary.id === id)?.publishedVersion ?? null;

  if (workflow.error || activities.error) {
    return (
      <main className="page">
        <ErrorBanner error={workflow.error ?? activities.error} />
        <button type="button" onClick={onBack}>
          ← Workflows
        </button>
      </main>
    );
  }
  if (!workflow.data || !activities.data) {
    return <p className="page muted">Loading…</p>;
  }
  return (
    <ReactFlowProvider>
      <DesignerWorkspace key={id} initial={workflow.data} descriptors={activities.data} publishedVersion={published} onBack={onBack} />
    </ReactFlowProvider>
  );
}
