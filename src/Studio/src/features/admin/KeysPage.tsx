import { useState, type FormEvent } from 'react';
import { useCreateKey, useKeys } from '../../api/admin';
import type { CreatedApiKey } from '../../api/types';
import { ErrorBanner } from '../../ui/ErrorBanner';

const roles = ['viewer', 'runner', 'editor', 'admin'] as const;

/** The tenant's API keys; a new key's secret is shown once. */
export function KeysPage() {
  const keys = useKeys();
  const create = useCreateKey();
  const [name, setName] = useState('');
  const [role, setRole] = useState<string>('viewer');
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), role },
      {
        onSuccess: (key) => {
          setCreated(key);
          setName('');
        },
      },
    );
  };

  return (
    <main className="page">
      <div className="page-header">
        <h1>API keys</h1>
      </div>
      <form className="filters" aria-label="New key" onSubmit={submit}>
        <label>
          Key name
          <input value={name} onChange={(event) => setName(event.target.value)} required />
        </label>
        <label>
          Key role
          <select value={role} onChange={(event) => setRole(event.target.value)}>
            {roles.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={create.isPending}>
          Create key
        </button>
      </form>
      {created && <NewKey created={created} onDismiss={() => setCreated(null)} />}
      <ErrorBanner error={create.error ?? keys.error} />
      {keys.data && (
        <table className="workflows" aria-label="Keys">
          <thead>
            <tr>
              <th>Name</th>
              <th>Role</th>
              <th>Id</th>
              <th>Created</th>
            </tr>
          </thead>
          <tbody>
            {keys.data.map((key) => (
              <tr key={key.id}>
                <td>{key.name}</td>
                <td>
                  {key.role}
                  {key.isPlatformAdmin && <span className="muted"> · platform admin</span>}
                </td>
                <td>
                  <code>{key.id}</code>
                </td>
                <td>{new Date(key.createdAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

function NewKey({ created, onDismiss }: { created: CreatedApiKey; onDismiss: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className="new-key" aria-label="New key secret">
      <p role="alert">
        Copy the key of <strong>{created.name}</strong> ({created.role}) now: it will not be shown again.
      </p>
      <div className="filters">
        <input readOnly aria-label="New key" value={created.key} onFocus={(event) => event.target.select()} />
        <button type="button" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" onClick={onDismiss}>
          Done
        </button>
      </div>
    </section>
  );
}
