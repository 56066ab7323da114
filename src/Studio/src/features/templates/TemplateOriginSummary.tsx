import type { ActivityDefinition, TemplateOrigin } from '../../api/types';
import { httpRoutesOf, shownValue } from './origin';

interface Props {
  origin: TemplateOrigin;
  /** The copy's activities as drawn, for the routes its HTTP endpoints answer on. */
  activities: readonly ActivityDefinition[];
}

/** A copy's template, version and values, and its HTTP routes, in the designer's workflow properties. */
export function TemplateOriginSummary({ origin, activities }: Props) {
  const values = Object.entries(origin.values);
  const routes = httpRoutesOf(activities);
  return (
    <section className="template-info" aria-label="Template origin">
      <h2>Template</h2>
      <p data-testid="template-origin">
        Instantiated from <code>{origin.templateId}</code> v{origin.version}
      </p>
      {values.length > 0 && (
        <dl>
          {values.map(([name, value]) => (
            <div key={name} data-testid={`template-value-${name}`}>
              <dt>
                <code>{name}</code>
              </dt>
              <dd>{shownValue(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {routes.length > 0 && (
        <>
          <h2>HTTP routes</h2>
          <ul className="plain-list" aria-label="HTTP routes">
            {routes.map((route) => (
              <li key={route}>
                <code>{route}</code>
              </li>
            ))}
          </ul>
          <p className="hint">The copy answers here once a version is published.</p>
        </>
      )}
    </section>
  );
}
