import { describe, expect, it } from 'vitest';
import { uploadEnded, uploadLabel, uploadPercent } from './upload';

describe('upload progress', () => {
  it('ends on Done and Failed only', () => {
    expect(uploadEnded('Done')).toBe(true);
    expect(uploadEnded('Failed')).toBe(true);
    expect(uploadEnded('Embedding')).toBe(false);
  });

  it('turns the fraction into a clamped percent, 100 when done', () => {
    expect(uploadPercent({ status: 'Embedding', progress: 0.456 })).toBe(46);
    expect(uploadPercent({ status: 'Parsing', progress: 3 })).toBe(100);
    expect(uploadPercent({ status: 'Queued', progress: Number.NaN })).toBe(0);
    expect(uploadPercent({ status: 'Done', progress: 0.9 })).toBe(100);
  });

  it('says the stage, the chunks or the error', () => {
    expect(uploadLabel({ status: 'Embedding', progress: 0.5 })).toBe('Embedding 50%');
    expect(uploadLabel({ status: 'Done', progress: 1, chunks: 3 })).toBe('Done, 3 chunks');
    expect(uploadLabel({ status: 'Failed', progress: 0.2, error: 'not a PDF' })).toBe('Failed: not a PDF');
  });
});
