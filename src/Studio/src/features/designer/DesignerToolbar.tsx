interface Props {
  title: string;
  version: number | undefined;
  publishedVersion: number | null;
  dirty: boolean;
  busy: boolean;
  status: string | null;
  errorCount: number;
  /** Save and publish are disabled for roles that may not edit. */
  canEdit: boolean;
  onBack: () => void;
  onSave: () => void;
  onPublish: () => void;
  onExport: () => void;
  onHistory: () => void;
  onRun: () => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onLayout: () => void;
}

export function DesignerToolbar({ title, version, publishedVersion, dirty, busy, status, errorCount, canEdit, onBack, onSave, onPublish, onExport, onHistory, onRun, canUndo, canRedo, onUndo, onRedo, onLayout }: Props) {
  return (
    <header className="designer-toolbar">
      <button type="button" onClick={onBack} aria-label="Back to workflows">
        ← Workflows
      </button>
      <h1>{title}</h1>
      <span className="muted">
        {version ? `v${version}` : 'new'}
        {publishedVersion ? ` · published v${publishedVersion}` : ' · not published'}
      </span>
      {dirty && <span className="badge">unsaved</span>}
      {errorCount > 0 && (
        <span className="badge error" role="status">
          {errorCount} error{errorCount === 1 ? '' : 's'}
        </span>
      )}
      <span className="status" role="status" aria-live="polite">
        {status}
      </span>
      <div className="toolbar">
        {canEdit && (
          <>
            <button type="button" onClick={onUndo} disabled={!canUndo} title="Ctrl+Z">
              Undo
            </button>
            <button type="button" onClick={onRedo} disabled={!canRedo} title="Ctrl+Shift+Z or Ctrl+Y">
              Redo
            </button>
            <button type="button" onClick={onLayout} title="Arrange left to right">
              Auto-layout
            </button>
          </>
        )}
        <button type="button" onClick={onRun}>
          Run…
        </button>
        <button type="button" onClick={onHistory} disabled={!version}>
          History
        </button>
        <button type="button" onClick={onExport}>
          Export
        </button>
        <button type="button" onClick={onSave} disabled={busy || !canEdit} title={canEdit ? 'Ctrl+S' : 'Your role may not edit'}>
          Save draft
        </button>
        <button type="button" className="primary" onClick={onPublish} disabled={busy || !canEdit} title={canEdit ? undefined : 'Your role may not publish'}>
          Publish
        </button>
      </div>
    </header>
  );
}
