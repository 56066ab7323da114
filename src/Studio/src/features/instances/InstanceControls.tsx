import { useControlInstance } from '../../api/instances';
import type { InstanceDetail } from '../../api/types';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { usePermissions } from '../session';

interface Props {
  instance: InstanceDetail;
  /** Called once a retry or cancel has been answered, so the run view follows the new journal. */
  onControlled: () => void;
}

/** Retry a faulted instance from its failed activity, or cancel one that has not ended. */
export function InstanceControls({ instance, onControlled }: Props) {
  const { canRun } = usePermissions();
  const retry = useControlInstance(instance.id, 'retry');
  const cancel = useControlInstance(instance.id, 'cancel');
  const ended = instance.status === 'Finished' || instance.status === 'Cancelled';
  if (!canRun) return null;
  return (
    <div className="toolbar" role="group" aria-label="Instance actions">
      <button type="button" className="primary" disabled={instance.status !== 'Faulted' || retry.isPending} onClick={() => retry.mutate(undefined, { onSuccess: onControlled })}>
        Retry
      </button>
      <button
        type="button"
        disabled={ended || cancel.isPending}
        onClick={() => confirm(`Cancel instance ${instance.id}?`) && cancel.mutate(undefined, { onSuccess: onControlled })}
      >
        Cancel instance
      </button>
      <ErrorBanner error={retry.error ?? cancel.error} />
    </div>
  );
}
