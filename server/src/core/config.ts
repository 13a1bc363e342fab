/**
 * The project configuration, `.corroborate.yaml` (or `.corroborate.json`), read the same by the
 * command line and the language server. This module only parses and validates text; finding
 * and reading the file is `node/projectConfig.ts`.
 *
 * Every problem carries the 1-based line and column of the value at fault, so that the command
 * line can name it and the editor can underline it. The parts of a file that are valid are kept:
 * the server applies them, the command line refuses a file with any problem.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export type ConfigSeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';
export const CONFIG_SEVERITIES: readonly ConfigSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];
export type SeverityVerdict = 'conflict' | 'disputed' | 'unsupported';

/** The file names looked for, in this order, in each folder. */
export const CONFIG_FILES: readonly string[] = ['.corroborate.yaml', '.corroborate.yml', '.corroborate.json'];

/** A configuration larger than this is not read (a real one is a few hundred bytes). */
export const MAX_CONFIG_BYTES = 256 * 1024;

export interface ProjectConfig {
  /** Corpus folders, as written (relative to the configuration file's folder, or absolute). */
  readonly corpus?: readonly string[];
  /** Globs of the drafts to check, relative to the configuration file's folder (absent: every draft). */
  readonly include?: readonly string[];
  /** Globs of drafts and sources left out, relative to the configuration file's folder. */
  readonly exclude?: readonly string[];
  readonly severity?: Partial<Record<SeverityVerdict, ConfigSeverity>>;
  readonly checkQuotes?: boolean;
  /** Canonical publisher name → the other names sources give it ("AFP" → ["Agence France-Presse"]). */
  readonly publishers?: Readonly<Record<string, readonly string[]>>;
}

