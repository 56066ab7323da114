import { describe, expect, it } from 'vitest';
import { expression, expressionText, modeOf, modesFor, switchMode, takesSecret } from './expressions';

describe('modeOf', () => {
  it('recognises an object with exactly one reserved key', () => {
    expect(modeOf({ $js: '1 + 1' })).toBe('js');
    expect(modeOf({ $liquid: 'Hi {{ x }}' })).toBe('liquid');
    expect(modeOf({ $secret: 'stripe' })).toBe('secret');
  });

  it('treats everything else as a literal', () => {
    expect(modeOf(undefined)).toBe('literal');
    expect(modeOf('text')).toBe('literal');
    expect(modeOf(42)).toBe('literal');
    expect(modeOf(['$js'])).toBe('literal');
    expect(modeOf({ $js: 'x', other: 1 })).toBe('literal');
    expect(modeOf({ $js: 5 })).toBe('literal');
  });
});

describe('switchMode', () => {
  it('turns a literal into the JavaScript that yields it', () => {
    expect(switchMode(42, 'js')).toEqual({ $js: '42' });
    expect(switchMode('hi', 'js')).toEqual({ $js: '"hi"' });
    expect(switchMode({ a: 1 }, 'js')).toEqual({ $js: '{"a":1}' });
  });

  it('turns a literal into a Liquid template of its text', () => {
    expect(switchMode('Hello', 'liquid')).toEqual({ $liquid: 'Hello' });
    expect(switchMode(undefined, 'liquid')).toEqual({ $liquid: '' });
  });

  it('turns JavaScript that is JSON back into the literal, else into its text', () => {
    expect(switchMode({ $js: '{"a":1}' }, 'literal')).toEqual({ a: 1 });
    expect(switchMode({ $js: 'input.x' }, 'literal')).toBe('input.x');
    expect(switchMode({ $js: '' }, 'literal')).toBeUndefined();
  });

  it('keeps the text between expression languages', () => {
    expect(switchMode({ $js: 'a' }, 'liquid')).toEqual({ $liquid: 'a' });
    expect(switchMode({ $liquid: 'b' }, 'literal')).toBe('b');
  });

  it('leaves the value alone when the mode does not change', () => {
    const value = expression('js', 'x');
    expect(switchMode(value, 'js')).toBe(value);
    expect(expressionText(value)).toBe('x');
  });
});

describe('secrets', () => {
  const input = (name: string, description: string | null = null, type = 'string', supportsExpressions = true) => ({ name, description, type, supportsExpressions });

  it('offers the Secret mode to inputs that take a secret', () => {
    expect(takesSecret(input('secret', 'The HMAC-SHA256 key when auth is hmac (use $secret).'))).toBe(true);
    expect(takesSecret(input('key', 'Use $secret here'))).toBe(true);
    expect(takesSecret(input('apiKey'))).toBe(true);
    expect(takesSecret(input('password'))).toBe(true);
    expect(takesSecret(input('message'))).toBe(false);
    expect(takesSecret(input('tokens', null, 'number'))).toBe(false);
    expect(takesSecret(input('secret', null, 'string', false))).toBe(false);
    expect(modesFor(input('message'), 'literal')).toEqual(['literal', 'js', 'liquid']);
    expect(modesFor(input('message'), 'secret')).toEqual(['literal', 'js', 'liquid', 'secret']);
    expect(modesFor(input('secret'), 'literal')).toContain('secret');
  });

  it('never carries a literal into a secret name, nor a name into a literal', () => {
    expect(switchMode('sk_live_123', 'secret')).toEqual({ $secret: '' });
    expect(switchMode({ $js: 'vars.x' }, 'secret')).toEqual({ $secret: '' });
    expect(switchMode({ $secret: 'stripe' }, 'literal')).toBeUndefined();
    expect(switchMode({ $secret: 'stripe' }, 'js')).toEqual({ $js: '' });
    expect(switchMode({ $secret: 'stripe' }, 'secret')).toEqual({ $secret: 'stripe' });
  });
});
