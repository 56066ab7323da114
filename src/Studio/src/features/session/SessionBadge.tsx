import { useMe } from '../../api/queries';

/** The tenant and role of the signed-in key, from GET /api/me. */
export function SessionBadge() {
  const me = useMe();
  if (!me.data) {
    return null;
  }
  const { tenantId, role, keyName } = me.data;
  return (
    <span className="session-badge" data-testid="session" title={keyName ? `Key: ${keyName}` : undefined}>
      <span aria-label="Tenant">{tenantId}</span> · <span aria-label="Role">{role}</span>
    </span>
  );
}
