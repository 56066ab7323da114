import type { TemplateField } from '../../api/types';
import { isRequired, typeOf, type FormValue } from './form';

interface Props {
  id: string;
  field: TemplateField;
  value: FormValue;
  invalid: boolean;
  describedBy?: string;
  onChange: (value: FormValue) => void;
}

/** The control of one template field, by its type. Numbers are typed as text, so the form's own checks say what is wrong. */
export function FieldInput({ id, field, value, invalid, describedBy, onChange }: Props) {
  const text = typeof value === 'string' ? value : '';
  const common = { id, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy, 'aria-required': isRequired(field) || undefined };
  const textInput = (type: string, extra: { inputMode?: 'decimal' | 'numeric'; placeholder?: string } = {}) => (
    <input {...common} type={type} value={text} onChange={(event) => onChange(event.target.value)} {...extra} />
  );

  switch (typeOf(field)) {
    case 'text':
      return <textarea {...common} rows={4} value={text} onChange={(event) => onChange(event.target.value)} />;
    case 'number':
      return textInput('text', { inputMode: 'decimal' });
    case 'integer':
      return textInput('text', { inputMode: 'numeric' });
    case 'boolean':
      return (
        <label className="switch">
          <input {...common} type="checkbox" role="switch" checked={value === true} onChange={(event) => onChange(event.target.checked)} />
          <span>{value === true ? 'on' : 'off'}</span>
        </label>
      );
    case 'select':
      return (
        <select {...common} value={text} onChange={(event) => onChange(event.target.value)}>
          {(isRequired(field) || !field.options?.includes(text)) && <option value="">Choose…</option>}
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
    case 'duration':
      return textInput('text', { placeholder: 'ISO-8601, such as PT24H or P3D' });
    case 'email':
      return textInput('email', { placeholder: 'name@example.com' });
    case 'url':
      return textInput('url', { placeholder: 'https://…' });
    default:
      return textInput('text');
  }
}
