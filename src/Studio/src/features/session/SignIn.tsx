import { useState, type FormEvent } from 'react';
import { ApiError, createApiClient, messageOf } from '../../api/client';

interface Props {
  onSignedIn: (apiKey: string) => void;
}

/** Asks for an API key and checks it with a call any role may make. */
export function SignIn({ onSignedIn }: Props) {
  const [apiKey, setApiKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const key = apiKey.trim();
    if (!key) {
      return;
    }
    setChecking(true);
    setError(null);
    try {
      await createApiClient(key).get('/api/me');
      onSignedIn(key);
    } catch (problem) {
      setError(problem instanceof ApiError && problem.status === 401 ? 'This API key is not valid.' : messageOf(problem));
    } finally {
      setChecking(false);
    }
  }

  return (
    <main className="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Workflow Studio</h1>
        <p>Sign in with an API key. On first start the host writes the admin key to <code>data/admin-key.txt</code>.</p>
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          autoFocus
          value={apiKey}
          onChange={(event) => setApiKey(event.target.value)}
        />
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={checking || !apiKey.trim()}>
          {checking ? 'Checking…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
