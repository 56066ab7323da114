import { useState, type FormEvent } from 'react';
import { useSecrets, useSetSecret } from '../../api/admin';
import { ErrorBanner } from '../../ui/ErrorBanner';

/** The tenant's secrets: names and dates; a value goes in and never comes back. */
export function SecretsPage() {
  const secrets = useSecrets();
  const save = useSetSecret();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { name: name.trim(), value },
      {
        onSuccess: (answer) => {
          setSaved(answer.name);
          setName('');
          setValue('');
        },
      },
    );
  };

  return (
    <main className="page">
      <div className="page-header">
        <h1>Secrets</h1>
      </div>
      <p className="muted">
        Values are stored encrypted and never shown again. Reference one in an input as <code>{'{ "$secret": "name" }'}</code>.
      </p>
      <form className="filters" aria-label="Set a secret" onSubmit={submit}>
        <label>
          Secret name
          <input value={name} onChange={(event) => setName(event.target.value)} required pattern="[a-z0-9\-]+" title="lower-case letters, digits and -" />
        </label>
        <label>
          Secret value
          <input type="password" autoComplete="off" value={value} onChange={(event) => setValue(event.target.value)} required />
        </label>
        <button type="submit" disabled={save.isPending}>
          Save secret
        </button>
      </form>
      {saved && (
        <p role="status">
          Saved <strong>{saved}</strong>.
        </p>
      )}
      <ErrorBanner error={save.error ?? secrets.error} />
      {secrets.data && secrets.data.length === 0 && <p className="muted">No secrets yet.</p>}
      {secrets.data && secrets.data.length > 0 && (
        <table className="workflows" aria-label="Secrets">
          <thead>
            <tr>
              <th>Name</th>
              <th>Created</th>
              <th>Updated</th>
            </tr>
          </thead>
          <tbody>
            {secrets.data.map((secret) => (
              <tr key={secret.name}>
                <td>{secret.name}</td>
                <td>{new Date(secret.createdAt).toLocaleString()}</td>
                <td>{secret.updatedAt ? new Date(secret.updatedAt).toLocaleString() : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
