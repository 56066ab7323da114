import { describe, expect, it } from 'vitest';
import { isSlug, newActivityId, slugOf } from './ids';

describe('activity ids', () => {
  it('are slugs of the type', () => {
    expect(newActivityId('HttpEndpoint', [])).toBe('http-endpoint-1');
    expect(newActivityId('WriteHttpResponse', [])).toBe('write-http-response-1');
    expect(newActivityId('If', [])).toBe('if-1');
    expect(isSlug(newActivityId('SendHttpRequest', []))).toBe(true);
  });

  it('name workflows by their name', () => {
    expect(slugOf('E2E greeting')).toBe('e2e-greeting');
    expect(slugOf('  SDR: inbound (v2) ')).toBe('sdr-inbound-v2');
    expect(slugOf('')).toBe('');
  });

  it('take the first free number', () => {
    expect(newActivityId('If', ['if-1', 'if-3'])).toBe('if-2');
  });
});
