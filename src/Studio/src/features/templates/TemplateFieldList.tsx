import type { WorkflowTemplate } from '../../api/types';
import { isRequired, labelOf, typeOf } from './form';
import { shownValue } from './origin';

/** The fields a template asks for, read-only, in the designer's workflow properties. */
export function TemplateFieldList({ template }: { template: WorkflowTemplate }) {
  return (
    <section className="template-info" aria-label="Template fields">
      <h2>Template fields</h2>
      <p className="hint">
        This workflow is a template: tenants fill these in from the gallery. It runs itself with the defaults. Refer to a field as{' '}
        <code>{'{{ template.name }}'}</code> in text or <code>{'{ "$template": "name" }'}</code> as a value.
      </p>
      {template.fields.length === 0 ? (
        <p className="muted">No fields.</p>
      ) : (
        <dl>
          {template.fields.map((field) => (
            <div key={field.name} data-testid={`template-info-${field.name}`}>
              <dt>
                <code>{field.name}</code> <span className="muted">{typeOf(field)}</span>
                {isRequired(field) && (
                  <span className="required" title="needs a value">
                    *
                  </span>
                )}
              </dt>
              <dd>
                {labelOf(field) !== field.name && <div>{labelOf(field)}</div>}
                {field.description && <div className="hint">{field.description}</div>}
                {!isRequired(field) && <div className="muted">default: {shownValue(field.default)}</div>}
                {field.options?.length ? <div className="muted">options: {field.options.join(', ')}</div> : null}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
