import { describe, expect, it } from 'vitest';
import { permissionsOf } from './permissions';

describe('permissionsOf', () => {
  it('gives a viewer nothing to change', () => {
    expect(permissionsOf('viewer')).toEqual({ canRun: false, canEdit: false, canAdminister: false });
  });

  it('lets a runner run only', () => {
    expect(permissionsOf('runner')).toEqual({ canRun: true, canEdit: false, canAdminister: false });
  });

  it('lets an editor edit and run, but not administer keys and secrets', () => {
    expect(permissionsOf('editor')).toEqual({ canRun: true, canEdit: true, canAdminister: false });
  });

  it('lets an admin do everything', () => {
    expect(permissionsOf('admin')).toEqual({ canRun: true, canEdit: true, canAdminister: true });
  });

  it('gives an unknown or missing role nothing', () => {
    expect(permissionsOf('owner')).toEqual({ canRun: false, canEdit: false, canAdminister: false });
    expect(permissionsOf(undefined)).toEqual({ canRun: false, canEdit: false, canAdminister: false });
  });
});
