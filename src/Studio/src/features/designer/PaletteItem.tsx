import type { DragEvent } from 'react';
import type { ActivityDescriptor } from '../../api/types';
import { ActivityIcon } from '../../canvas/ActivityIcon';
import { PALETTE_MIME } from './palette';

interface Props {
  descriptor: ActivityDescriptor;
  onAdd: (type: string) => void;
}

/** Dragged onto the canvas, or added at the centre with Enter or a double click. */
export function PaletteItem({ descriptor, onAdd }: Props) {
  function start(event: DragEvent) {
    event.dataTransfer.setData(PALETTE_MIME, descriptor.type);
    event.dataTransfer.setData('text/plain', descriptor.type);
    event.dataTransfer.effectAllowed = 'move';
  }

  return (
    <li
      className="palette-item"
      draggable
      tabIndex={0}
      role="button"
      data-testid={`palette-${descriptor.type}`}
      aria-label={`${descriptor.displayName}: ${descriptor.description ?? descriptor.type}`}
      title={descriptor.description ?? undefined}
      onDragStart={start}
      onDoubleClick={() => onAdd(descriptor.type)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onAdd(descriptor.type);
        }
      }}
    >
      <ActivityIcon descriptor={descriptor} size={16} />
      <span className="name">{descriptor.displayName}</span>
      {descriptor.kind !== 'action' && <span className="kind">{descriptor.kind}</span>}
    </li>
  );
}
