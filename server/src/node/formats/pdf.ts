/** The text of a PDF, page by page (unpdf, a build of PDF.js that needs no browser). */
import type { ConvertedSource } from '../../core';
import { layOut, tidy, type Piece } from './view';

/** A PDF of more pages than this is not read: it is a book or a scan archive, not a source. */
export const MAX_PDF_PAGES = 2000;

export async function extractPdf(bytes: Uint8Array, name: string): Promise<ConvertedSource & { view: string }> {
  const { getDocumentProxy, extractText, getMeta } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes the buffer over: it gets a copy. No fonts or scripts are fetched or run.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  } catch (e) {
    throw new Error(pdfProblem(e));
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw new Error(`a PDF of ${pdf.numPages} pages, over the ${MAX_PDF_PAGES}-page limit`);
    let pages: string[];
    try {
      pages = (await extractText(pdf, { mergePages: false })).text;
    } catch (e) {
      throw new Error(pdfProblem(e));
    }
    const pieces: Piece[] = pages.map((t, i) => ({ number: i + 1, text: tidy(t) })).filter((p) => p.text);
    const warnings: string[] = [];
    if (!pieces.length) throw new Error('no text in this PDF (a scan? Corroborate reads the text of a PDF, not its images)');
    const empty = pages.length - pieces.length;
    if (empty) warnings.push(`${empty} of ${pages.length} pages have no text (scanned?); they are not read`);
    const laid = layOut(pieces, { header: `${name}: the text of a PDF of ${pages.length} page${pages.length === 1 ? '' : 's'}, as Corroborate reads it (read-only)`, heading: (n) => `── Page ${n} ──` });
    let info: Record<string, unknown> = {};
    try {
      info = (await getMeta(pdf)).info ?? {};
    } catch {
      // No metadata: the first line is the title.
    }
    const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    const title = str(info['Title']);
    const author = str(info['Author']);
    const date = pdfDate(str(info['CreationDate']));
    return { ...laid, ...(title ? { title } : {}), ...(author ? { author } : {}), ...(date ? { date } : {}), ...(warnings.length ? { warnings } : {}) };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

/** "D:20230920143000Z" → "2023-09-20". */
function pdfDate(v: string | undefined): string | undefined {
  const m = v?.match(/^(?:D:)?(\d{4})(\d{2})?(\d{2})?/);
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

function pdfProblem(e: unknown): string {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'PasswordException') return 'the PDF is encrypted (password-protected); Corroborate cannot read it';
  if (name === 'InvalidPDFException') return 'not a readable PDF (damaged, or not a PDF)';
  return `the PDF could not be read (${e instanceof Error ? e.message : String(e)})`;
}
