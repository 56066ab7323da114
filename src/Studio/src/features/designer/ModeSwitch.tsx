import { EDITABLE_MODES, MODE_LABELS, type ValueMode } from '../../graph/expressions';

interface Props {
  name: string;
  mode: ValueMode;
  /** The modes offered; Literal, JavaScript and Liquid by default. */
  modes?: readonly ValueMode[];
  onChange: (mode: ValueMode) => void;
}

/** Literal / JavaScript / Liquid (/ Secret), as a radio group. */
export function ModeSwitch({ name, mode, modes = EDITABLE_MODES, onChange }: Props) {
  return (
    <div className="mode-switch" role="radiogroup" aria-label={`${name} value mode`}>
      {modes.map((option) => (
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={mode === option}
          className={mode === option ? 'selected' : undefined}
          onClick={() => onChange(option)}
        >
          {MODE_LABELS[option]}
        </button>
      ))}
    </div>
  );
}
