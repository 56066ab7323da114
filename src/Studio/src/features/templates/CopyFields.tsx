interface Props {
  template: { id: string; name?: string | null };
  id: string;
  name: string;
  idProblems: readonly string[];
  onIdChange: (id: string) => void;
  onNameChange: (name: string) => void;
}

/** The copy's own id and name, both optional: the server picks the template's id (or the next free one) and name. */
export function CopyFields({ template, id, name, idProblems, onIdChange, onNameChange }: Props) {
  return (
    <fieldset className="copy-fields">
      <legend>Your copy</legend>
      <div className={idProblems.length ? 'field has-errors' : 'field'}>
        <label htmlFor="template-copy-id">Copy id</label>
        <input
          id="template-copy-id"
          value={id}
          placeholder={template.id}
          aria-invalid={idProblems.length > 0 || undefined}
          aria-describedby="template-copy-id-hint"
          onChange={(event) => onIdChange(event.target.value)}
        />
        <span id="template-copy-id-hint" className="hint">
          Optional: by default {template.id}, or {template.id}-2, -3… when that is taken.
        </span>
        {idProblems.map((problem) => (
          <span key={problem} role="alert" className="field-error">
            {problem}
          </span>
        ))}
      </div>
      <div className="field">
        <label htmlFor="template-copy-name">Copy name</label>
        <input id="template-copy-name" value={name} placeholder={template.name ?? template.id} onChange={(event) => onNameChange(event.target.value)} />
      </div>
    </fieldset>
  );
}
