import type { IncidentInfo } from '../../api/types';

/** The incidents of an instance: which activity faulted, on which attempt, and why. */
export function IncidentList({ incidents }: { incidents: IncidentInfo[] }) {
  return (
    <section aria-label="Incidents">
      <h2>Incidents</h2>
      {incidents.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="plain-list">
          {incidents.map((incident) => (
            <li key={`${incident.activityId}-${incident.execution}-${incident.attempt}`} className="incident">
              <strong>
                {incident.activityId} ({incident.activityType})
              </strong>{' '}
              <span className="muted">
                attempt {incident.attempt}, {new Date(incident.at).toLocaleString()}
              </span>
              <p className="error-text">{incident.message}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
