/**
 * The text of a saved web page: the article's paragraphs, not its navigation and ads, with a map
 * from every piece of that text back to its line and column in the HTML file, and the title,
 * byline, publisher and date from the page's metadata.
 *
 * Two passes over the page: htmlparser2 walks it with exact source offsets and yields its blocks
 * of text; Readability (on a linkedom DOM, which runs no script) says which of them are the
 * article. The text is plain text: nothing of the page is ever kept as markup.
 */
import type { ConvertedSource } from '../../core';

/** Elements whose content is never prose. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'textarea', 'button', 'head']);
/** Elements that start and end a block of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);
/** Page furniture: dropped when Readability finds no article. */
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form']);
/** Void elements: no closing tag follows. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

interface Block {
  readonly text: string;
  /** Offset in the HTML of each character of `text`. */
  readonly offsets: readonly number[];
  readonly furniture: boolean;
}

interface Walked {
  readonly blocks: Block[];
  readonly meta: Map<string, string>;
  readonly jsonLd: string[];
  readonly title?: string;
  readonly time?: string;
}

export async function extractHtml(html: string): Promise<ConvertedSource> {
  const walked = await walk(html);
  const article = await readability(html);
  let kept = walked.blocks;
  if (article && article.text.length > 0) {
    // A block is the article's when its words come, in order, in Readability's text.
    const body = squash(article.text);
    let cursor = 0;
    kept = walked.blocks.filter((b) => {
      const key = squash(b.text);
      if (!key) return false;
      const at = body.indexOf(key, cursor);
      if (at >= 0) {
        cursor = at + key.length;
        return true;
      }
      return false;
    });
    if (!kept.length) kept = walked.blocks.filter((b) => !b.furniture);
  } else kept = walked.blocks.filter((b) => !b.furniture);

  const starts = lineStartsOf(html);
  const parts: string[] = [];
  const map: number[] = [];
  let length = 0;
  let line = 0;
  for (const block of kept) {
    if (parts.length) {
      parts.push('\n\n');
      length += 2;
    }
    // A new piece wherever the next character is not the one after the previous in the file.
    let prevLine = -1;
    let prevColumn = -2;
    block.offsets.forEach((off, i) => {
      while (line + 1 < starts.length && starts[line + 1]! <= off) line++;
      while (line > 0 && starts[line]! > off) line--;
      const column = off - starts[line]!;
      if (!(line === prevLine && column === prevColumn + 1)) map.push(length + i, line, column);
      prevLine = line;
      prevColumn = column;
    });
    parts.push(block.text);
    length += block.text.length;
  }
  if (!map.length) map.push(0, 0, 0);
  const meta = metadata(walked, article);
  return { text: parts.join(''), origin: { map }, ...meta };
}

