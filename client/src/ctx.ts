/**
 * Ctx owns the client's lifecycle: the output channel, the status item, the LanguageClient
 * (start, stop, restart) and the listeners that live as long as one client does.
 */
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { StatusNotification } from '../../server/src/lsp/protocol';
import { createClient, type Client } from './client';
import { languages, needsRestart, RESTART_SETTINGS } from './config';
import { StatusItem } from './status';

/** Lives from activate to deactivate; `deactivate()` stops the client (see extension.ts). */
export class Ctx {
  readonly log: vscode.LogOutputChannel;
  readonly status: StatusItem;
  private current: Client | undefined;
  private starting: Promise<void> | undefined;
  private perClient: vscode.Disposable[] = [];
  /** The languages the running client was created with (its document selector). */
  private selectorLanguages: readonly string[];

  constructor(readonly extension: vscode.ExtensionContext) {
    this.log = vscode.window.createOutputChannel('Corroborate', { log: true });
    this.selectorLanguages = languages();
    this.status = new StatusItem(this.selectorLanguages);
    extension.subscriptions.push(
      this.log,
      this.status,
      vscode.workspace.onDidChangeConfiguration((e) => this.onConfigurationChanged(e)),
    );
  }

  /** Languages of the running client's document selector. */
  get languages(): readonly string[] {
    return this.selectorLanguages;
  }

  /** The client if it is running, after waiting for a start in progress; otherwise undefined. */
  async ready(): Promise<Client | undefined> {
    if (this.starting) await this.starting.catch(() => undefined);
    return this.current?.client.isRunning() ? this.current : undefined;
  }

  /** Starts a client (no-op while one is running or starting). Rejects when the server fails to start. */
  start(): Promise<void> {
    if (this.current) return this.starting ?? Promise.resolve();
    this.selectorLanguages = languages();
    this.status.setLanguages(this.selectorLanguages);
    this.status.setClientState('starting');
    let client: Client;
    try {
      client = createClient(this.extension, this.log, this.selectorLanguages);
    } catch (error) {
      this.status.setClientState('stopped');
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    this.current = client;
    this.perClient.push(
      client.pulls,
      client.client.onDidChangeState((e) => {
        if (e.newState === State.Running) this.status.setClientState('running');
        else if (e.newState === State.Starting) this.status.setClientState('starting');
        else this.status.setClientState('stopped');
      }),
      // Registered before start(), so the first indexing status is not missed.
      // (The server logs the details of an error itself; this only drives the status item.)
      client.client.onNotification(StatusNotification.type, (params) => this.status.update(params)),
    );
    this.log.info(`starting the language server for ${this.selectorLanguages.join(', ')} documents`);
    const starting = client.client.start().then(
      () => {
        this.status.setClientState('running');
        this.log.info('language server started');
      },
      (error: unknown) => {
        this.status.setClientState('stopped');
        throw error instanceof Error ? error : new Error(String(error));
      },
    );
    this.starting = starting;
    void starting.finally(() => {
      if (this.starting === starting) this.starting = undefined;
    }).catch(() => undefined);
    return starting;
  }

  async stop(): Promise<void> {
    const current = this.current;
    this.current = undefined;
    if (this.starting) await this.starting.catch(() => undefined);
    for (const d of this.perClient.splice(0)) d.dispose();
    if (current) {
      try {
        await current.client.dispose(2000);
      } catch (error) {
        this.log.warn(`stopping the language server: ${String(error)}`);
      }
    }
    this.status.setClientState('stopped');
  }

  /** Stops the client and starts a new one, which rereads the restart-only settings. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  private onConfigurationChanged(e: vscode.ConfigurationChangeEvent): void {
    // Every other corroborate.* change reaches the server as workspace/didChangeConfiguration.
    if (!needsRestart(e)) return;
    const next = languages();
    if (sameList(next, this.selectorLanguages)) return;
    void vscode.window
      .showInformationMessage(`Corroborate: restart the server to apply the change to ${RESTART_SETTINGS.join(', ')}.`, 'Restart Server')
      .then((choice) => {
        if (choice === 'Restart Server') return vscode.commands.executeCommand('corroborate.restartServer');
        return undefined;
      });
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
