// Pure helpers for the dashboard's charts and tiles.

import type { MoneyTotal } from '../../api/types';

export interface Bar {
  label: string;
  value: number;
  /** `bad` draws the bar in the danger colour (failures). */
  tone?: 'good' | 'bad';
}

export interface ScaledBar extends Bar {
  /** The bar's length as a fraction of the longest, 0..1. */
  fraction: number;
}

/** Scales bars against the largest value; all zero (or none) gives empty bars, never NaN. */
export function scaleBars(bars: readonly Bar[]): ScaledBar[] {
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  return bars.map((bar) => ({ ...bar, fraction: max > 0 ? Math.max(0, bar.value) / max : 0 }));
}

/** Money in its currency, from cents. */
export function formatMoney({ currency, amountCents }: Pick<MoneyTotal, 'currency' | 'amountCents'>, locale = 'en-US'): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).format(amountCents / 100);
  } catch {
    return `${(amountCents / 100).toFixed(2)} ${currency.toUpperCase()}`;
  }
}

/** The default period: the last 30 days up to the end of today, as yyyy-mm-dd. */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return { from: day(new Date(now.getTime() - 29 * 86_400_000)), to: day(now) };
}

/** The period's ISO bounds for the API: from the start of `from` to the end of `to`. */
export function periodBounds(from: string, to: string): { from: string; to: string } {
  return { from: `${from}T00:00:00Z`, to: new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString() };
}

/** The days (yyyy-mm-dd) of the period, at most the last `limit`, oldest first: one bar each in the runs over time chart. */
export function daysOf(from: string, to: string, limit = 14): string[] {
  const days: string[] = [];
  const first = Date.parse(`${from}T00:00:00Z`);
  for (let day = Date.parse(`${to}T00:00:00Z`); day >= first && days.length < limit; day -= 86_400_000) {
    days.unshift(new Date(day).toISOString().slice(0, 10));
  }
  return days;
}
