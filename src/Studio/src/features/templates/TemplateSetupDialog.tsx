import { useState, type FormEvent } from 'react';
import { useInstantiateTemplate } from '../../api/queries';
import type { InstantiationResult, TemplateSummary } from '../../api/types';
import { Dialog } from '../../ui/Dialog';
import { CopyFields } from './CopyFields';
import { TemplateFieldControl } from './TemplateFieldControl';
import { checkValues, copyIdProblem, fieldProblem, initialValues, noServerProblems, placeServerErrors, type FormValue, type ServerProblems } from './form';

interface Props {
  template: TemplateSummary;
  onCreated: (created: InstantiationResult) => void;
  onClose: () => void;
}

/**
 * The setup form generated from a template's fields. The form's own checks show once a field was changed or the form
 * sent; the server's refusals show on their field until it changes.
 */
export function TemplateSetupDialog({ template, onCreated, onClose }: Props) {
  const [values, setValues] = useState(() => initialValues(template.fields));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [sent, setSent] = useState(false);
  const [copyId, setCopyId] = useState('');
  const [copyName, setCopyName] = useState('');
  const [server, setServer] = useState<ServerProblems>(noServerProblems);
  const instantiate = useInstantiateTemplate(template.id);
  const title = template.name || template.id;

  function change(name: string, value: FormValue) {
    setValues((current) => ({ ...current, [name]: value }));
    setTouched((current) => new Set(current).add(name));
    setServer((current) => ({ ...current, byField: { ...current.byField, [name]: [] } }));
  }

  function changeCopyId(id: string) {
    setCopyId(id);
    setServer((current) => ({ ...current, id: [] }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSent(true);
    const checked = checkValues(template.fields, values);
    if (Object.keys(checked.problems).length > 0 || copyIdProblem(copyId)) return;
    setServer(noServerProblems);
    instantiate.mutate(
      { values: checked.values, id: copyId || undefined, name: copyName.trim() || undefined },
      {
        onSuccess: onCreated,
        onError: (error) => setServer(placeServerErrors(error, template.fields)),
      },
    );
  }

  const idProblems = [copyIdProblem(copyId), ...server.id].filter((problem): problem is string => !!problem);
  return (
    <Dialog title={`Use template ${title}`} onClose={onClose} className="template-setup">
      <form noValidate onSubmit={submit} aria-label={`Set up ${title}`}>
        {template.description && <p className="muted">{template.description}</p>}
        {template.fields.length === 0 && <p className="muted">This template asks for nothing.</p>}
        {template.fields.map((field) => {
          const own = touched.has(field.name) || sent ? fieldProblem(field, values[field.name]) : null;
          const problems = [own, ...(server.byField[field.name] ?? [])].filter((problem): problem is string => !!problem);
          return <TemplateFieldControl key={field.name} field={field} value={values[field.name] ?? ''} problems={problems} onChange={(value) => change(field.name, value)} />;
        })}
        <CopyFields template={template} id={copyId} name={copyName} idProblems={idProblems} onIdChange={changeCopyId} onNameChange={setCopyName} />
        {server.general.map((error) => (
          <p key={error.path + error.message} role="alert" className="field-error">
            <code>{error.path}</code> {error.message}
          </p>
        ))}
        {server.summary && (
          <p role="alert" className="error-banner">
            {server.summary}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={instantiate.isPending}>
            {instantiate.isPending ? 'Creating…' : 'Create workflow'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
