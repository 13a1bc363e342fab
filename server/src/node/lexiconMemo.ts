/**
 * The word memo kept between runs: what the word knowledge worked out (stems, WordNet relations,
 * similarities, cosines, directions) and the concept keys of words, so that a run does not work
 * them out again. A pure cache: the answers are the same with it or without it.
 *
 * One file, `lexicon.bin`, in the cache folder. It is keyed by the engine's build and the size and
 * modification time of the word knowledge files; a file written by another build or for other data
 * is ignored silently, a truncated, damaged or foreign one with a warning, and rewritten.
 *
 * Format: a header line `corroborate-lexicon <key> <sha1 of the payload>`, then the payload, a
 * `v8.serialize`d `{ knowledge, concepts }`.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { exportConceptMemo, exportKnowledgeMemo, importConceptMemo, importKnowledgeMemo, knowledgeMemoChanges, conceptMemoChanges, type WordKnowledge } from '../core';
import { versionKey } from './indexCache';
import { readCheckedSync, writeChecked, type CheckedFile } from './checkedFile';
import { findDataDir, VECTORS_FILE, WORDNET_FILE } from './lexicon';

const MAGIC = 'corroborate-lexicon';
export const LEXICON_MEMO_FILE = 'lexicon.bin';

/** What a memo must have been made with: this build, and these word knowledge files (size and modification time). */
export function lexiconMemoKey(dataDir: string | undefined = findDataDir()): string {
  const h = createHash('sha1').update(`build ${versionKey()}\n`);
  for (const file of [WORDNET_FILE, VECTORS_FILE]) {
    try {
      const st = fs.statSync(path.join(dataDir ?? '', file));
      h.update(`${file} ${dataDir ? path.resolve(dataDir) : ''} ${st.size} ${st.mtimeMs}\n`);
    } catch {
      h.update(`${file} missing\n`);
    }
  }
  return h.digest('hex').slice(0, 16);
}

export class LexiconMemo {
  readonly file: string;
  private readonly key: string;
  private readonly checked: CheckedFile;
  /** What the knowledge and the concept keys had worked out themselves when last loaded or saved. */
  private seen = { knowledge: -1, concepts: -1 };

  constructor(
    readonly dir: string,
    private readonly warn: (message: string) => void,
    dataDir?: string,
  ) {
    this.file = path.join(dir, LEXICON_MEMO_FILE);
    this.key = lexiconMemoKey(dataDir);
    this.checked = { file: this.file, magic: MAGIC, what: 'word memo', warn };
  }

  /** Adds the stored memo to the knowledge; true when one was used. A bad file only warns. */
  load(knowledge: WordKnowledge): boolean {
    const payload = readCheckedSync(this.checked, this.key);
    if (!payload) return false;
    let memo: unknown;
    try {
      memo = v8.deserialize(payload);
    } catch {
      memo = undefined;
    }
    const m = memo as { knowledge?: unknown; concepts?: unknown } | undefined;
    // Both parts are checked whole before either is taken.
    if (typeof m !== 'object' || m === null || !importKnowledgeMemo(knowledge, m.knowledge) || !importConceptMemo(m.concepts)) {
      this.warn(`the word memo ${this.file} has an unexpected shape; rebuilding it`);
      return false;
    }
    this.seen = { knowledge: knowledgeMemoChanges(knowledge), concepts: conceptMemoChanges() };
    return true;
  }

  /** Whether the knowledge has worked out anything since the memo was loaded or saved. */
  changed(knowledge: WordKnowledge): boolean {
    return knowledgeMemoChanges(knowledge) !== this.seen.knowledge || conceptMemoChanges() !== this.seen.concepts;
  }

  /** Writes the memo (replacing the file atomically) when there is anything new. Failures only warn. */
  async save(knowledge: WordKnowledge): Promise<void> {
    if (!this.changed(knowledge)) return;
    const memo = exportKnowledgeMemo(knowledge);
    if (!memo) return;
    const seen = { knowledge: knowledgeMemoChanges(knowledge), concepts: conceptMemoChanges() };
    const payload = v8.serialize({ knowledge: memo, concepts: exportConceptMemo() });
    if (await writeChecked(this.checked, this.key, payload)) this.seen = seen;
  }
}
