import { useMemo, useState } from 'react';
import { useTemplates } from '../../api/queries';
import type { TemplateSummary } from '../../api/types';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { usePermissions } from '../session';
import { filterTemplates } from './gallery';
import { TemplateCard } from './TemplateCard';
import { TemplateSetupDialog } from './TemplateSetupDialog';

/** The templates gallery: search by name or tag; an editor fills one in and gets a workflow of the tenant's own. */
export function TemplatesPage({ onOpenDesigner }: { onOpenDesigner: (id: string) => void }) {
  const templates = useTemplates();
  const { canEdit } = usePermissions();
  const [search, setSearch] = useState('');
  const [using, setUsing] = useState<TemplateSummary | null>(null);
  const all = templates.data;
  const shown = useMemo(() => filterTemplates(all ?? [], search), [all, search]);

  return (
    <main className="page">
      <header className="page-header">
        <h1>Templates</h1>
      </header>
      <div className="filters">
        <input type="search" placeholder="Search by name or tag" aria-label="Search templates" value={search} onChange={(event) => setSearch(event.target.value)} />
      </div>
      <ErrorBanner error={templates.error} />
      {templates.isPending ? (
        <p className="muted">Loading…</p>
      ) : (
        <div className="template-grid">
          {shown.map((template) => (
            <TemplateCard key={template.id} template={template} onUse={canEdit ? () => setUsing(template) : undefined} />
          ))}
          {shown.length === 0 && (
            <p className="muted">{all?.length ? 'No template matches.' : 'No templates yet: a published workflow with template fields shows here.'}</p>
          )}
        </div>
      )}
      {using && canEdit && <TemplateSetupDialog key={using.id} template={using} onClose={() => setUsing(null)} onCreated={(created) => onOpenDesigner(created.id)} />}
    </main>
  );
}
