import { describe, expect, it } from 'vitest';
import { createApiClient } from './client';

describe('api client', () => {
  it('posts a form as multipart (the browser sets its boundary), and JSON as JSON', async () => {
    const calls: RequestInit[] = [];
    const fetcher = (async (_: RequestInfo | URL, init?: RequestInit) => {
      calls.push(init!);
      return new Response(JSON.stringify({ uploadId: 'u1' }), { status: 202 });
    }) as typeof fetch;
    const api = createApiClient('key', { fetcher });
    const form = new FormData();
    form.append('file', new Blob(['# Title']), 'a.md');

    expect(await api.postForm('/api/rag/spaces/s/uploads', form)).toEqual({ uploadId: 'u1' });
    await api.post('/api/rag/spaces', { id: 's' });

    const [upload, json] = calls as [RequestInit, RequestInit];
    expect(upload.body).toBe(form);
    expect((upload.headers as Record<string, string>)['Content-Type']).toBeUndefined();
    expect((upload.headers as Record<string, string>)['X-Api-Key']).toBe('key');
    expect(json.body).toBe('{"id":"s"}');
    expect((json.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });
});
