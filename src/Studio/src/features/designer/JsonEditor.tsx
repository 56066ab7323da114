import { useState } from 'react';
import type { Json } from '../../api/types';
import { CodeEditor } from './CodeEditor';

interface Props {
  label: string;
  value: Json | undefined;
  onChange: (value: Json | undefined) => void;
}

/** A literal object, array or any value as JSON; the value changes only while the text parses. */
export function JsonEditor({ label, value, onChange }: Props) {
  const [text, setText] = useState(() => (value === undefined ? '' : JSON.stringify(value, null, 2)));
  const [invalid, setInvalid] = useState(false);

  function edit(next: string) {
    setText(next);
    if (next.trim() === '') {
      setInvalid(false);
      onChange(undefined);
      return;
    }
    try {
      const parsed = JSON.parse(next) as Json;
      setInvalid(false);
      onChange(parsed);
    } catch {
      setInvalid(true);
    }
  }

  return (
    <>
      <CodeEditor language="json" label={label} value={text} onChange={edit} invalid={invalid} />
      {invalid && <span className="hint error-text">Not valid JSON yet; the last valid value is kept.</span>}
    </>
  );
}
