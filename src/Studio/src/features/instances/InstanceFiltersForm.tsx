import { useState, type FormEvent } from 'react';
import { STATUSES, type InstanceFilters } from './filters';

interface Props {
  value: InstanceFilters;
  onApply: (filters: InstanceFilters) => void;
}

/** The instance list's filters; applied on submit so typing does not query on every key. */
export function InstanceFiltersForm({ value, onApply }: Props) {
  const [draft, setDraft] = useState(value);
  const set = (name: keyof InstanceFilters) => (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters instance-filters" aria-label="Instance filters" onSubmit={submit}>
      <label>
        Workflow
        <input value={draft.workflowId} onChange={set('workflowId')} placeholder="workflow id" />
      </label>
      <label>
        Status
        <select value={draft.status} onChange={set('status')}>
          <option value="">Any</option>
          {STATUSES.map((status) => (
            <option key={status}>{status}</option>
          ))}
        </select>
      </label>
      <label>
        Correlation id
        <input value={draft.correlationId} onChange={set('correlationId')} />
      </label>
      <label>
        From
        <input type="date" value={draft.from} onChange={set('from')} />
      </label>
      <label>
        To
        <input type="date" value={draft.to} onChange={set('to')} />
      </label>
      <button type="submit" className="primary">
        Apply
      </button>
    </form>
  );
}
