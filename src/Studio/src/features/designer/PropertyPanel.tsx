import type { ActivityDescriptor } from '../../api/types';
import { NodeProperties } from './NodeProperties';
import { WorkflowProperties } from './WorkflowProperties';
import type { WorkflowDraft } from './useWorkflowDraft';

interface Props {
  draft: WorkflowDraft;
  descriptors: ReadonlyMap<string, ActivityDescriptor>;
}

/** The right-hand panel; `nokey` keeps the canvas's Delete key away from its inputs. */
export function PropertyPanel({ draft, descriptors }: Props) {
  const selected = draft.nodes.filter((node) => node.selected);
  const node = selected.length === 1 ? selected[0] : undefined;
  return (
    <aside className="properties nokey" aria-label="Properties">
      {node ? (
        <NodeProperties key={node.id} node={node} descriptor={descriptors.get(node.data.activity.type)} draft={draft} />
      ) : (
        <WorkflowProperties draft={draft} />
      )}
    </aside>
  );
}
