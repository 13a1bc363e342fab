/**
 * Units of measurement written after a number ("130cm", "11.6 km", "7.2MB", "500 megawatts"), as
 * data: each names the unit its figures are compared in and the factor to it, so that "1.3m" and
 * "130cm" state one length. Imperial words ("miles", "tonnes", "acres") stay the words a count
 * names: their figures are compared by that word.
 */

import { isStopWord } from '../text/tokenize';

interface UnitEntry {
  /** The unit figures are kept in. */
  readonly base: string;
  /** How many of `base` one of this unit is. */
  readonly factor: number;
}

const entry = (base: string, factor: number): UnitEntry => ({ base, factor });

/** Symbols, matched with their letter case ("MB" is a megabyte, "mb" nothing; "5G" is no gram). */
const SYMBOLS: Readonly<Record<string, UnitEntry>> = {
  mm: entry('m', 1e-3), cm: entry('m', 1e-2), km: entry('m', 1e3),
  mg: entry('g', 1e-3), g: entry('g', 1), kg: entry('g', 1e3),
  ml: entry('l', 1e-3),
  kB: entry('B', 1e3), KB: entry('B', 1e3), MB: entry('B', 1e6), GB: entry('B', 1e9), TB: entry('B', 1e12), PB: entry('B', 1e15),
  kbps: entry('bit/s', 1e3), Kbps: entry('bit/s', 1e3), Mbps: entry('bit/s', 1e6), Gbps: entry('bit/s', 1e9),
  kW: entry('W', 1e3), MW: entry('W', 1e6), GW: entry('W', 1e9),
  kWh: entry('Wh', 1e3), MWh: entry('Wh', 1e6), GWh: entry('Wh', 1e9), TWh: entry('Wh', 1e12),
  kHz: entry('Hz', 1e3), MHz: entry('Hz', 1e6), GHz: entry('Hz', 1e9),
  mph: entry('mph', 1), kph: entry('km/h', 1), 'km/h': entry('km/h', 1), kmh: entry('km/h', 1),
  '°C': entry('°C', 1), '°F': entry('°F', 1), ha: entry('ha', 1), 'sq km': entry('km²', 1), 'km²': entry('km²', 1),
};

/** Unit names, in any letter case, singular or plural. */
const WORDS: Readonly<Record<string, UnitEntry>> = {
  millimetre: entry('m', 1e-3), millimeter: entry('m', 1e-3), centimetre: entry('m', 1e-2), centimeter: entry('m', 1e-2),
  metre: entry('m', 1), meter: entry('m', 1), kilometre: entry('m', 1e3), kilometer: entry('m', 1e3),
  milligram: entry('g', 1e-3), gram: entry('g', 1), kilogram: entry('g', 1e3),
  millilitre: entry('l', 1e-3), milliliter: entry('l', 1e-3), litre: entry('l', 1), liter: entry('l', 1),
  kilobyte: entry('B', 1e3), megabyte: entry('B', 1e6), gigabyte: entry('B', 1e9), terabyte: entry('B', 1e12),
  watt: entry('W', 1), kilowatt: entry('W', 1e3), megawatt: entry('W', 1e6), gigawatt: entry('W', 1e9),
  'kilowatt-hour': entry('Wh', 1e3), 'megawatt-hour': entry('Wh', 1e6), 'gigawatt-hour': entry('Wh', 1e9), 'terawatt-hour': entry('Wh', 1e12),
  hectare: entry('ha', 1), 'square kilometre': entry('km²', 1), 'square kilometer': entry('km²', 1),
  'degrees celsius': entry('°C', 1), 'degrees fahrenheit': entry('°F', 1),
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const bySize = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);

const SYMBOL_AFTER = new RegExp(`^[ \\u00a0]?(${bySize(Object.keys(SYMBOLS)).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
const WORD_AFTER = new RegExp(`^(?:[\\s\\u00a0]{1,2}|-)(${bySize(Object.keys(WORDS)).map((w) => escape(w).replace(/ /g, '\\s+')).join('|')})s?(?![\\p{L}])`, 'iu');

export interface UnitAfter {
  readonly base: string;
  readonly factor: number;
  /** Characters the unit takes after the number. */
  readonly length: number;
  /** Written as a symbol ("km"), which only a number in digits takes. */
  readonly symbol: boolean;
}

/**
 * The unit written right after a number, from the text that follows it. A lone "m" is a metre
 * or a million, read from the word after it: a plural noun or "of" makes it a million ("5m
 * people", "1m of them"), any other word a metre ("the 800m title"); at the end of a clause it
 * is neither.
 */
export function unitAfter(after: string): UnitAfter | { readonly million: true; readonly length: 1 } | undefined {
  const sym = after.match(SYMBOL_AFTER);
  if (sym) {
    const e = SYMBOLS[sym[1]!]!;
    return { base: e.base, factor: e.factor, length: sym[0].length, symbol: true };
  }
  const word = after.match(WORD_AFTER);
  if (word) {
    const e = WORDS[word[1]!.toLowerCase().replace(/\s+/g, ' ')]!;
    return { base: e.base, factor: e.factor, length: word[0].length, symbol: false };
  }
  const m = after.match(/^m(?:\s+([\p{L}][\p{L}'’-]*))?/u);
  if (!m || /^m[\p{L}\p{N}]/u.test(after) || m[1] === undefined) return undefined;
  const next = m[1];
  if (!/^\p{Ll}/u.test(next)) return undefined;
  if (next === 'of' || (/[^su]s$/.test(next) && next.length > 3)) return { million: true, length: 1 };
  if (isStopWord(next)) return undefined;
  return { base: 'm', factor: 1, length: 1, symbol: true };
}

/** The unit a value of `base` reads best in: "140,000 m" reads "140 km". */
export function displayUnit(value: number, base: string): { readonly value: number; readonly unit: string } {
  const abs = Math.abs(value);
  const scaled = (steps: readonly (readonly [number, string])[]): { value: number; unit: string } => {
    for (const [f, u] of steps) if (abs >= f) return { value: value / f, unit: u };
    const [f, u] = steps[steps.length - 1]!;
    return { value: value / f, unit: u };
  };
  switch (base) {
    case 'm':
      return scaled([[1e3, 'km'], [1, 'm'], [1e-2, 'cm'], [1e-3, 'mm']]);
    case 'g':
      return scaled([[1e3, 'kg'], [1, 'g'], [1e-3, 'mg']]);
    case 'l':
      return scaled([[1, 'l'], [1e-3, 'ml']]);
    case 'B':
    case 'W':
    case 'Wh':
    case 'Hz':
    case 'bit/s':
      return scaled([[1e12, `T${base}`], [1e9, `G${base}`], [1e6, `M${base}`], [1e3, `k${base}`], [1, base]]);
    default:
      return { value, unit: base };
  }
}
