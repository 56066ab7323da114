import type { InputDescriptor, Json } from '../../api/types';
import type { PlacedError } from '../../graph/errors';
import { expression, expressionText, modeOf, modesFor, switchMode, type ValueMode } from '../../graph/expressions';
import { CodeEditor } from './CodeEditor';
import { LiteralEditor } from './LiteralEditor';
import { ModeSwitch } from './ModeSwitch';
import { SecretPicker } from './SecretPicker';

interface Props {
  activityId: string;
  input: InputDescriptor;
  value: Json | undefined;
  errors: readonly PlacedError[];
  activityIds: readonly string[];
  onChange: (value: Json | undefined) => void;
}

/** One input of the selected activity: its value mode, the editor for that mode, and the server's errors. */
export function InputField({ activityId, input, value, errors, activityIds, onChange }: Props) {
  // An input typed "expression" (If's condition) is JavaScript until said otherwise.
  const mode: ValueMode = value === undefined && input.type === 'expression' ? 'js' : modeOf(value);
  const fieldId = `input-${activityId}-${input.name}`;

  function changeMode(next: ValueMode) {
    onChange(switchMode(value, next));
  }

  return (
    <div className={errors.length ? 'field has-errors' : 'field'} data-testid={`field-${input.name}`}>
      <div className="field-header">
        <label htmlFor={fieldId}>
          {input.name}
          {input.required && <span className="required" aria-label="required">*</span>}
        </label>
        {input.supportsExpressions && <ModeSwitch name={input.name} mode={mode} modes={modesFor(input, mode)} onChange={changeMode} />}
      </div>
      {mode === 'js' || mode === 'liquid' ? (
        <CodeEditor
          key={mode}
          language={mode}
          label={`${input.name} (${mode === 'js' ? 'JavaScript' : 'Liquid'})`}
          value={expressionText(value)}
          activityIds={activityIds}
          onChange={(text) => onChange(expression(mode, text))}
          invalid={errors.length > 0}
        />
      ) : mode === 'secret' ? (
        <SecretPicker id={fieldId} label={`${input.name} (secret)`} value={expressionText(value)} onChange={(name) => onChange(expression('secret', name))} />
      ) : (
        <LiteralEditor key={`${activityId}-${input.name}`} id={fieldId} input={input} value={value} onChange={onChange} />
      )}
      {input.description && <span className="hint">{input.description}</span>}
      {errors.map((error) => (
        <span key={error.message} role="alert" className="field-error">
          {error.message}
        </span>
      ))}
    </div>
  );
}
