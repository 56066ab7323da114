import { describe, expect, it } from 'vitest';
import { SHORTCUT_GROUPS, opensHelp } from './shortcuts';

const key = (value: string, modifiers: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
  key: value,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
});

describe('shortcuts', () => {
  it('opens the help with ? only, and not while typing', () => {
    expect(opensHelp(key('?'), false)).toBe(true);
    expect(opensHelp(key('?'), true)).toBe(false);
    expect(opensHelp(key('?', { ctrlKey: true }), false)).toBe(false);
    expect(opensHelp(key('/'), false)).toBe(false);
  });

  it('lists each shortcut once, the help key among them', () => {
    const keys = SHORTCUT_GROUPS.flatMap((group) => group.shortcuts.map((shortcut) => shortcut.keys));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['?', 'Ctrl+C', 'Ctrl+V', 'Ctrl+Z', 'Ctrl+S']));
  });
});
