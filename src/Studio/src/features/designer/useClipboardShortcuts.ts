import { useEffect, useRef } from 'react';
import type { XYPosition } from '@xyflow/react';
import type { Clipboard } from '../../graph/clipboard';
import { isEditing } from './useUndoShortcuts';

/** How far each paste lands from the copied activities (and from the paste before it). */
export const PASTE_OFFSET = 40;

/**
 * Ctrl+C copies the selected activities (and the connections between them); Ctrl+V pastes them with new ids, moved
 * down and right, again further on each paste (Cmd on a Mac), except while typing in a field.
 */
export function useClipboardShortcuts(enabled: boolean, copy: () => Clipboard | null, paste: (clipboard: Clipboard, offset: XYPosition) => void) {
  const latest = useRef({ copy, paste });
  latest.current = { copy, paste };
  const clipboard = useRef<{ content: Clipboard; pastes: number } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || isEditing(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'c') {
        const content = latest.current.copy();
        if (!content) return;
        clipboard.current = { content, pastes: 0 };
      } else if (key === 'v' && clipboard.current) {
        const pastes = ++clipboard.current.pastes;
        latest.current.paste(clipboard.current.content, { x: PASTE_OFFSET * pastes, y: PASTE_OFFSET * pastes });
      } else {
        return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
