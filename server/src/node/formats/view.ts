/**
 * The extracted text of a file that is not text (PDF, Word), as the editor shows it: a first line
 * naming the file, then its pages or paragraphs, each under a heading or after its number. The
 * indexed text holds only the pages' and paragraphs' own words; its map places them in this view.
 */
import type { ConvertedSource } from '../../core';

export interface Piece {
  /** The page or paragraph number, 1-based. */
  readonly number: number;
  readonly text: string;
}

export interface Layout {
  /** The view's first line ("report.pdf: text extracted from a PDF, read-only"). */
  readonly header: string;
  /** A line before each piece ("Page 3"); undefined: none. */
  readonly heading?: (n: number) => string;
  /** Written before each line of a piece ("[12] "); undefined: nothing. */
  readonly prefix?: (n: number) => string;
}

export interface Viewed {
  readonly text: string;
  readonly origin: ConvertedSource['origin'];
  readonly view: string;
}

/** Lays the pieces out: the indexed text (pieces separated by blank lines), its map and the view. */
export function layOut(pieces: readonly Piece[], layout: Layout): Viewed {
  const text: string[] = [];
  const view: string[] = [layout.header, ''];
  const map: number[] = [];
  const parts: number[] = [];
  let offset = 0;
  for (const piece of pieces) {
    if (text.length) {
      text.push('\n\n');
      offset += 2;
    }
    if (layout.heading) view.push(layout.heading(piece.number));
    parts.push(offset, piece.number);
    const lines = piece.text.split('\n');
    lines.forEach((line, i) => {
      const prefix = layout.prefix ? (i === 0 ? layout.prefix(piece.number) : ' '.repeat(layout.prefix(piece.number).length)) : '';
      map.push(offset, view.length, prefix.length);
      view.push(prefix + line);
      offset += line.length + (i < lines.length - 1 ? 1 : 0);
    });
    text.push(lines.join('\n'));
    view.push('');
  }
  if (!map.length) map.push(0, 0, 0);
  return { text: text.join(''), origin: { map, parts }, view: view.join('\n') };
}

/** Text tidied for indexing: line ends "\n", no control characters, no runs of blank lines. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
