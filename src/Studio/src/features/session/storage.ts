// The API key lives in sessionStorage: it survives a reload of the tab, and is gone when the tab closes.

const storageKey = 'workflow-studio.api-key';

export function loadApiKey(): string | null {
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function saveApiKey(apiKey: string): void {
  sessionStorage.setItem(storageKey, apiKey);
}

export function clearApiKey(): void {
  sessionStorage.removeItem(storageKey);
}
