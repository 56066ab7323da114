import { useReactFlow } from '@xyflow/react';
import type { ActivityDescriptor } from '../../api/types';
import type { StudioNode } from '../../canvas/types';
import { ExecutionSettings } from './ExecutionSettings';
import { InputField } from './InputField';
import type { WorkflowDraft } from './useWorkflowDraft';

interface Props {
  node: StudioNode;
  descriptor: ActivityDescriptor | undefined;
  draft: WorkflowDraft;
}

/** The selected activity: display name, one field per descriptor input, and errors that name no input. */
export function NodeProperties({ node, descriptor, draft }: Props) {
  const { deleteElements } = useReactFlow();
  const activity = node.data.activity;
  const errors = draft.errors.byNode[node.id] ?? [];
  const inputNames = new Set(descriptor?.inputs.map((input) => input.name));
  const otherErrors = errors.filter((error) => !error.field || !(inputNames.has(error.field) || error.field === 'retry' || error.field === 'timeout'));
  const activityIds = draft.nodes.map((n) => n.id);

  return (
    <section aria-label={`Properties of ${node.id}`}>
      <header className="panel-header">
        <h2>{descriptor?.displayName ?? activity.type}</h2>
        <code>{node.id}</code>
      </header>
      {descriptor?.description && <p className="hint">{descriptor.description}</p>}
      <div className="field">
        <label htmlFor={`name-${node.id}`}>Display name</label>
        <input
          id={`name-${node.id}`}
          value={activity.name ?? ''}
          placeholder={node.id}
          onChange={(event) => draft.updateActivity(node.id, (a) => ({ ...a, name: event.target.value || undefined }))}
        />
      </div>
      {otherErrors.map((error) => (
        <p key={error.path + error.message} role="alert" className="field-error">
          <code>{error.path}</code> {error.message}
        </p>
      ))}
      {!descriptor && <p className="error-text">The server does not describe the type {activity.type}; its inputs are kept as they are.</p>}
      {descriptor?.inputs.map((input) => (
        <InputField
          key={`${node.id}/${input.name}`}
          activityId={node.id}
          input={input}
          value={activity.inputs?.[input.name]}
          errors={errors.filter((error) => error.field === input.name)}
          activityIds={activityIds}
          onChange={(value) => draft.setInput(node.id, input.name, value)}
        />
      ))}
      <ExecutionSettings activity={activity} errors={errors} onChange={(update) => draft.updateActivity(node.id, update)} />
      <button type="button" className="danger" onClick={() => void deleteElements({ nodes: [{ id: node.id }] })}>
        Delete activity
      </button>
    </section>
  );
}
