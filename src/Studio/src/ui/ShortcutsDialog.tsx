import { useEffect, useState } from 'react';
import { Dialog } from './Dialog';
import { SHORTCUT_GROUPS, isTyping, opensHelp } from './shortcuts';

/** The keyboard shortcuts, opened with ? anywhere outside a text field; Escape closes it. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!opensHelp(event, isTyping(event.target))) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (!open) return null;
  return (
    <Dialog title="Keyboard shortcuts" onClose={() => setOpen(false)}>
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group.title} aria-label={group.title}>
          <h3>{group.title}</h3>
          <table className="shortcuts">
            <tbody>
              {group.shortcuts.map((shortcut) => (
                <tr key={shortcut.keys}>
                  <td>
                    <kbd>{shortcut.keys}</kbd>
                  </td>
                  <td>{shortcut.does}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <div className="dialog-actions">
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
