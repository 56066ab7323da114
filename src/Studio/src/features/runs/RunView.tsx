import { useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useActivities, useInstance, useWorkflowVersion } from '../../api/queries';
import { foldJournal, liveStatus } from '../../graph/runState';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ExecutionPanel } from './ExecutionPanel';
import { RunCanvas } from './RunCanvas';
import { useJournalStream } from './useJournalStream';

interface Props {
  instanceId: string;
  onOpenDesigner: (workflowId: string) => void;
}

/** The run of one instance: the graph of its version lights up as the journal streams in. */
export function RunView({ instanceId, onOpenDesigner }: Props) {
  const instance = useInstance(instanceId);
  const definition = useWorkflowVersion(instance.data?.workflowId ?? '', instance.data?.version ?? null);
  const activities = useActivities();
  const stream = useJournalStream(instanceId);
  const runs = useMemo(() => foldJournal(stream.entries), [stream.entries]);
  const descriptors = useMemo(() => new Map((activities.data ?? []).map((d) => [d.type, d])), [activities.data]);
  const [selected, setSelected] = useState<string | null>(null);
  const status = stream.error && !stream.ended ? instance.data?.status : liveStatus(runs, stream.ended);

  const error = instance.error ?? definition.error ?? activities.error;
  if (error) return <main className="page"><ErrorBanner error={error} /></main>;
  if (!instance.data || !definition.data || !activities.data) return <p className="page muted">Loading…</p>;
  return (
    <div className="run-view">
      <header className="designer-toolbar">
        <button type="button" onClick={() => onOpenDesigner(instance.data.workflowId)} aria-label="Back to the designer">
          ← Designer
        </button>
        <h1>
          Run of {definition.data.name ?? instance.data.workflowId} v{instance.data.version}
        </h1>
        <span className="muted">{instanceId}</span>
        <span className={`badge run-${status?.toLowerCase()}`} role="status" aria-label="Instance status">
          {status}
        </span>
      </header>
      {stream.error && <ErrorBanner error={new Error(`The run stream stopped: ${stream.error}`)} />}
      <div className="run-body">
        <ReactFlowProvider>
          <RunCanvas definition={definition.data} descriptors={descriptors} runs={runs} onSelect={setSelected} />
        </ReactFlowProvider>
        <ExecutionPanel activityId={selected} runs={runs} />
      </div>
    </div>
  );
}
