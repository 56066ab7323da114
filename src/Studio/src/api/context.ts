import { createContext, useContext } from 'react';
import type { ApiClient } from './client';

/** The signed-in API client; provided by the session once a key is accepted. */
export const ApiClientContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const api = useContext(ApiClientContext);
  if (!api) {
    throw new Error('useApi is used outside a signed-in session.');
  }
  return api;
}

/** Raised on window when the server answers 401: the key was revoked or the session is stale. */
export const UNAUTHORIZED_EVENT = 'studio:unauthorized';
