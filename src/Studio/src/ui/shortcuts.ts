// The Studio's keyboard shortcuts, as the help dialog (?) lists them. Ctrl is Cmd on a Mac.

export interface Shortcut {
  keys: string;
  does: string;
}

export const SHORTCUT_GROUPS: readonly { title: string; shortcuts: readonly Shortcut[] }[] = [
  {
    title: 'Designer',
    shortcuts: [
      { keys: 'Ctrl+S', does: 'Save the draft' },
      { keys: 'Ctrl+Z', does: 'Undo' },
      { keys: 'Ctrl+Shift+Z or Ctrl+Y', does: 'Redo' },
      { keys: 'Ctrl+C', does: 'Copy the selected activities and the connections between them' },
      { keys: 'Ctrl+V', does: 'Paste them with new ids, beside the copied ones' },
      { keys: 'Delete or Backspace', does: 'Delete the selected activities or connections' },
      { keys: 'Ctrl+click', does: 'Add an activity to the selection' },
      { keys: 'Shift+drag', does: 'Select the activities inside a box' },
      { keys: 'Tab, then Enter', does: 'Move to an activity and select it' },
    ],
  },
  {
    title: 'Everywhere',
    shortcuts: [
      { keys: '?', does: 'Show these shortcuts' },
      { keys: 'Escape', does: 'Close a dialog' },
    ],
  },
];

/** Where a key belongs to a text field or code editor, which takes it as typing. */
export function isTyping(target: EventTarget | null): boolean {
  return typeof HTMLElement !== 'undefined' && target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** True for the key that opens the help dialog: '?' without Ctrl, Alt or Cmd, outside a text field. */
export function opensHelp(event: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean }, typing: boolean): boolean {
  return event.key === '?' && !event.ctrlKey && !event.altKey && !event.metaKey && !typing;
}
