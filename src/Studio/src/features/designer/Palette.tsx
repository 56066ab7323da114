import { useMemo, useState } from 'react';
import type { ActivityDescriptor } from '../../api/types';
import { paletteGroups } from './palette';
import { PaletteItem } from './PaletteItem';

interface Props {
  descriptors: readonly ActivityDescriptor[];
  onAdd: (type: string) => void;
}

/** The activities of GET /api/activities, grouped by category and searchable. */
export function Palette({ descriptors, onAdd }: Props) {
  const [search, setSearch] = useState('');
  const groups = useMemo(() => paletteGroups(descriptors, search), [descriptors, search]);
  return (
    <aside className="palette" aria-label="Activities">
      <input type="search" placeholder="Search activities" aria-label="Search activities" value={search} onChange={(event) => setSearch(event.target.value)} />
      {groups.map((group) => (
        <section key={group.category}>
          <h2>{group.category}</h2>
          <ul>
            {group.activities.map((descriptor) => (
              <PaletteItem key={descriptor.type} descriptor={descriptor} onAdd={onAdd} />
            ))}
          </ul>
        </section>
      ))}
      {groups.length === 0 && <p className="muted">No activity matches.</p>}
    </aside>
  );
}
