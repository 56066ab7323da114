// Input values: a JSON literal, or an expression object with one reserved key ($js, $liquid, $secret).

import type { Json } from '../api/types';

export type ValueMode = 'literal' | 'js' | 'liquid' | 'secret';

export const EDITABLE_MODES: readonly ValueMode[] = ['literal', 'js', 'liquid'];

export const MODE_LABELS: Record<ValueMode, string> = {
  literal: 'Literal',
  js: 'JavaScript',
  liquid: 'Liquid',
  secret: 'Secret',
};

const reservedKeys: Record<Exclude<ValueMode, 'literal'>, string> = { js: '$js', liquid: '$liquid', secret: '$secret' };

export function modeOf(value: Json | undefined): ValueMode {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1) {
      for (const [mode, key] of Object.entries(reservedKeys)) {
        if (keys[0] === key && typeof value[key] === 'string') {
          return mode as ValueMode;
        }
      }
    }
  }
  return 'literal';
}

/** The text of an expression value ('' for a literal). */
export function expressionText(value: Json | undefined): string {
  const mode = modeOf(value);
  if (mode === 'literal') {
    return '';
  }
  return (value as Record<string, string>)[reservedKeys[mode]] ?? '';
}

export function expression(mode: Exclude<ValueMode, 'literal'>, text: string): Json {
  return { [reservedKeys[mode]]: text };
}

/**
 * The value after switching its mode, keeping what can be kept: a literal becomes the JavaScript that yields it,
 * or the Liquid template of its text; an expression's text becomes a literal (parsed as JSON when it is JSON).
 */
export function switchMode(value: Json | undefined, to: ValueMode): Json | undefined {
  const from = modeOf(value);
  if (from === to) {
    return value;
  }
  if (to === 'literal') {
    const text = expressionText(value);
    if (from === 'js') {
      try {
        return JSON.parse(text) as Json;
      } catch {
        return text === '' ? undefined : text;
      }
    }
    return text === '' ? undefined : text;
  }
  if (from === 'literal') {
    if (value === undefined) {
      return expression(to, '');
    }
    if (to === 'js') {
      return expression(to, JSON.stringify(value));
    }
    return expression(to, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return expression(to, expressionText(value));
}
