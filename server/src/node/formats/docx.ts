/** The text of a Word document (.docx), paragraph by paragraph (mammoth). */
import type { ConvertedSource } from '../../core';
import { layOut, tidy, type Piece } from './view';

export async function extractDocx(bytes: Uint8Array, name: string): Promise<ConvertedSource & { view: string }> {
  // A .docx is a ZIP archive; an encrypted one is an OLE compound file instead.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) throw new Error('the Word document is encrypted (password-protected) or in the old .doc format; Corroborate cannot read it');
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new Error('not a readable Word document (damaged, or not a .docx)');
  const mammoth = (await import('mammoth')).default;
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (e) {
    throw new Error(`not a readable Word document (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
  // mammoth ends every paragraph with a blank line; a line break inside one is a single "\n".
  const paragraphs = raw.split(/\n\n/).map(tidy).filter(Boolean);
  if (!paragraphs.length) throw new Error('no text in this Word document');
  const pieces: Piece[] = paragraphs.map((text, i) => ({ number: i + 1, text }));
  const laid = layOut(pieces, { header: `${name}: the text of a Word document of ${pieces.length} paragraph${pieces.length === 1 ? '' : 's'}, as Corroborate reads it (read-only)`, prefix: (n) => `[${n}] ` });
  return laid;
}
