export { SignIn } from './SignIn';
export { SessionProvider } from './SessionProvider';
export { SessionBadge } from './SessionBadge';
export { clearApiKey, loadApiKey, saveApiKey } from './storage';
export { usePermissions } from './usePermissions';
export { permissionsOf, type Permissions } from './permissions';
