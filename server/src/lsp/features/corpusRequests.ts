/** The extension's own requests about the corpus: reload it, list its sources. */
import type { Connection } from 'vscode-languageserver';
import { graceLeft, settlesWithin } from '../corpora';
import { ListSourcesRequest, ReloadCorpusRequest } from '../protocol';
import { listSourcesParams } from '../validate';
import type { ServerContext } from './context';

export function registerCorpusRequests(connection: Connection, ctx: ServerContext): void {
  const { corpora, folders } = ctx;
  connection.onRequest(ReloadCorpusRequest.type, async () => {
    try {
      const totals = await corpora.reloadAll();
      ctx.checks.clear();
      ctx.updateWatchers();
      ctx.refreshDiagnostics();
      return totals;
    } catch (e) {
      ctx.fail('Reloading the corpus', e);
      return await corpora.totals();
    }
  });

  connection.onRequest(
    ListSourcesRequest.type,
    ctx.handle(ListSourcesRequest.method, listSourcesParams, async ({ uri }) => {
      try {
        const folder = uri ? folders.of(uri) : folders.all()[0];
        const set = await corpora.forFolder(folder);
        // While a first indexing runs there is nothing to list yet (the client says it is indexing).
        if (!set.loaded && !(await settlesWithin(set.initial, graceLeft(set, ctx.indexingGraceMs)))) return [];
        await set.initial;
        return set.sources();
      } catch (e) {
        ctx.fail('Listing sources', e, uri);
        return [];
      }
    }),
  );
}
