import { useState } from 'react';
import { useRestoreVersion, useVersions } from '../../api/queries';
import type { WorkflowDefinition } from '../../api/types';
import { Dialog } from '../../ui/Dialog';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { VersionCompare } from './VersionCompare';
import { VersionPicker } from './VersionPicker';

interface Props {
  id: string;
  canRestore: boolean;
  /** Unsaved changes in the designer are lost by a restore. */
  unsaved: boolean;
  onRestored: (definition: WorkflowDefinition) => void;
  onClose: () => void;
}

/** The versions of a workflow, the difference of two of them, and restore (a copy of an old version as a new draft). */
export function VersionHistory({ id, canRestore, unsaved, onRestored, onClose }: Props) {
  const versions = useVersions(id);
  const restore = useRestoreVersion(id);
  const list = [...(versions.data ?? [])].sort((a, b) => b.version - a.version);
  const [picked, setPicked] = useState<{ before: number; after: number } | null>(null);
  const latest = list[0]?.version;
  const compare = picked ?? (list.length > 1 ? { before: list[1]!.version, after: list[0]!.version } : null);

  return (
    <Dialog title="Version history" onClose={onClose} className="version-history">
      <ErrorBanner error={versions.error ?? restore.error} />
      <table className="versions">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Published</th>
            <th scope="col">Saved</th>
            <th scope="col">By</th>
            <th scope="col" aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {list.map((version) => (
            <tr key={version.version}>
              <td>v{version.version}</td>
              <td>{version.published ? 'published' : ''}</td>
              <td className="muted">{new Date(version.createdAt).toLocaleString()}</td>
              <td className="muted">{version.createdBy ?? ''}</td>
              <td>
                {canRestore && version.version !== latest && (
                  <button
                    type="button"
                    disabled={restore.isPending}
                    aria-label={`Restore v${version.version}`}
                    onClick={() => (!unsaved || confirm('Restoring drops your unsaved changes. Restore?')) && restore.mutate(version.version, { onSuccess: onRestored })}
                  >
                    Restore
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {compare && (
        <>
          <VersionPicker versions={list.map((v) => v.version)} value={compare} onChange={setPicked} />
          <VersionCompare id={id} before={compare.before} after={compare.after} />
        </>
      )}
      <div className="toolbar">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
