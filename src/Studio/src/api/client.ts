// A thin fetch wrapper: the API key on every call, problem details turned into ApiError.

import type { ProblemDetails } from './types';

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `The server answered ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  delete(path: string): Promise<void>;
  /** Posts a multipart form (a file upload). */
  postForm<T>(path: string, form: FormData): Promise<T>;
  /** Opens a streamed answer (server-sent events) with the key's header, which EventSource cannot send. */
  stream(path: string, signal: AbortSignal): Promise<ReadableStream<Uint8Array>>;
}

export interface ApiClientOptions {
  /** Called when the server answers 401: the key was revoked, or is not one. */
  onUnauthorized?: () => void;
  fetcher?: typeof fetch;
}

export function createApiClient(apiKey: string, { onUnauthorized, fetcher = (...args) => fetch(...args) }: ApiClientOptions = {}): ApiClient {
  async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { 'X-Api-Key': apiKey, Accept: 'application/json' };
    const form = body instanceof FormData;
    if (body !== undefined && !form) {
      headers['Content-Type'] = 'application/json';
    }
    const payload = body === undefined ? undefined : form ? body : JSON.stringify(body);
    const response = await fetcher(path, { method, headers, body: payload });
    if (!response.ok) {
      if (response.status === 401) onUnauthorized?.();
      throw new ApiError(response.status, await readProblem(response));
    }
    if (response.status === 204) {
      return undefined as T;
    }
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    get: (path) => send('GET', path),
    put: (path, body) => send('PUT', path, body),
    post: (path, body) => send('POST', path, body ?? {}),
    delete: (path) => send('DELETE', path),
    postForm: (path, form) => send('POST', path, form),
    stream: async (path, signal) => {
      const response = await fetcher(path, { headers: { 'X-Api-Key': apiKey, Accept: 'text/event-stream' }, signal });
      if (!response.ok || !response.body) {
        if (response.status === 401) onUnauthorized?.();
        throw new ApiError(response.status, await readProblem(response));
      }
      return response.body;
    },
  };
}

async function readProblem(response: Response): Promise<ProblemDetails> {
  try {
    const problem = (await response.json()) as ProblemDetails;
    return { status: response.status, ...problem };
  } catch {
    return { status: response.status, title: response.statusText };
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
