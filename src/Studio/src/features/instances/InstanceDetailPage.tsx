import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useInstanceDetail, useJournal } from '../../api/instances';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { RunView } from '../runs';
import { BookmarkList } from './BookmarkList';
import { IncidentList } from './IncidentList';
import { InstanceControls } from './InstanceControls';
import { JournalTimeline } from './JournalTimeline';

interface Props {
  instanceId: string;
  onOpenDesigner: (workflowId: string) => void;
}

/** One instance: the run view of its version's graph, then its incidents (with Retry and Cancel), bookmarks and journal. */
export function InstanceDetailPage({ instanceId, onOpenDesigner }: Props) {
  const instance = useInstanceDetail(instanceId);
  const journal = useJournal(instanceId, instance.data?.status === 'Running' || instance.data?.status === 'Suspended');
  const client = useQueryClient();
  // A retry writes new journal lines after the stream the run view followed had ended: a new generation follows them.
  const [generation, setGeneration] = useState(0);
  const controlled = () => {
    setGeneration((value) => value + 1);
    void client.invalidateQueries({ queryKey: ['instances', instanceId] });
  };

  return (
    <div className="instance-detail">
      <RunView key={generation} instanceId={instanceId} onOpenDesigner={onOpenDesigner} />
      <div className="instance-panels">
        <ErrorBanner error={instance.error ?? journal.error} />
        {instance.data && (
          <>
            <div>
              <InstanceControls instance={instance.data} onControlled={controlled} />
              <IncidentList incidents={instance.data.incidents} />
              <BookmarkList bookmarks={instance.data.bookmarks} />
            </div>
            <JournalTimeline entries={journal.data ?? []} />
          </>
        )}
      </div>
    </div>
  );
}
