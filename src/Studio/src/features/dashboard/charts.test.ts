import { describe, expect, it } from 'vitest';
import { daysOf, defaultPeriod, formatMoney, periodBounds, scaleBars } from './charts';

describe('dashboard charts', () => {
  it('scales bars to the largest value', () => {
    expect(scaleBars([{ label: 'a', value: 5 }, { label: 'b', value: 10 }]).map((bar) => bar.fraction)).toEqual([0.5, 1]);
  });

  it('gives empty bars when every value is zero', () => {
    expect(scaleBars([{ label: 'a', value: 0 }]).map((bar) => bar.fraction)).toEqual([0]);
    expect(scaleBars([])).toEqual([]);
  });

  it('formats cents in their currency', () => {
    expect(formatMoney({ currency: 'usd', amountCents: 12345 })).toBe('$123.45');
    expect(formatMoney({ currency: 'BRL', amountCents: 100 })).toContain('1.00');
  });

  it('makes a 30-day period ending today, and bounds that take the whole last day', () => {
    expect(defaultPeriod(new Date('2026-03-31T12:00:00Z'))).toEqual({ from: '2026-03-02', to: '2026-03-31' });
    expect(periodBounds('2026-03-02', '2026-03-31')).toEqual({ from: '2026-03-02T00:00:00Z', to: '2026-04-01T00:00:00.000Z' });
  });
});

describe('runs over time', () => {
  it('lists the days of the period, oldest first, at most the limit', () => {
    expect(daysOf('2026-03-30', '2026-04-01')).toEqual(['2026-03-30', '2026-03-31', '2026-04-01']);
    expect(daysOf('2026-01-01', '2026-04-01', 2)).toEqual(['2026-03-31', '2026-04-01']);
    expect(daysOf('2026-04-02', '2026-04-01')).toEqual([]);
  });
});
