import { useEffect, useState } from 'react';
import { ApiError, messageOf } from '../../api/client';
import { useApi } from '../../api/context';
import { createSseParser } from '../../api/sse';
import type { JournalEntry } from '../../api/types';

export interface JournalStreamState {
  entries: JournalEntry[];
  /** The instance's final status once the stream ended; null while it runs. */
  ended: string | null;
  error: string | null;
}

const reconnectDelayMs = 1000;

/**
 * Follows GET /api/instances/{id}/stream: journal entries as they happen, then `end` with the final status. A stream
 * that closes before `end` (a proxy's time-out, a restarted host) is opened again; the server replays the journal from
 * its start, and entries already seen are dropped by seq.
 */
export function useJournalStream(instanceId: string): JournalStreamState {
  const api = useApi();
  const [state, setState] = useState<JournalStreamState>({ entries: [], ended: null, error: null });

  useEffect(() => {
    const abort = new AbortController();
    const seen = new Set<number>();
    setState({ entries: [], ended: null, error: null });

    async function readOnce(): Promise<boolean> {
      const reader = (await api.stream(`/api/instances/${encodeURIComponent(instanceId)}/stream`, abort.signal)).getReader();
      const decoder = new TextDecoder();
      const parse = createSseParser();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return false;
        const events = parse(decoder.decode(value, { stream: true }));
        const entries = events
          .filter((event) => event.event === 'journal')
          .map((event) => JSON.parse(event.data) as JournalEntry)
          .filter((entry) => !seen.has(entry.seq) && seen.add(entry.seq));
        const end = events.find((event) => event.event === 'end');
        const ended = end ? ((JSON.parse(end.data) as { status?: string }).status ?? 'ended') : null;
        if (entries.length > 0 || ended) {
          setState((current) => ({ entries: entries.length > 0 ? [...current.entries, ...entries] : current.entries, ended: ended ?? current.ended, error: null }));
        }
        if (ended) return true;
      }
    }

    void (async () => {
      while (!abort.signal.aborted) {
        try {
          if (await readOnce()) return;
        } catch (error) {
          if (abort.signal.aborted) return;
          setState((current) => ({ ...current, error: messageOf(error) }));
          if (error instanceof ApiError && error.status < 500) return; // not found or not allowed: trying again will not help
        }
        await new Promise((resolve) => setTimeout(resolve, reconnectDelayMs));
      }
    })();
    return () => abort.abort();
  }, [api, instanceId]);

  return state;
}
