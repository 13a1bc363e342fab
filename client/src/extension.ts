/**
 * Entry point: activate and deactivate only. Everything else lives in ctx.ts (lifecycle),
 * client.ts (LanguageClient options), commands.ts (command table) and status.ts (status item).
 */
import type * as vscode from 'vscode';
import { registerCommands, showError } from './commands';
import { Ctx } from './ctx';
import { registerSourceViews } from './sourceViews';

let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  ctx = new Ctx(context);
  registerCommands(ctx);
  context.subscriptions.push(registerSourceViews(ctx));
  try {
    await ctx.start();
  } catch (error) {
    // VS Code shows no notification when an extension fails to activate, so say it ourselves;
    // activation still succeeds, so Show Output and Restart Server keep working.
    void showError(ctx, 'the language server failed to start', error);
  }
}

export async function deactivate(): Promise<void> {
  const current = ctx;
  ctx = undefined;
  await current?.stop();
}
