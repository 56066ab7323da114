export { KeysPage } from './KeysPage';
export { SecretsPage } from './SecretsPage';
