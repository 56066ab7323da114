import { useState, type FormEvent } from 'react';
import { useFetchWorkflow, useSaveWorkflow } from '../../api/queries';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { copyOf, duplicateIdProblem, suggestedCopyId } from './duplicate';

interface Props {
  sourceId: string;
  sourceName: string;
  existing: readonly string[];
  onDuplicated: (id: string) => void;
  onCancel: () => void;
}

/** Asks for the id and name of a copy, then saves the source's latest draft under that id. */
export function DuplicateDialog({ sourceId, sourceName, existing, onDuplicated, onCancel }: Props) {
  const [id, setId] = useState(() => suggestedCopyId(sourceId, existing));
  const [name, setName] = useState(`${sourceName || sourceId} (copy)`);
  const [fetchError, setFetchError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fetchWorkflow = useFetchWorkflow();
  const save = useSaveWorkflow();
  const problem = duplicateIdProblem(id, existing);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (problem) return;
    setFetchError(null);
    setBusy(true);
    try {
      const source = await fetchWorkflow(sourceId);
      save.mutate(copyOf(source, id, name), { onSuccess: () => onDuplicated(id), onSettled: () => setBusy(false) });
    } catch (error) {
      setFetchError(error);
      setBusy(false);
    }
  }

  return (
    <div role="dialog" aria-modal="true" aria-label={`Duplicate ${sourceId}`} className="dialog">
      <form className="new-workflow" onSubmit={(event) => void submit(event)}>
        <h2>Duplicate {sourceName || sourceId}</h2>
        <label>
          New id
          <input autoFocus value={id} onChange={(event) => setId(event.target.value)} aria-invalid={problem ? true : undefined} />
        </label>
        <label>
          New name
          <input value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        {problem && <span className="error-text">{problem}</span>}
        <button type="submit" className="primary" disabled={!!problem || busy}>
          Duplicate
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <ErrorBanner error={fetchError ?? save.error} />
      </form>
    </div>
  );
}
