/** textDocument/hover and textDocument/definition on a claim: its verdict and sources, and the evidence sentences. */
import { DefinitionRequest, HoverRequest, MarkupKind, type Connection, type Hover, type Location } from 'vscode-languageserver';
import { claimAt } from '../convert';
import { hoverMarkdown } from '../hover';
import { textDocumentPositionParams } from '../validate';
import type { ServerContext } from './context';

export function registerHover(connection: Connection, ctx: ServerContext): void {
  connection.onRequest(
    HoverRequest.type,
    ctx.handle('textDocument/hover', textDocumentPositionParams, async ({ uri, position }, token): Promise<Hover | null> => {
      try {
        const target = await ctx.checkedFor(uri, token);
        if (!target) return null;
        const i = claimAt(target.checked, target.doc.offsetAt(position));
        if (i < 0) return null;
        return { contents: { kind: MarkupKind.Markdown, value: hoverMarkdown(target.checked, i) }, range: target.checked.ranges[i]! };
      } catch (e) {
        ctx.fail('Hover', e, uri);
        return null;
      }
    }),
  );
}

export function registerDefinition(connection: Connection, ctx: ServerContext): void {
  connection.onRequest(
    DefinitionRequest.type,
    ctx.handle('textDocument/definition', textDocumentPositionParams, async ({ uri, position }, token): Promise<Location[] | null> => {
      try {
        const target = await ctx.checkedFor(uri, token);
        if (!target) return null;
        const i = claimAt(target.checked, target.doc.offsetAt(position));
        const claim = target.checked.claims[i];
        if (!claim || !claim.evidence.length) return null;
        return claim.evidence.map((e) => {
          const where = target.checked.set.locate(e);
          return { uri: where.uri, range: where.sentence };
        });
      } catch (e) {
        ctx.fail('Go to definition', e, uri);
        return null;
      }
    }),
  );
}
