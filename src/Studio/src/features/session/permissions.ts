// What a role may do, as the host enforces it (viewer < runner < editor < admin). The Studio hides or disables the rest.

import type { Role } from '../../api/types';

export interface Permissions {
  /** Save drafts, publish, import, restore, delete. */
  canEdit: boolean;
  /** Start instances. */
  canRun: boolean;
  /** The keys and secrets pages. */
  canAdminister: boolean;
}

const rank: Record<Role, number> = { viewer: 0, runner: 1, editor: 2, admin: 3 };

/** An unknown or missing role may do nothing: the server refuses anyway, and the Studio should not offer it. */
export function permissionsOf(role: string | null | undefined): Permissions {
  const level = role && role in rank ? rank[role as Role] : -1;
  return { canRun: level >= rank.runner, canEdit: level >= rank.editor, canAdminister: level >= rank.admin };
}
