import { describe, expect, it } from 'vitest';
import { expression, expressionText, modeOf, switchMode } from './expressions';

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
