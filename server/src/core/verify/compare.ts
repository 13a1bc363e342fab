/** Whether two figures can state the same fact, and whether their values agree. */
import type { DateParts, Figure } from '../types';
import { currenciesAgree } from '../extract/currencies';

/**
 * Figures of different kinds or currencies never speak of the same quantity. Figures with different
 * rates may ("£3bn a year" and "£3bn over five years"): their values then differ (`rateDiffers`).
 */
export function comparable(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind) return false;
  // A currency kept by name ("pesos") may be any currency of that name ("MXN").
  if (a.kind === 'money' && !currenciesAgree(a.unit, b.unit)) return false;
  if (a.kind === 'percent' && a.unit !== b.unit) return false;
  // A measurement meets only one in the same unit ("130cm" and "1.3m"), never a plain count.
  if (a.kind === 'count' && a.unit !== b.unit) return false;
  if (a.kind === 'date') {
    const x = a.date ?? {};
    const y = b.date ?? {};
    // They must share at least one component to be compared at all; a decade meets a year or a decade.
    if (x.decade !== undefined || y.decade !== undefined) return decadeOf(x) !== undefined && decadeOf(y) !== undefined;
    if (x.weekday !== undefined || y.weekday !== undefined) {
      if (weekdayOf(x) !== undefined && weekdayOf(y) !== undefined) return true;
    }
    return (x.year !== undefined && y.year !== undefined) || (x.month !== undefined && y.month !== undefined) || (x.quarter !== undefined && y.quarter !== undefined);
  }
  return true;
}

/** One figure is a rate and the other is not, or they are rates per different things. */
export function rateDiffers(a: Figure, b: Figure): boolean {
  return (a.per ?? '') !== (b.per ?? '');
}

/**
 * How the draft's figure `claim` stands to the source's figure `source`:
 * - `same`: the same value, within the precision each was written with (or the same date);
 * - `compatible`: a different value, but one their hedges allow ("more than 7,000" and 7,200);
 * - `neutral`: the source gives only a bound that the claim's value respects ("at least 6"
 *   for "about 7.60"): no contradiction, but no support either;
 * - `different`: values that cannot both be true of one quantity.
 */
export type Agreement = 'same' | 'compatible' | 'neutral' | 'different';

const BOUNDS = new Set(['more than', 'at least', 'well over', 'fewer than', 'at most', 'up to']);

export function agreement(claim: Figure, source: Figure): Agreement {
  if (claim.kind === 'date') {
    if (!datesAgree(claim, source)) return 'different';
    // "in 1995" is not confirmed by "in the 1990s", only not contradicted by it.
    return source.date?.decade !== undefined && claim.date?.decade === undefined ? 'neutral' : 'same';
  }
  if (claim.value === source.value && claim.vague === source.vague) return 'same';
  if (!claim.vague && !source.vague && (roundsTo(source, claim) || roundsTo(claim, source))) return 'same';
  const exact = (f: Figure): boolean => !f.vague && (f.hedge === undefined || f.hedge === 'exactly');
  // A bound implied by the source's: "more than 1.5 million" when the source says "at least 1.7
  // million", "fewer than 100" when it says "under 80".
  const lower = (f: Figure): boolean => f.hedge === 'more than' || f.hedge === 'at least' || f.hedge === 'well over';
  const upper = (f: Figure): boolean => f.hedge === 'fewer than' || f.hedge === 'at most' || f.hedge === 'up to';
  if (!claim.vague && !source.vague) {
    if (lower(claim) && (lower(source) || exact(source))) return source.value >= claim.value ? 'compatible' : 'different';
    if (upper(claim) && (upper(source) || exact(source))) return source.value <= claim.value ? 'compatible' : 'different';
  }
  // Two exact figures, or two bounds of the same kind ("below $25 billion" and "below $26
  // billion"), must state the same number.
  if ((exact(claim) && exact(source)) || (!claim.vague && !source.vague && claim.hedge === source.hedge)) return 'different';
  if (source.hedge && BOUNDS.has(source.hedge) && !source.vague) return within(claim.value, source) ? 'neutral' : 'different';
  return within(claim.value, source) || within(source.value, claim) ? 'compatible' : 'different';
}

function within(v: number, f: Figure): boolean {
  // Only a figure written rounded ("1.2 million") stands for the values that round to it.
  const slack = f.vague || f.hedge || !f.rounded ? 1e-9 : f.precision / 2;
  return v >= f.lo - slack && v <= f.hi + slack;
}

/** "1.21 billion" rounds to "1.2 billion" (written with a magnitude word), if not too far off. */
function roundsTo(precise: Figure, rounded: Figure): boolean {
  if (!rounded.rounded || rounded.precision <= precise.precision) return false;
  const r = Math.round(precise.value / rounded.precision) * rounded.precision;
  const rel = Math.abs(precise.value - rounded.value) / Math.max(Math.abs(rounded.value), 1e-9);
  return Math.abs(r - rounded.value) < 1e-9 * Math.max(1, Math.abs(r)) && rel <= 0.05;
}

/** The decade a date names or falls in: "the 1990s" and 1995 are both in 1990. */
function decadeOf(d: DateParts): number | undefined {
  return d.decade ?? (d.year !== undefined ? Math.floor(d.year / 10) * 10 : undefined);
}

function datesAgree(a: Figure, b: Figure): boolean {
  const x = a.date ?? {};
  const y = b.date ?? {};
  // A decade contains each date of its years: "the 1990s" agrees with 1995 and with "the '90s".
  if (x.decade !== undefined || y.decade !== undefined) {
    const d = decadeOf(x);
    return d !== undefined && d === decadeOf(y);
  }
  let shared = 0;
  // A weekday meets another weekday, or the day of the week a full date fell on.
  const wx = weekdayOf(x);
  const wy = weekdayOf(y);
  if (wx !== undefined && wy !== undefined && (x.weekday !== undefined || y.weekday !== undefined)) {
    if (wx !== wy) return false;
    shared++;
  }
  for (const k of ['year', 'quarter', 'month', 'day'] as const) {
    if (x[k] !== undefined && y[k] !== undefined) {
      if (x[k] !== y[k]) return false;
      shared++;
    }
  }
  return shared > 0;
}

/** The day of the week of a date, 1 (Monday) to 7: as written, or from its year, month and day. */
export function weekdayOf(d: DateParts): number | undefined {
  if (d.weekday !== undefined) return d.weekday;
  if (d.year === undefined || d.month === undefined || d.day === undefined) return undefined;
  return ((new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7) + 1;
}
