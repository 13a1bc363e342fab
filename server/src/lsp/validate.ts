/**
 * Request parameters, checked where they enter the server. A client (or a hand-made request)
 * may send anything: `position: null`, a range of strings, a command with no arguments. What does
 * not have the shape LSP promises is answered with an InvalidParams error naming the field, before
 * any handler runs; it is the client's mistake, so it is not reported as a server failure.
 */
import { ErrorCodes, ResponseError, type Diagnostic, type Position, type Range } from 'vscode-languageserver';
import { ServerCommands, type AcceptClaimArgs } from './protocol';

/**
 * An InvalidParams error; `what` says which field was wrong and what was expected. (A function,
 * not a subclass: ResponseError resets its prototype, so a subclass would fail `instanceof`.)
 */
function InvalidParams(what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, what);
}

/** Whether an error is one of this module's answers to malformed parameters. */
export function isInvalidParams(e: unknown): e is ResponseError<void> {
  return e instanceof ResponseError && e.code === ErrorCodes.InvalidParams;
}

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** LSP's uinteger: 0 to 2^31 - 1. */
const isUInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0x7fffffff;

/** LSP's integer (document versions). */
const isInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 0x7fffffff;

function object(v: unknown, name: string): Obj {
  if (!isObject(v)) throw InvalidParams(`${name} must be an object, not ${describe(v)}`);
  return v;
}

function string(v: unknown, name: string): string {
  if (typeof v !== 'string') throw InvalidParams(`${name} must be a string, not ${describe(v)}`);
  return v;
}

function uri(v: unknown, name: string): string {
  const s = string(v, name);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) throw InvalidParams(`${name} must be a URI, not ${JSON.stringify(s.slice(0, 100))}`);
  return s;
}

export function position(v: unknown, name: string): Position {
  const p = object(v, name);
  if (!isUInteger(p['line']) || !isUInteger(p['character'])) {
    throw InvalidParams(`${name} must be { line, character } with non-negative integers, not ${describe(v)}`);
  }
  return { line: p['line'], character: p['character'] };
}

export function range(v: unknown, name: string): Range {
  const r = object(v, name);
  return { start: position(r['start'], `${name}.start`), end: position(r['end'], `${name}.end`) };
}

function textDocumentUri(params: Obj): string {
  return uri(object(params['textDocument'], 'textDocument')['uri'], 'textDocument.uri');
}

/** textDocument/hover, textDocument/definition. */
export function textDocumentPositionParams(raw: unknown): { uri: string; position: Position } {
  const params = object(raw, 'params');
  return { uri: textDocumentUri(params), position: position(params['position'], 'position') };
}

/** textDocument/diagnostic. */
export function documentDiagnosticParams(raw: unknown): { uri: string; previousResultId: string | undefined } {
  const params = object(raw, 'params');
  const previous = params['previousResultId'];
  if (previous !== undefined && previous !== null && typeof previous !== 'string') {
    throw InvalidParams(`previousResultId must be a string, not ${describe(previous)}`);
  }
  return { uri: textDocumentUri(params), previousResultId: typeof previous === 'string' ? previous : undefined };
}

/** textDocument/codeAction: the diagnostics are checked as far as the server reads them. */
export function codeActionParams(raw: unknown): { uri: string; range: Range; diagnostics: Diagnostic[]; only: string[] | undefined } {
  const params = object(raw, 'params');
  const context = object(params['context'], 'context');
  const diagnostics = context['diagnostics'];
  if (!Array.isArray(diagnostics)) throw InvalidParams(`context.diagnostics must be an array, not ${describe(diagnostics)}`);
  diagnostics.forEach((d, i) => {
    const o = object(d, `context.diagnostics[${i}]`);
    range(o['range'], `context.diagnostics[${i}].range`);
  });
  const only = context['only'];
  if (only !== undefined && only !== null && !(Array.isArray(only) && only.every((k) => typeof k === 'string'))) {
    throw InvalidParams(`context.only must be an array of strings, not ${describe(only)}`);
  }
  return { uri: textDocumentUri(params), range: range(params['range'], 'range'), diagnostics: diagnostics as Diagnostic[], only: Array.isArray(only) ? (only as string[]) : undefined };
}

/** workspace/executeCommand: a command the server offers, with the arguments it takes. */
export function executeCommandParams(raw: unknown): { command: typeof ServerCommands.acceptClaim; args: AcceptClaimArgs } {
  const params = object(raw, 'params');
  const command = string(params['command'], 'command');
  if (command !== ServerCommands.acceptClaim) throw InvalidParams(`unknown command ${JSON.stringify(command.slice(0, 100))}`);
  const list = params['arguments'];
  if (!Array.isArray(list) || list.length !== 1) throw InvalidParams(`${command} takes one argument, { uri, version, text, evidenceHash, sentence? }`);
  const a = object(list[0], 'arguments[0]');
  if (!isInteger(a['version'])) throw InvalidParams(`arguments[0].version must be an integer, not ${describe(a['version'])}`);
  const sentence = a['sentence'];
  if (sentence !== undefined && typeof sentence !== 'string') throw InvalidParams(`arguments[0].sentence must be a string, not ${describe(sentence)}`);
  return {
    command,
    args: {
      uri: uri(a['uri'], 'arguments[0].uri'),
      version: a['version'],
      text: string(a['text'], 'arguments[0].text'),
      evidenceHash: string(a['evidenceHash'], 'arguments[0].evidenceHash'),
      ...(sentence !== undefined ? { sentence } : {}),
    },
  };
}

/** corroborate/listSources. */
export function listSourcesParams(raw: unknown): { uri: string | undefined } {
  if (raw === undefined || raw === null) return { uri: undefined };
  const params = object(raw, 'params');
  return { uri: params['uri'] === undefined ? undefined : uri(params['uri'], 'uri') };
}

/** corroborate/sourceText. */
export function sourceTextParams(raw: unknown): { uri: string } {
  const params = object(raw, 'params');
  return { uri: uri(params['uri'], 'uri') };
}

/** A short description of a wrong value for an error message: its type, or a clipped JSON form. */
function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') {
    const s = JSON.stringify(v);
    return s.length > 80 ? `${s.slice(0, 79)}…` : s;
  }
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 39)}…` : v)}`;
  return String(v);
}

/** corroborate/report. */
export function reportParams(raw: unknown): { uri: string } {
  const params = object(raw, 'params');
  return { uri: uri(params['uri'], 'uri') };
}
