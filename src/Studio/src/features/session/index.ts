export { SignIn } from './SignIn';
export { SessionProvider } from './SessionProvider';
export { clearApiKey, loadApiKey, saveApiKey } from './storage';
