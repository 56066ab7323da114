import { useMemo } from 'react';
import CodeMirror from '@uiw/react-codemirror';
import { EditorView } from '@codemirror/view';
import { javascript } from '@codemirror/lang-javascript';
import { json } from '@codemirror/lang-json';
import { liquid } from '@codemirror/lang-liquid';
import { scopeCompletion } from './scopeCompletion';

export type CodeLanguage = 'js' | 'liquid' | 'json';

interface Props {
  language: CodeLanguage;
  value: string;
  onChange: (text: string) => void;
  label: string;
  /** Activity ids offered after `outputs.` */
  activityIds?: readonly string[];
  invalid?: boolean;
}

/** CodeMirror, bundled: JavaScript and Liquid complete the expression scope; JSON for literal objects. */
export function CodeEditor({ language, value, onChange, label, activityIds = [], invalid }: Props) {
  const idsKey = activityIds.join(',');
  const extensions = useMemo(() => {
    const base = [EditorView.lineWrapping, EditorView.contentAttributes.of({ 'aria-label': label })];
    if (language === 'json') return [...base, json()];
    const ids = idsKey ? idsKey.split(',') : [];
    if (language === 'liquid') return [...base, liquid(), scopeCompletion(ids, 'liquid')];
    return [...base, javascript(), scopeCompletion(ids, 'js')];
  }, [language, label, idsKey]);

  return (
    <CodeMirror
      className={invalid ? 'code-editor invalid' : 'code-editor'}
      data-language={language}
      value={value}
      onChange={onChange}
      extensions={extensions}
      basicSetup={{ lineNumbers: false, foldGutter: false, highlightActiveLine: false, highlightActiveLineGutter: false }}
      minHeight="2.2em"
      maxHeight="14em"
    />
  );
}
