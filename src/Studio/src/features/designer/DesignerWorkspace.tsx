import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { ApiError, messageOf } from '../../api/client';
import { usePublishWorkflow, useSaveWorkflow } from '../../api/queries';
import type { ActivityDescriptor, WorkflowDefinition } from '../../api/types';
import { VersionHistory } from '../history';
import { RunDialog } from '../runs';
import { usePermissions } from '../session';
import { placeErrors } from '../../graph/errors';
import { downloadJson } from '../../ui/download';
import { Canvas } from './Canvas';
import { DesignerToolbar } from './DesignerToolbar';
import { Palette } from './Palette';
import { PropertyPanel } from './PropertyPanel';
import { useUndoShortcuts } from './useUndoShortcuts';
import { useClipboardShortcuts } from './useClipboardShortcuts';
import { useWorkflowDraft } from './useWorkflowDraft';

interface Props {
  initial: WorkflowDefinition;
  descriptors: readonly ActivityDescriptor[];
  publishedVersion: number | null;
  onBack: () => void;
  /** A version was restored as the new draft: the designer reopens on it. */
  onRestored: () => void;
  onOpenRun: (instanceId: string) => void;
}

/** Palette, canvas and property panel around one open workflow; save draft and publish. */
export function DesignerWorkspace({ initial, descriptors, publishedVersion, onBack, onRestored, onOpenRun }: Props) {
  const draft = useWorkflowDraft(initial);
  const save = useSaveWorkflow();
  const publish = usePublishWorkflow();
  const [status, setStatus] = useState<string | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const [showRun, setShowRun] = useState(false);
  const { canEdit, canRun } = usePermissions();
  const canvasArea = useRef<HTMLDivElement>(null);
  const { screenToFlowPosition, fitView } = useReactFlow();
  const byType = useMemo(() => new Map(descriptors.map((d) => [d.type, d])), [descriptors]);
  const errorCount = useMemo(
    () => Object.values(draft.errors.byNode).flat().length + Object.values(draft.errors.byEdge).flat().length + draft.errors.general.length,
    [draft.errors],
  );

  useWarnBeforeLeaving(draft.dirty);
  useShortcut('s', () => canEdit && void saveDraft());
  useUndoShortcuts(canEdit, draft.undo, draft.redo);
  useClipboardShortcuts(canEdit, draft.copy, draft.paste);

  /** Auto-layout, then the whole flow in view once React Flow has the new positions. */
  function layout() {
    draft.layout();
    requestAnimationFrame(() => void fitView({ maxZoom: 1, duration: 200 }));
  }

  const addAtCentre = useCallback(
    (type: string) => {
      const box = canvasArea.current?.getBoundingClientRect();
      const centre = box ? screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }) : { x: 0, y: 0 };
      draft.addActivity(type, { x: centre.x - 100 + draft.nodes.length * 12, y: centre.y - 30 + draft.nodes.length * 12 });
    },
    [draft, screenToFlowPosition],
  );

  /** Saves the draft; answers whether it was accepted. Validation errors go onto the nodes and fields. */
  async function saveDraft(): Promise<boolean> {
    const definition = draft.definition();
    setStatus('Saving…');
    try {
      const saved = await save.mutateAsync(definition);
      draft.markSaved(saved);
      setStatus(`Saved v${saved.version}`);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors?.length) {
        draft.setErrors(placeErrors(error.problem.errors, definition));
        setStatus('Not saved: the definition is not valid');
      } else {
        setStatus(`Not saved: ${messageOf(error)}`);
      }
      return false;
    }
  }

  async function saveAndPublish() {
    if ((draft.dirty || !draft.document.version) && !(await saveDraft())) {
      return;
    }
    try {
      const published = await publish.mutateAsync(draft.document.id);
      setStatus(`Published v${published.version}`);
    } catch (error) {
      setStatus(`Not published: ${messageOf(error)}`);
    }
  }

  function exportDefinition() {
    const { version: _version, ...definition } = draft.definition();
    downloadJson(`${definition.id}.json`, definition);
  }

  return (
    <div className="designer">
      <DesignerToolbar
        title={draft.document.name ?? draft.document.id}
        version={draft.document.version}
        publishedVersion={publishedVersion}
        dirty={draft.dirty}
        busy={save.isPending || publish.isPending}
        status={status}
        errorCount={errorCount}
        onBack={() => (!draft.dirty || confirm('Leave without saving?')) && onBack()}
        onSave={() => void saveDraft()}
        onPublish={() => void saveAndPublish()}
        onExport={exportDefinition}
        onHistory={() => setShowHistory(true)}
        onRun={() => setShowRun(true)}
        canEdit={canEdit}
        canUndo={draft.canUndo}
        canRedo={draft.canRedo}
        onUndo={draft.undo}
        onRedo={draft.redo}
        onLayout={layout}
      />
      {showRun && (
        <RunDialog
          workflowId={draft.document.id}
          publishedVersion={publishedVersion}
          canRun={canRun}
          onClose={() => setShowRun(false)}
          onOpenRun={(instanceId) => (!draft.dirty || confirm('Leave without saving?')) && onOpenRun(instanceId)}
        />
      )}
      {showHistory && (
        <VersionHistory
          id={draft.document.id}
          canRestore={canEdit}
          unsaved={draft.dirty}
          onClose={() => setShowHistory(false)}
          onRestored={() => {
            setShowHistory(false);
            onRestored();
          }}
        />
      )}
      <div className="designer-body">
        <Palette descriptors={descriptors} onAdd={addAtCentre} />
        <div className="canvas-area" ref={canvasArea}>
          <Canvas draft={draft} descriptors={byType} />
        </div>
        <PropertyPanel draft={draft} descriptors={byType} />
      </div>
    </div>
  );
}

/** Ctrl (or Cmd) + key, anywhere in the designer. */
function useShortcut(key: string, action: () => void) {
  const latest = useRef(action);
  latest.current = action;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === key) {
        event.preventDefault();
        latest.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key]);
}

function useWarnBeforeLeaving(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
