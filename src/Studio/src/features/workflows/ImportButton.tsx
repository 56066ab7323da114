import { useRef, useState } from 'react';
import { useImportWorkflow } from '../../api/queries';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ApiError } from '../../api/client';
import type { ElsaImportAnswer } from '../../api/types';
import { ImportReport } from './ImportReport';

/** Imports a JSON document (ours; Elsa 3 exports when the server maps them) through POST /api/workflows/import. */
export function ImportButton({ onImported }: { onImported: (id: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const importer = useImportWorkflow();
  const [parseError, setParseError] = useState<string | null>(null);
  const [report, setReport] = useState<ElsaImportAnswer | null>(null);

  async function read(file: File) {
    let document: unknown;
    importer.reset();
    setParseError(null);
    try {
      document = JSON.parse(await file.text());
    } catch {
      setParseError(`${file.name} is not a JSON document.`);
      return;
    }
    importer.mutate(document, { onSuccess: (answer) => (answer.converted ? setReport(answer) : onImported(answer.definition.id)) });
  }

  const details = importer.error instanceof ApiError ? importer.error.problem.errors ?? [] : [];
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} disabled={importer.isPending}>
        Import JSON…
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) {
            void read(file);
          }
        }}
      />
      {report && <ImportReport report={report} onOpen={() => onImported(report.definition.id)} onClose={() => setReport(null)} />}
      <ErrorBanner error={importer.error ?? (parseError && new Error(parseError))} />
      {details.length > 0 && (
        <ul className="error-list">
          {details.map((error) => (
            <li key={error.path + error.message}>
              <code>{error.path}</code> {error.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
