import { useState, type FormEvent } from 'react';
import { isSlug, slugOf } from '../../graph/ids';
import { useSaveWorkflow } from '../../api/queries';
import { ErrorBanner } from '../../ui/ErrorBanner';

interface Props {
  existing: readonly string[];
  onCreated: (id: string) => void;
  onCancel: () => void;
}

/** Names a new workflow and saves it as an empty first draft. */
export function NewWorkflowForm({ existing, onCreated, onCancel }: Props) {
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [idEdited, setIdEdited] = useState(false);
  const save = useSaveWorkflow();
  const effectiveId = idEdited ? id : slugOf(name);
  const problem = !effectiveId ? null : !isSlug(effectiveId) ? 'Use lower-case letters, digits and -.' : existing.includes(effectiveId) ? 'This id is taken.' : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (problem || !effectiveId) {
      return;
    }
    save.mutate({ id: effectiveId, name: name.trim() || effectiveId, activities: [], connections: [] }, { onSuccess: () => onCreated(effectiveId) });
  }

  return (
    <form className="new-workflow" onSubmit={submit} aria-label="New workflow">
      <label>
        Name
        <input autoFocus value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        Id
        <input
          value={effectiveId}
          onChange={(event) => {
            setIdEdited(true);
            setId(event.target.value);
          }}
          aria-invalid={problem ? true : undefined}
        />
      </label>
      {problem && <span className="error-text">{problem}</span>}
      <button type="submit" className="primary" disabled={!effectiveId || !!problem || save.isPending}>
        Create
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <ErrorBanner error={save.error} />
    </form>
  );
}
