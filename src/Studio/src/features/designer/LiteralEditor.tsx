import type { InputDescriptor, Json } from '../../api/types';
import { JsonEditor } from './JsonEditor';

interface Props {
  id: string;
  input: InputDescriptor;
  value: Json | undefined;
  onChange: (value: Json | undefined) => void;
}

/** The editor for a literal value, by the input's type: select, text, number, switch, duration or JSON. */
export function LiteralEditor({ id, input, value, onChange }: Props) {
  const placeholder = input.default === undefined || input.default === null ? undefined : `default: ${JSON.stringify(input.default)}`;

  if (input.options?.length) {
    return (
      <select id={id} value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{placeholder ?? '(not set)'}</option>
        {input.options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  }

  switch (input.type) {
    case 'string':
    case 'duration':
      return (
        <input
          id={id}
          type="text"
          value={typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)}
          placeholder={placeholder ?? (input.type === 'duration' ? 'ISO-8601, such as PT30S' : undefined)}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
        />
      );
    case 'number':
      return (
        <input
          id={id}
          type="number"
          value={typeof value === 'number' ? value : ''}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
        />
      );
    case 'boolean':
      return (
        <label className="switch">
          <input id={id} type="checkbox" role="switch" checked={value === true} onChange={(event) => onChange(event.target.checked)} />
          <span>{value === undefined ? `not set${placeholder ? ` (${placeholder})` : ''}` : value ? 'on' : 'off'}</span>
        </label>
      );
    default:
      return <JsonEditor label={input.name} value={value} onChange={onChange} />;
  }
}
