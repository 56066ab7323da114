import { useMe } from '../../api/queries';
import { permissionsOf, type Permissions } from './permissions';

/** The signed-in key's permissions; none until /api/me answers. */
export function usePermissions(): Permissions {
  return permissionsOf(useMe().data?.role);
}
