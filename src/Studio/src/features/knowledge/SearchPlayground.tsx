import { useState, type FormEvent } from 'react';
import { useSearch, type SearchRequest } from '../../api/knowledge';
import { ErrorBanner } from '../../ui/ErrorBanner';

const modes: SearchRequest['mode'][] = ['hybrid', 'vector', 'keyword'];

/** Tries a query against a space: the chunks found, their scores and sources. */
export function SearchPlayground({ spaceId }: { spaceId: string }) {
  const [q, setQ] = useState('');
  const [k, setK] = useState(6);
  const [mode, setMode] = useState<SearchRequest['mode']>('hybrid');
  const [request, setRequest] = useState<SearchRequest | null>(null);
  const search = useSearch(request);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (q.trim()) setRequest({ space: spaceId, q: q.trim(), k, mode });
  };

  return (
    <section aria-label="Search playground">
      <h2>Search</h2>
      <form className="filters" onSubmit={submit}>
        <label>
          Query
          <input type="search" value={q} onChange={(event) => setQ(event.target.value)} />
        </label>
        <label>
          Results
          <input type="number" min={1} max={100} value={k} onChange={(event) => setK(Number(event.target.value) || 6)} />
        </label>
        <label>
          Mode
          <select value={mode} onChange={(event) => setMode(event.target.value as SearchRequest['mode'])}>
            {modes.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          Search
        </button>
      </form>
      <ErrorBanner error={search.error} />
      {search.data?.length === 0 && <p className="muted">Nothing found.</p>}
      <ol className="plain-list hits" aria-label="Search results">
        {(search.data ?? []).map((hit, index) => (
          <li key={`${hit.docId}-${index}`} className="hit">
            <header>
              <span className="badge">{hit.score.toFixed(3)}</span> <strong>{hit.source ?? hit.docId}</strong>
            </header>
            <p>{hit.chunk}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