/** Words only, for finding one text in another whatever its spacing. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

async function walk(html: string): Promise<Walked> {
  const { Parser } = await import('htmlparser2');
  const blocks: Block[] = [];
  const meta = new Map<string, string>();
  const jsonLd: string[] = [];
  let time: string | undefined;
  const stack: string[] = [];
  let skipping = 0;
  let furniture = 0;
  let inTitle = false;
  let titleText = '';
  let inJsonLd = false;
  let jsonText = '';
  let chars: string[] = [];
  let offsets: number[] = [];
  let pendingSpace = -1;

  const flush = (): void => {
    if (chars.length) blocks.push({ text: chars.join(''), offsets, furniture: furniture > 0 });
    chars = [];
    offsets = [];
    pendingSpace = -1;
  };
  const open = (name: string, attrs: Record<string, string>, at: number): void => {
    if (name === 'meta') {
      const key = (attrs['property'] ?? attrs['name'] ?? attrs['itemprop'] ?? '').toLowerCase();
      if (key && attrs['content'] !== undefined && !meta.has(key)) meta.set(key, attrs['content']);
      return;
    }
    if (name === 'title' && !titleText) inTitle = true;
    if (name === 'script' && (attrs['type'] ?? '').toLowerCase().includes('ld+json')) inJsonLd = true;
    if (name === 'time' && !time && attrs['datetime'] && !skipping) time = attrs['datetime'];
    if (name === 'br') {
      if (chars.length && pendingSpace < 0) pendingSpace = at;
      return;
    }
    if (VOID.has(name)) {
      if (BLOCKS.has(name)) flush();
      return;
    }
    stack.push(name);
    if (SKIPPED.has(name)) skipping++;
    if (FURNITURE.has(name)) furniture++;
    if (BLOCKS.has(name)) flush();
  };
  const close = (name: string): void => {
    if (name === 'title') inTitle = false;
    if (name === 'script' && inJsonLd) {
      inJsonLd = false;
      jsonLd.push(jsonText);
      jsonText = '';
    }
    if (VOID.has(name)) return;
    // Unclosed elements inside it close with it.
    const i = stack.lastIndexOf(name);
    if (i < 0) return;
    for (const n of stack.splice(i).reverse()) {
      if (SKIPPED.has(n)) skipping--;
      if (BLOCKS.has(n)) flush();
      if (FURNITURE.has(n)) furniture--;
    }
  };
  const parser = new Parser(
    {
      onopentag: (name, attrs) => open(name.toLowerCase(), attrs, parser.startIndex),
      onclosetag: (name) => close(name.toLowerCase()),
      ontext: (text) => {
        const start = parser.startIndex;
        if (inTitle) titleText += text;
        if (inJsonLd) jsonText += text;
        if (skipping) return;
        // An entity is one event: its characters all point at it; other text is verbatim.
        const verbatim = parser.endIndex - start + 1 === text.length;
        for (let i = 0; i < text.length; i++) {
          const ch = text[i]!;
          const off = verbatim ? start + i : start;
          if (/\s/.test(ch)) {
            if (chars.length && pendingSpace < 0) pendingSpace = off;
            continue;
          }
          if (pendingSpace >= 0) {
            chars.push(' ');
            offsets.push(pendingSpace);
            pendingSpace = -1;
          }
          chars.push(ch);
          offsets.push(off);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const title = titleText.replace(/\s+/g, ' ').trim() || undefined;
  return { blocks, meta, jsonLd, ...(title ? { title } : {}), ...(time ? { time } : {}) };
}

interface Article {
  readonly text: string;
  readonly title?: string;
  readonly byline?: string;
  readonly siteName?: string;
  readonly publishedTime?: string;
}

/** Readability's view of the page; undefined when it finds no article (or fails). */
async function readability(html: string): Promise<Article | undefined> {
  try {
    const { parseHTML } = await import('linkedom');
    const { Readability } = await import('@mozilla/readability');
    const { document } = parseHTML(html);
    const parsed = new Readability(document as never, { charThreshold: 200 }).parse();
    if (!parsed) return undefined;
    const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    const out: Article = { text: parsed.textContent ?? '' };
    return {
      ...out,
      ...(str(parsed.title) ? { title: str(parsed.title)! } : {}),
      ...(str(parsed.byline) ? { byline: str(parsed.byline)! } : {}),
      ...(str(parsed.siteName) ? { siteName: str(parsed.siteName)! } : {}),
      ...(str(parsed.publishedTime) ? { publishedTime: str(parsed.publishedTime)! } : {}),
    };
  } catch {
    return undefined;
  }
}

interface LdFacts {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
}

/** The first article-like object of the page's JSON-LD scripts (in `@graph`s too). */
function jsonLdFacts(scripts: readonly string[]): LdFacts {
  const facts: LdFacts = {};
  const name = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return v.map(name).filter(Boolean).join(', ') || undefined;
    if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
    return undefined;
  };
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 100)) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o['datePublished'] === 'string') facts.datePublished ??= o['datePublished'];
    if (typeof o['headline'] === 'string') facts.headline ??= o['headline'];
    if (o['datePublished'] !== undefined || o['headline'] !== undefined) {
      facts.author ??= name(o['author']);
      facts.publisher ??= name(o['publisher']);
    }
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of scripts) {
    if (s.length > 1024 * 1024) continue;
    try {
      visit(JSON.parse(s), 0);
    } catch {
      // A broken JSON-LD block tells nothing.
    }
  }
  return facts;
}

function metadata(w: Walked, article: Article | undefined): Pick<ConvertedSource, 'title' | 'author' | 'publisher' | 'date'> {
  const ld = jsonLdFacts(w.jsonLd);
  const m = (k: string): string | undefined => w.meta.get(k)?.trim() || undefined;
  const title = ld.headline ?? m('og:title') ?? article?.title ?? w.title;
  const author = article?.byline ?? ld.author ?? m('author') ?? m('article:author');
  const publisher = m('og:site_name') ?? ld.publisher ?? article?.siteName;
  const date = m('article:published_time') ?? ld.datePublished ?? article?.publishedTime ?? w.time ?? m('date') ?? m('dc.date');
  return { ...(title ? { title } : {}), ...(author ? { author } : {}), ...(publisher ? { publisher } : {}), ...(date ? { date } : {}) };
}
