import type { JournalEntry } from '../../api/types';

/** The journal of an instance, one line per event, in order. */
export function JournalTimeline({ entries }: { entries: JournalEntry[] }) {
  return (
    <section aria-label="Journal">
      <h2>Journal</h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.seq} className={`event-${entry.event.toLowerCase()}`}>
            <time dateTime={entry.at}>{new Date(entry.at).toLocaleTimeString()}</time> <strong>{entry.activityId}</strong> {entry.event}
            {entry.outcome ? ` → ${entry.outcome}` : ''}
            {entry.durationMs != null ? <span className="muted"> {Math.round(entry.durationMs)} ms</span> : null}
            {entry.error ? <span className="error-text"> {entry.error}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
