import { useState, type FormEvent } from 'react';
import { useCreateSpace } from '../../api/knowledge';
import { ErrorBanner } from '../../ui/ErrorBanner';

/** Creates a space: a slug id and a name. */
export function SpaceForm({ onCreated }: { onCreated: (id: string) => void }) {
  const create = useCreateSpace();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ id: id.trim(), name: name.trim() || id.trim() }, { onSuccess: (space) => onCreated(space.id) });
  };
  return (
    <form className="filters" aria-label="New space" onSubmit={submit}>
      <label>
        Space id
        <input value={id} onChange={(event) => setId(event.target.value)} required pattern="[a-z0-9\-]+" title="lower-case letters, digits and -" />
      </label>
      <label>
        Space name
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <button type="submit" disabled={create.isPending}>
        Create space
      </button>
      <ErrorBanner error={create.error} />
    </form>
  );
}
