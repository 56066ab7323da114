import { useMemo, type ReactNode } from 'react';
import { createApiClient } from '../../api/client';
import { ApiClientContext, UNAUTHORIZED_EVENT } from '../../api/context';

interface Props {
  apiKey: string;
  children: ReactNode;
}

/** Provides the API client of the signed-in key; a 401 from any call signs out. */
export function SessionProvider({ apiKey, children }: Props) {
  const api = useMemo(() => createApiClient(apiKey, { onUnauthorized: () => window.dispatchEvent(new Event(UNAUTHORIZED_EVENT)) }), [apiKey]);
  return <ApiClientContext.Provider value={api}>{children}</ApiClientContext.Provider>;
}
