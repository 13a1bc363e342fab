/**
 * Attribution: the phrases that credit a figure or a quote to an outlet ("according to AFP",
 * "AFP reported", "told the BBC", "a Reuters report said"). The outlets are the publishers the
 * corpus's own metadata names, so a name is only taken for an outlet when some source says it is
 * one; the phrases are the grammar of reported speech around such a name, not a list of sentences.
 */

/** One outlet as the corpus names it, and the names it may be written under. */
export interface Outlet {
  /** The publisher as the metadata writes it ("Agence France-Presse (AFP)"). */
  readonly publisher: string;
  /** Normalised names it is recognised by ("agence france-presse", "afp"). */
  readonly names: readonly string[];
}

/** A phrase of a sentence that credits what it says to an outlet. */
export interface Attribution {
  readonly outlet: Outlet;
  /** Offsets of the phrase in the sentence ("according to AFP"), and of the name within it. */
  readonly start: number;
  readonly end: number;
  readonly nameStart: number;
  readonly nameEnd: number;
}

/** Lower case, no accents, one space between words, no leading "the". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}&'.-]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '')
    .replace(/\.$/, '');
}

/**
 * The names an outlet is written under: the publisher field itself (without "The"), an acronym
 * it gives in brackets ("Agence France-Presse (AFP)"), and the initials of a name of three or more
 * capitalised words ("British Broadcasting Corporation" → "BBC"). Initials of two words ("Latin
 * Post" → "LP") would take too many abbreviations for outlets.
 */
export function outletNames(publisher: string): string[] {
  const names = new Set<string>();
  const bracket = /^(.*?)\s*[([]\s*([^)\]]+?)\s*[)\]]\s*$/.exec(publisher);
  const main = bracket ? bracket[1]! : publisher;
  if (bracket) names.add(normaliseName(bracket[2]!));
  names.add(normaliseName(main));
  const words = main.replace(/^the\s+/i, '').split(/[\s-]+/).filter(Boolean);
  if (words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|for|the|de|la|el|du)$/i.test(w))) {
    const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('');
    if (initials.length >= 3) names.add(initials);
  }
  names.delete('');
  return [...names].filter((n) => n.length >= 2);
}

/** The outlets of a corpus, from its documents' publishers; the same name is one outlet. */
export function outletsOf(publishers: Iterable<string | undefined>): OutletSet {
  const byName = new Map<string, Outlet>();
  const seen = new Set<string>();
  for (const p of publishers) {
    if (!p || seen.has(p)) continue;
    seen.add(p);
    const names = outletNames(p);
    // Two publisher fields with a name in common ("AFP", "Agence France-Presse (AFP)") are one outlet.
    const existing = names.map((n) => byName.get(n)).find((o) => o !== undefined);
    const outlet: Outlet = existing ? { publisher: existing.publisher, names: [...new Set([...existing.names, ...names])] } : { publisher: p, names };
    for (const n of outlet.names) byName.set(n, outlet);
  }
  return new OutletSet(byName);
}

/** Verbs of reporting in the forms a news sentence uses them. */
const REPORTING =
  'reported|reports|reporting|said|says|wrote|writes|quoted|quotes|cited|cites|estimated|estimates|counted|counts|found|finds|revealed|reveals|noted|notes|stated|states|claimed|claims|announced|announces|learned|learnt|confirmed|confirms|put|puts|gave|gives|published|publishes|tallied|calculated|understands';

/** Words that may stand between an outlet and its verb: "AFP news agency reported", "a BBC investigation found". */
const BETWEEN = "(?:[\\p{L}'’-]+\\s+){0,3}?";

/** Phrases before the name that credit it: "according to", "told", "reported by", "in an interview with". */
const BEFORE_NAME =
  "(?:according\\s+to|told|tells|telling|speaking\\s+to|said\\s+to|talking\\s+to|in\\s+(?:an?\\s+)?(?:interview|interviews|statement|statements|comments)\\s+(?:with|to)|interviewed\\s+by|reported\\s+by|cited\\s+by|quoted\\s+by|published\\s+by|obtained\\s+by|seen\\s+by|per)\\s+";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class OutletSet {
  private readonly before: RegExp | undefined;
  private readonly after: RegExp | undefined;

  constructor(private readonly byName: ReadonlyMap<string, Outlet>) {
    const names = [...byName.keys()].sort((a, b) => b.length - a.length);
    if (!names.length) return;
    // Names are matched without regard to case or spacing, and must be written as a name (a capital first).
    const alt = names.map((n) => n.split(' ').map(escape).join('\\s+')).join('|');
    const name = `(?:the\\s+)?(?<name>${alt})(?:['’]s)?`;
    this.before = new RegExp(`(?<![\\p{L}\\p{N}])${BEFORE_NAME}${name}(?![\\p{L}\\p{N}])`, 'giu');
    this.after = new RegExp(`(?<![\\p{L}\\p{N}])${name}\\s+${BETWEEN}(?:${REPORTING})(?![\\p{L}\\p{N}])`, 'giu');
  }

  get size(): number {
    return new Set(this.byName.values()).size;
  }

  /** The outlet a publisher field belongs to. */
  of(publisher: string | undefined): Outlet | undefined {
    if (!publisher) return undefined;
    for (const n of outletNames(publisher)) {
      const o = this.byName.get(n);
      if (o) return o;
    }
    return undefined;
  }

  /** The attribution phrases of a sentence, in the order written (long sentences are scanned in bounded time: the patterns are anchored on the names). */
  find(sentence: string): Attribution[] {
    if (!this.before || !this.after) return [];
    const found: Attribution[] = [];
    for (const re of [this.before, this.after]) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
        const written = m.groups!['name']!;
        const nameStart = m.index + m[0].indexOf(written);
        // A name is capitalised where it is written ("the post said" is no outlet).
        if (/^\p{Ll}/u.test(written)) continue;
        const outlet = this.byName.get(normaliseName(written));
        if (!outlet) continue;
        // Only the reporting verb is left out of the phrase's negation check: "AFP did not report".
        if (/\b(?:not|never|denied|denies)\b/i.test(m[0])) continue;
        found.push({ outlet, start: m.index, end: m.index + m[0].length, nameStart, nameEnd: nameStart + written.length });
      }
    }
    return found.sort((a, b) => a.start - b.start).filter((a, i, all) => i === 0 || a.start >= all[i - 1]!.end);
  }
}

/**
 * The attribution that governs a claim at `start`..`end` of its sentence: the nearest one in the
 * same clause (";" and ":" end a clause, as does a quotation's own credit), else none.
 */
export function governing(sentence: string, attributions: readonly Attribution[], start: number, end: number): Attribution | undefined {
  let best: Attribution | undefined;
  let bestDistance = Infinity;
  for (const a of attributions) {
    const lo = Math.min(a.end, start);
    const hi = Math.max(a.start, end);
    if (/[;:]/.test(sentence.slice(Math.min(lo, hi), Math.max(lo, hi)))) continue;
    const d = a.end <= start ? start - a.end : a.start >= end ? a.start - end : 0;
    if (d < bestDistance) {
      best = a;
      bestDistance = d;
    }
  }
  return best;
}
