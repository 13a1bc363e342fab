/**
 * Escaping for the Markdown the server emits. Corpus text is untrusted: a source may contain
 * `[x](command:foo)`, `<img onerror=...>` or `**` of its own. Every character that Markdown or
 * HTML gives a meaning to is neutralised so it renders literally and nothing in it becomes a
 * link, an image, an HTML element or formatting.
 */

/** Escapes text for use inside a Markdown paragraph or block quote (hover content). */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\s*[\r\n]+\s*/g, ' ')
      // Brackets, emphasis, code, HTML-free autolinks, tables, strike-through, headings.
      .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Constructs that only mean something at the start of a line: lists, setext underlines.
      .replace(/^(\s*)([-=])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}

/**
 * A lighter escape for corpus text inserted into the user's own draft (citations): keeps the
 * text readable while stopping it from forming links, images, HTML or emphasis there.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
