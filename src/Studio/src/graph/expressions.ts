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
  // A secret's name is not a value, and a literal may be the secret itself: neither crosses over.
  if (to === 'secret') {
    return expression('secret', '');
  }
  if (from === 'secret') {
    return to === 'literal' ? undefined : expression(to, '');
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

/** What an input descriptor says, enough to tell whether it takes a secret. */
export interface SecretHint {
  name: string;
  type: string;
  description?: string | null;
  supportsExpressions: boolean;
}

/**
 * True when an input takes a secret: its description asks for `$secret`, or its name is a secret's
 * (secret, password, api key, token). Such inputs offer a Secret mode with a picker of the tenant's secret names.
 */
export function takesSecret(input: SecretHint): boolean {
  if (!input.supportsExpressions || (input.type !== 'string' && input.type !== 'any')) {
    return false;
  }
  return /\$secret\b/.test(input.description ?? '') || /(secret|password|api-?key|token)$/i.test(input.name);
}

/** The modes an input offers: Secret only where it takes a secret (or already holds one). */
export function modesFor(input: SecretHint, current: ValueMode): readonly ValueMode[] {
  return takesSecret(input) || current === 'secret' ? [...EDITABLE_MODES, 'secret'] : EDITABLE_MODES;
}
