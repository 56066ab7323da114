import type { ActivityDefinition, RetryPolicy } from '../../api/types';
import type { PlacedError } from '../../graph/errors';

interface Props {
  activity: ActivityDefinition;
  errors: readonly PlacedError[];
  onChange: (update: (activity: ActivityDefinition) => ActivityDefinition) => void;
}

const durationHint = 'ISO-8601, such as PT30S';

/** The per-attempt time-out and the retry policy of the selected activity (workflow-format.md, "Retries"). */
export function ExecutionSettings({ activity, errors, onChange }: Props) {
  const retry = activity.retry ?? {};
  const idPrefix = `exec-${activity.id}`;

  function setRetry<K extends keyof RetryPolicy>(key: K, value: RetryPolicy[K] | undefined) {
    onChange((current) => {
      const next: RetryPolicy = { ...(current.retry ?? {}) };
      if (value === undefined) delete next[key];
      else next[key] = value;
      const { retry: _old, ...rest } = current;
      return Object.keys(next).length ? { ...rest, retry: next } : rest;
    });
  }

  function setAttemptTimeout(value: string) {
    onChange(({ timeout: _old, ...rest }) => (value ? { ...rest, timeout: value } : rest));
  }

  const number = (text: string) => (text === '' ? undefined : Number(text));
  const fieldErrors = (field: string) => errors.filter((error) => error.field === field);

  return (
    <details className="execution-settings" open={Boolean(activity.retry || activity.timeout)}>
      <summary>Retries and time-out</summary>
      <div className="field">
        <label htmlFor={`${idPrefix}-timeout`}>Time-out of one attempt</label>
        <input id={`${idPrefix}-timeout`} value={activity.timeout ?? ''} placeholder={durationHint} onChange={(event) => setAttemptTimeout(event.target.value)} />
        {fieldErrors('timeout').map((error) => (
          <span key={error.message} role="alert" className="field-error">
            {error.message}
          </span>
        ))}
      </div>
      <div className="field-grid">
        <label>
          Attempts
          <input type="number" min={1} value={retry.maxAttempts ?? ''} placeholder="1" onChange={(event) => setRetry('maxAttempts', number(event.target.value))} />
        </label>
        <label>
          Back-off
          <input type="number" min={1} step={0.5} value={retry.backoff ?? ''} placeholder="2" onChange={(event) => setRetry('backoff', number(event.target.value))} />
        </label>
        <label>
          First delay
          <input value={retry.initialDelay ?? ''} placeholder="PT1S" onChange={(event) => setRetry('initialDelay', event.target.value || undefined)} />
        </label>
        <label>
          Longest delay
          <input value={retry.maxDelay ?? ''} placeholder="PT1M" onChange={(event) => setRetry('maxDelay', event.target.value || undefined)} />
        </label>
      </div>
      {fieldErrors('retry').map((error) => (
        <span key={error.path + error.message} role="alert" className="field-error">
          <code>{error.path}</code> {error.message}
        </span>
      ))}
    </details>
  );
}
