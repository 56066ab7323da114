import type { Json } from '../../api/types';
import type { DefinitionDiff } from '../../graph/diff';
import { connectionKey, isEmptyDiff } from '../../graph/diff';

interface Props {
  diff: DefinitionDiff;
  before: number;
  after: number;
}

const show = (value: Json | undefined) => (value === undefined ? '—' : JSON.stringify(value));

/** Two versions side by side: what the older had on the left, what the newer has on the right. */
export function VersionDiffView({ diff, before, after }: Props) {
  if (isEmptyDiff(diff)) {
    return <p className="muted">v{before} and v{after} do the same.</p>;
  }
  return (
    <table className="version-diff" aria-label={`Difference between v${before} and v${after}`}>
      <thead>
        <tr>
          <th scope="col">Change</th>
          <th scope="col">v{before}</th>
          <th scope="col">v{after}</th>
        </tr>
      </thead>
      <tbody>
        {diff.removedActivities.map((activity) => (
          <tr key={`removed-${activity.id}`} className="removed">
            <td>Activity removed</td>
            <td>
              <code>{activity.id}</code> ({activity.type})
            </td>
            <td>—</td>
          </tr>
        ))}
        {diff.addedActivities.map((activity) => (
          <tr key={`added-${activity.id}`} className="added">
            <td>Activity added</td>
            <td>—</td>
            <td>
              <code>{activity.id}</code> ({activity.type})
            </td>
          </tr>
        ))}
        {diff.changedActivities.flatMap((change) => [
          ...change.inputs.map((input) => (
            <tr key={`input-${change.id}-${input.name}`} className="changed">
              <td>
                <code>{change.id}</code>.{input.name}
              </td>
              <td>
                <code>{show(input.before)}</code>
              </td>
              <td>
                <code>{show(input.after)}</code>
              </td>
            </tr>
          )),
          ...change.settings.map((setting) => (
            <tr key={`setting-${change.id}-${setting}`} className="changed">
              <td>
                <code>{change.id}</code> {setting}
              </td>
              <td colSpan={2}>changed</td>
            </tr>
          )),
        ])}
        {diff.removedConnections.map((connection) => (
          <tr key={`removed-${connectionKey(connection)}`} className="removed">
            <td>Connection removed</td>
            <td>{describe(connection)}</td>
            <td>—</td>
          </tr>
        ))}
        {diff.addedConnections.map((connection) => (
          <tr key={`added-${connectionKey(connection)}`} className="added">
            <td>Connection added</td>
            <td>—</td>
            <td>{describe(connection)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function describe(connection: { from: string; to: string; port?: string }) {
  return `${connection.from} ${connection.port ?? 'Done'} → ${connection.to}`;
}
