import { describe, expect, it } from 'vitest';
import { createSseParser } from './sse';

describe('createSseParser', () => {
  it('reads named events with ids and data', () => {
    const parse = createSseParser();
    expect(parse('id: 1\nevent: journal\ndata: {"seq":1}\n\nevent: end\ndata: {"status":"Finished"}\n\n')).toEqual([
      { event: 'journal', data: '{"seq":1}', id: '1' },
      { event: 'end', data: '{"status":"Finished"}' },
    ]);
  });

  it('keeps a partial event until the rest arrives, across chunk boundaries', () => {
    const parse = createSseParser();
    expect(parse('event: jour')).toEqual([]);
    expect(parse('nal\ndata: {"a"')).toEqual([]);
    expect(parse(':1}\n')).toEqual([]);
    expect(parse('\n')).toEqual([{ event: 'journal', data: '{"a":1}' }]);
  });

  it('joins multi-line data, ignores comments, accepts CRLF, and names an unnamed event message', () => {
    const parse = createSseParser();
    expect(parse(': keep-alive\r\n\r\ndata: a\r\ndata: b\r\n\r\n')).toEqual([{ event: 'message', data: 'a\nb' }]);
  });
});
