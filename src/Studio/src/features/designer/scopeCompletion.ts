import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { autocompletion } from '@codemirror/autocomplete';
import { SCOPE_ROOTS, scopeMembers } from '../../graph/scope';

/** Completes `input`, `vars`, `outputs.<id>`, `trigger`, `workflow` and their known members. */
export function scopeCompletion(activityIds: readonly string[], language: 'js' | 'liquid') {
  function complete(context: CompletionContext): CompletionResult | null {
    if (language === 'liquid' && !insideLiquidTag(context)) {
      return null;
    }
    const member = context.matchBefore(/[A-Za-z_$][\w$]*\.[\w$-]*/);
    if (member) {
      const [path, partial = ''] = splitLast(member.text);
      const options = scopeMembers(path, activityIds).map((label) => ({ label, type: 'property' }));
      return options.length ? { from: member.to - partial.length, options, validFor: /^[\w$-]*$/ } : null;
    }
    const word = context.matchBefore(/[A-Za-z_$][\w$]*/);
    if (!word && !context.explicit) {
      return null;
    }
    return {
      from: word?.from ?? context.pos,
      options: SCOPE_ROOTS.map((entry) => ({ label: entry.label, detail: entry.detail, type: 'variable' })),
      validFor: /^[\w$]*$/,
    };
  }
  return autocompletion({ override: [complete] });
}

function splitLast(text: string): [string, string] {
  const dot = text.lastIndexOf('.');
  return [text.slice(0, dot), text.slice(dot + 1)];
}

function insideLiquidTag(context: CompletionContext): boolean {
  const before = context.state.sliceDoc(0, context.pos);
  const open = Math.max(before.lastIndexOf('{{'), before.lastIndexOf('{%'));
  const close = Math.max(before.lastIndexOf('}}'), before.lastIndexOf('%}'));
  return open > close;
}