export interface ConfigProblem {
  /** 1-based line and column of the value at fault. */
  readonly line: number;
  readonly column: number;
  /** 0-based offsets of the value at fault, for an editor's range. */
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export interface ParsedConfig {
  readonly config: ProjectConfig;
  readonly problems: readonly ConfigProblem[];
}

const KEYS = ['corpus', 'include', 'exclude', 'severity', 'checkQuotes', 'publishers'] as const;
const VERDICTS: readonly SeverityVerdict[] = ['conflict', 'disputed', 'unsupported'];

/** Parses and validates a configuration; `name` picks JSON (`.json`) or YAML (anything else) for messages. */
export function parseConfig(text: string, name = '.corroborate.yaml'): ParsedConfig {
  const lines = new LineCounter();
  const problems: ConfigProblem[] = [];
  const at = (start: number, end: number, message: string): void => {
    const { line, col } = lines.lineStarts.length ? lines.linePos(start) : lineCol(text, start);
    problems.push({ line, column: col, start, end: Math.max(end, start), message });
  };
  const nodeAt = (node: Node | null | undefined, message: string): void => {
    const [start, end] = node?.range ?? [0, 0];
    at(start, end, message);
  };
  const json = /\.json$/i.test(name);
  if (json) {
    // YAML reads more than JSON (comments, trailing commas): a .json file must be JSON itself.
    try {
      JSON.parse(text);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const offset = Number(/position (\d+)/.exec(message)?.[1] ?? text.length);
      at(Math.min(offset, text.length), Math.min(offset + 1, text.length), `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`);
      return { config: {}, problems };
    }
  }
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  for (const e of doc.errors) at(e.pos[0], e.pos[1], json ? `not valid JSON: ${e.message}` : `not valid YAML: ${e.message}`);
  if (doc.errors.length) return { config: {}, problems: sorted(problems) };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { config: {}, problems };
  if (!isMap(root)) {
    nodeAt(root, 'the configuration must be a mapping of keys (corpus, include, exclude, severity, checkQuotes, publishers)');
    return { config: {}, problems };
  }
  const config: { -readonly [K in keyof ProjectConfig]: ProjectConfig[K] } = {};

  const strings = (node: unknown, key: string): string[] | undefined => {
    const n = node as Node | null;
    // One string is read as a list of one.
    if (isScalar(n) && typeof n.value === 'string' && n.value.trim() !== '') return [n.value];
    if (!isSeq(n)) {
      nodeAt(n, `"${key}" must be a list of paths or patterns`);
      return undefined;
    }
    const out: string[] = [];
    for (const item of n.items) {
      if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') out.push(item.value);
      else nodeAt(item as Node, `each entry of "${key}" must be a non-empty string`);
    }
    return out;
  };

  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
    const value = pair.value as Node | null;
    if (key === undefined || !(KEYS as readonly string[]).includes(key)) {
      const suggestion = key === undefined ? undefined : closest(key, KEYS);
      nodeAt(keyNode, `unknown key "${key ?? '?'}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known keys: ${KEYS.join(', ')}`);
      continue;
    }
    switch (key) {
      case 'corpus':
      case 'include':
      case 'exclude': {
        const list = strings(value, key);
        if (list) config[key] = list;
        break;
      }
      case 'checkQuotes':
        if (isScalar(value) && typeof value.value === 'boolean') config.checkQuotes = value.value;
        else nodeAt(value, '"checkQuotes" must be true or false');
        break;
      case 'severity': {
        if (!isMap(value)) {
          nodeAt(value, '"severity" must map conflict, disputed and unsupported to error, warning, information, hint or off');
          break;
        }
        const severity: Partial<Record<SeverityVerdict, ConfigSeverity>> = {};
        for (const p of value.items) {
          const k = p.key as Node | null;
          const v = p.value as Node | null;
          const verdict = isScalar(k) ? String(k.value) : '?';
          if (!(VERDICTS as readonly string[]).includes(verdict)) {
            const suggestion = closest(verdict, VERDICTS);
            nodeAt(k, `unknown verdict "severity.${verdict}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known: ${VERDICTS.join(', ')}`);
            continue;
          }
          // YAML reads a bare `off` as a string but `false` as a boolean: take both for "off".
          const raw = isScalar(v) ? (v.value === false ? 'off' : v.value) : undefined;
          if (typeof raw === 'string' && (CONFIG_SEVERITIES as readonly string[]).includes(raw)) severity[verdict as SeverityVerdict] = raw as ConfigSeverity;
          else nodeAt(v, `"severity.${verdict}" must be one of ${CONFIG_SEVERITIES.join(', ')}, not ${describe(v)}`);
        }
        config.severity = severity;
        break;
      }
      case 'publishers': {
        if (!isMap(value)) {
          nodeAt(value, '"publishers" must map a publisher\'s name to the other names sources give it, e.g. AFP: [Agence France-Presse]');
          break;
        }
        const publishers: Record<string, string[]> = {};
        for (const p of value.items) {
          const k = p.key as Node | null;
          const name = isScalar(k) && (typeof k.value === 'string' || typeof k.value === 'number') ? String(k.value).trim() : '';
          if (!name) {
            nodeAt(k, 'a publisher\'s name must be a non-empty string');
            continue;
          }
          const aliases = strings(p.value, `publishers.${name}`);
          if (aliases) publishers[name] = aliases;
        }
        config.publishers = publishers;
        break;
      }
    }
  }
  return { config, problems: sorted(problems) };
}

/** 1-based line and column of an offset (before the YAML parser has counted the lines). */
function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line: (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1, col: offset - lineStart + 1 };
}

function sorted(problems: ConfigProblem[]): ConfigProblem[] {
  return problems.sort((a, b) => a.start - b.start);
}

function describe(node: Node | null | undefined): string {
  if (isScalar(node)) return JSON.stringify(node.value) ?? String(node.value);
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  return 'nothing';
}

/** The known word nearest a misspelt one (at most two edits away), for "did you mean". */
function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(word.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 64 || b.length > 64) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Publisher aliases as a lookup: any alias (or the canonical name itself), compared without case
 * and with spaces collapsed, gives the canonical name.
 */
export function publisherAliases(publishers: ProjectConfig['publishers']): (publisher: string) => string {
  const fold = (s: string): string => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  const map = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(publishers ?? {})) {
    map.set(fold(canonical), canonical);
    for (const a of aliases) map.set(fold(a), canonical);
  }
  return (publisher) => (map.size ? (map.get(fold(publisher)) ?? publisher) : publisher);
}
