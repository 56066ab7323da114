import type { ElsaImportAnswer } from '../../api/types';
import { Dialog } from '../../ui/Dialog';

interface Props {
  report: ElsaImportAnswer;
  onOpen: () => void;
  onClose: () => void;
}

/** What the server reported while converting an Elsa 3 export: its warnings and the activities it could not map. */
export function ImportReport({ report, onOpen, onClose }: Props) {
  const { definition, warnings, unmapped } = report;
  return (
    <Dialog title={`Imported ${definition.name ?? definition.id} from Elsa`} onClose={onClose} className="import-report">
      <p>
        Saved as <code>{definition.id}</code> v{definition.version} with {definition.activities.length} activities.
      </p>
      <section aria-label="Unmapped activities">
        <h3>Unmapped activities ({unmapped.length})</h3>
        {unmapped.length === 0 ? (
          <p className="muted">Every activity was mapped.</p>
        ) : (
          <ul>
            {unmapped.map((item) => (
              <li key={item.activityId}>
                <code>{item.activityId}</code> <strong>{item.type}</strong>: {item.reason}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Warnings">
        <h3>Warnings ({warnings.length})</h3>
        {warnings.length === 0 ? (
          <p className="muted">No warnings.</p>
        ) : (
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>
                <code>{warning.path}</code> {warning.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="toolbar">
        <button type="button" className="primary" onClick={onOpen} autoFocus>
          Open in designer
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
