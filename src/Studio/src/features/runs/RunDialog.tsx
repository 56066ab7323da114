import { useState, type FormEvent } from 'react';
import { useRecentInstances, useRunWorkflow } from '../../api/queries';
import { Dialog } from '../../ui/Dialog';
import { ErrorBanner } from '../../ui/ErrorBanner';

interface Props {
  workflowId: string;
  publishedVersion: number | null;
  canRun: boolean;
  onOpenRun: (instanceId: string) => void;
  onClose: () => void;
}

/** Runs the published version with a JSON input, and lists the latest runs to open. */
export function RunDialog({ workflowId, publishedVersion, canRun, onOpenRun, onClose }: Props) {
  const [input, setInput] = useState('{}');
  const [parseError, setParseError] = useState<string | null>(null);
  const run = useRunWorkflow(workflowId);
  const recent = useRecentInstances(workflowId);

  function submit(event: FormEvent) {
    event.preventDefault();
    let parsed: unknown;
    try {
      parsed = JSON.parse(input);
    } catch {
      setParseError('The input is not valid JSON.');
      return;
    }
    setParseError(null);
    run.mutate(parsed, { onSuccess: (answer) => onOpenRun(answer.instanceId) });
  }

  return (
    <Dialog title="Run" onClose={onClose} className="run-dialog">
      {canRun && publishedVersion ? (
        <form onSubmit={submit} aria-label="Run the published version">
          <label htmlFor="run-input">Input (JSON) for v{publishedVersion}</label>
          <textarea id="run-input" rows={6} value={input} onChange={(event) => setInput(event.target.value)} aria-invalid={parseError ? true : undefined} />
          {parseError && <p className="error-text" role="alert">{parseError}</p>}
          <ErrorBanner error={run.error} />
          <button type="submit" className="primary" disabled={run.isPending}>
            Run v{publishedVersion}
          </button>
        </form>
      ) : (
        <p className="muted">{canRun ? 'Publish a version to run it.' : 'Your role may not run workflows.'}</p>
      )}
      <section aria-label="Latest runs">
        <h3>Latest runs</h3>
        <ErrorBanner error={recent.error} />
        {recent.data?.length === 0 && <p className="muted">No runs yet.</p>}
        <ul className="recent-runs">
          {recent.data?.map((instance) => (
            <li key={instance.id}>
              <button type="button" className="link" onClick={() => onOpenRun(instance.id)} aria-label={`Open run ${instance.id}`}>
                {new Date(instance.createdAt).toLocaleString()}
              </button>{' '}
              v{instance.version} · {instance.status}
            </li>
          ))}
        </ul>
      </section>
      <div className="toolbar">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
