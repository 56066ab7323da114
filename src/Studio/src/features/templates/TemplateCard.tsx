import type { TemplateSummary } from '../../api/types';
import { fieldCount } from './gallery';

interface Props {
  template: TemplateSummary;
  /** Absent when the role may not make workflows. */
  onUse?: () => void;
}

const sourceLabels = { tenant: 'your tenant', platform: 'platform' } as const;

/** A template in the gallery: what it is, whose it is, how much it asks. */
export function TemplateCard({ template, onUse }: Props) {
  const title = template.name || template.id;
  return (
    <article className="template-card" aria-label={title} data-testid={`template-${template.id}`}>
      <header>
        <h2>{title}</h2>
        <span className={`badge source-${template.source}`} title={template.source === 'platform' ? 'Shared by the platform with every tenant' : "Your tenant's own template"}>
          {sourceLabels[template.source] ?? template.source}
        </span>
      </header>
      <div className="muted">
        <code>{template.id}</code> · v{template.version} · {fieldCount(template.fields.length)}
      </div>
      {template.description && <p>{template.description}</p>}
      <div className="tags">
        {template.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
      </div>
      {onUse && (
        <div className="template-card-actions">
          <button type="button" className="primary" onClick={onUse}>
            Use template
          </button>
        </div>
      )}
    </article>
  );
}
