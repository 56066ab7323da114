import { startHost } from './host';

/** One host for the run; the tests read its address and admin key from the environment. */
export default async function globalSetup() {
  const host = await startHost();
  process.env.STUDIO_E2E_URL = host.url;
  process.env.STUDIO_E2E_ADMIN_KEY = host.adminKey;
  return host.stop;
}
