import { useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useActivities, useWorkflow, useWorkflows } from '../../api/queries';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { DesignerWorkspace } from './DesignerWorkspace';

/** Loads a workflow and the activity descriptors, then opens the designer on them. */
export function Designer({ id, onBack, onOpenRun }: { id: string; onBack: () => void; onOpenRun: (instanceId: string) => void }) {
  const workflow = useWorkflow(id);
  // Bumped when a version is restored: the workspace starts again from the restored draft.
  const [generation, setGeneration] = useState(0);
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
      <DesignerWorkspace
        key={`${id}:${generation}`}
        initial={workflow.data}
        descriptors={activities.data}
        publishedVersion={published}
        onBack={onBack}
        onOpenRun={onOpenRun}
        onRestored={() => setGeneration((current) => current + 1)}
      />
    </ReactFlowProvider>
  );
}
