import type { TemplateField } from '../../api/types';
import { FieldInput } from './FieldInput';
import { isRequired, labelOf, typeOf, type FormValue } from './form';

interface Props {
  field: TemplateField;
  value: FormValue;
  /** The form's own problem and the server's, shown under the control. */
  problems: readonly string[];
  onChange: (value: FormValue) => void;
}

const durationHint = 'An ISO-8601 duration: PT30M is 30 minutes, PT24H a day, P3D three days.';

/** One field of the setup form: its label (marked when it needs a value), control, help text and problems. */
export function TemplateFieldControl({ field, value, problems, onChange }: Props) {
  const id = `template-field-${field.name}`;
  const hint = [field.description, typeOf(field) === 'duration' ? durationHint : null].filter(Boolean).join(' ');
  const described = [hint ? `${id}-hint` : null, problems.length ? `${id}-problems` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={problems.length ? 'field has-errors' : 'field'} data-testid={id}>
      <label htmlFor={id}>
        {labelOf(field)}
        {isRequired(field) && (
          <span className="required" title="needs a value">
            *
          </span>
        )}
      </label>
      <FieldInput id={id} field={field} value={value} invalid={problems.length > 0} describedBy={described} onChange={onChange} />
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {problems.length > 0 && (
        <span id={`${id}-problems`}>
          {problems.map((problem) => (
            <span key={problem} role="alert" className="field-error">
              {problem}
            </span>
          ))}
        </span>
      )}
    </div>
  );
}
