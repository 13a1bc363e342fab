/**
 * Text extraction for the source formats that are not text: HTML, PDF and Word. Runs in the
 * format worker (`formatWorker.ts`), which bounds its time and memory.
 */
import type { ConvertedFormat, ConvertedSource } from '../../core';
import { decodeText } from '../../core';
import { extractDocx } from './docx';
import { extractHtml } from './html';
import { extractPdf } from './pdf';

/** The extracted source, and for PDF and Word the view the editor shows of it. */
export type Extracted = ConvertedSource & { readonly view?: string };

export async function extractSource(bytes: Uint8Array, format: ConvertedFormat, name: string): Promise<Extracted> {
  switch (format) {
    case 'html': {
      const decoded = decodeText(bytes);
      if (!decoded) throw new Error('binary content, not an HTML page');
      const out = await extractHtml(decoded.text);
      return decoded.latin1 ? { ...out, warnings: [...(out.warnings ?? []), 'not valid UTF-8; read as Latin-1'] } : out;
    }
    case 'pdf':
      return extractPdf(bytes, name);
    case 'docx':
      return extractDocx(bytes, name);
  }
}
