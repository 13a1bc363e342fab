/**
 * Writes the source files the format tests read: a web page with navigation, ads and metadata, a
 * PDF of several pages (pdfkit), a Word document (docx), and broken and encrypted ones. Nothing is
 * downloaded; every file is made here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface PdfOptions {
  readonly title?: string;
  readonly author?: string;
  readonly created?: Date;
  /** Encrypts the PDF with this user password. */
  readonly password?: string;
}

/** A PDF with one page per string (each string's lines as lines of the page). */
export async function writePdf(file: string, pages: readonly string[], options: PdfOptions = {}): Promise<string> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    info: { ...(options.title ? { Title: options.title } : {}), ...(options.author ? { Author: options.author } : {}), ...(options.created ? { CreationDate: options.created } : {}) },
    ...(options.password ? { userPassword: options.password, ownerPassword: `${options.password}-owner` } : {}),
  });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const out = fs.createWriteStream(file);
  doc.pipe(out);
  pages.forEach((page, i) => {
    if (i) doc.addPage();
    doc.text(page);
  });
  doc.end();
  await new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  return file;
}

/** A Word document with one paragraph per string. */
export async function writeDocx(file: string, paragraphs: readonly string[]): Promise<string> {
  const { Document, Packer, Paragraph, TextRun } = await import('docx');
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

/**
 * A news page: navigation, an ad and a footer with figures of their own around an article whose
 * paragraphs wrap across lines, hold an entity, inline markup and a script.
 */
export const ARTICLE_HTML = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Bridge reopens | The Daily Courier</title>
<meta property="og:site_name" content="The Daily Courier">
<meta property="article:published_time" content="2024-05-14T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Old bridge reopens after eight months of repairs","datePublished":"2024-05-13","author":{"@type":"Person","name":"Ana Ruiz"}}</script>
<style>p { color: red } /* 777 */</style>
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/subscribe">Subscribe for 99 cents a week</a></nav>
<div class="banner-ad">Advertisement: buy 3 tyres and get 1 free at Rimz Autos.</div>
<main><article>
<h1>Old bridge reopens after eight months of repairs</h1>
<p class="byline">By Ana Ruiz</p>
<p>The old stone bridge over the Tessel river reopened to traffic on Monday, after eight months of
repair work that closed the main road between the two halves of the town.</p>
<p>About 12,000 vehicles cross the bridge
every day, according to the city &amp; county transport office, which counted traffic in March.</p>
<p>The repairs cost the city <b>2.4 million euros</b>, officials said, a little less than planned.<script>document.write("<p>Readers paid 555 euros</p>")</script></p>
<p>Engineers replaced the deck, strengthened the piers and <a href="javascript:alert(1)">rebuilt the parapets</a> along both sides.</p>
</article></main>
<footer>© 2024 The Daily Courier, 42 Main Street. Call 0800 123 456.</footer>
</body></html>
`;

export const REPORT_PAGES = [
  'Harbour Authority Annual Report 2022\n\nThe port had a quiet winter and a busy summer season, with more cruise visits than before.',
  'Cargo\n\nIn 2022 the harbour handled 4,210 cargo ships, the authority said, and its cranes worked around the clock.',
  'Staff\n\nThe authority employed 1,350 dock workers at the end of the year.',
];

export const MINUTES_PARAGRAPHS = [
  'Minutes of the Riverton council meeting',
  'Members discussed the plans for a new public library on the old market site.',
  'The council approved a budget of 3.2 million euros for the library, to be built over two years.',
  'The meeting closed at nine in the evening.',
];

/** A corpus folder with one web page, one PDF and one Word document. */
export async function writeMixedCorpus(dir: string): Promise<{ html: string; pdf: string; docx: string }> {
  fs.mkdirSync(dir, { recursive: true });
  const html = path.join(dir, 'bridge.html');
  fs.writeFileSync(html, ARTICLE_HTML);
  const pdf = await writePdf(path.join(dir, 'harbour-report.pdf'), REPORT_PAGES, { title: 'Harbour Authority Annual Report 2022', author: 'Harbour Authority', created: new Date('2023-03-01T12:00:00Z') });
  const docx = await writeDocx(path.join(dir, 'council-minutes.docx'), MINUTES_PARAGRAPHS);
  return { html, pdf, docx };
}
