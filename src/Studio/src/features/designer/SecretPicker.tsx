import { useSecrets } from '../../api/admin';
import { usePermissions } from '../session';

interface Props {
  id: string;
  label: string;
  /** The secret's name ('' when none is chosen). */
  value: string;
  onChange: (name: string) => void;
}

/** A select of the tenant's secret names; a name the tenant no longer has stays listed, marked missing. */
export function SecretPicker({ id, label, value, onChange }: Props) {
  const { canEdit } = usePermissions();
  const secrets = useSecrets(canEdit);
  const names = secrets.data?.map((secret) => secret.name) ?? [];
  const missing = value !== '' && secrets.data !== undefined && !names.includes(value);
  return (
    <>
      <select id={id} aria-label={label} value={value} disabled={!canEdit} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose a secret…</option>
        {missing && <option value={value}>{value} (missing)</option>}
        {!secrets.data && value !== '' && <option value={value}>{value}</option>}
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      {secrets.data?.length === 0 && <span className="hint">No secrets yet: an admin adds them on the Secrets page.</span>}
    </>
  );
}
