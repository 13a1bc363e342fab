/**
 * The binary container of the lexicon files that scripts/build-lexicon.mjs writes (little-endian):
 *
 *     0  magic 'CRLX'            4  kind, 4 ASCII characters ('WNET', 'VECS')
 *     8  format version u32     12  byte-order mark u32 0x01020304
 *    16  section count u32      20  per section: tag (4 ASCII characters), byte offset u32, byte length u32
 *
 * Sections start on 8-byte boundaries, so typed arrays view them in place, without a copy, when
 * the file's bytes are themselves aligned (a file read whole into its own buffer is).
 */

export class LexiconFormatError extends Error {
  override readonly name = 'LexiconFormatError';
}

export class Container {
  private readonly sections = new Map<string, { offset: number; length: number }>();

  constructor(
    private readonly bytes: Uint8Array,
    kind: string,
    version: number,
  ) {
    if (bytes.byteLength < 20) throw new LexiconFormatError(`too short (${bytes.byteLength} bytes)`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const magic = tag(bytes, 0);
    if (magic !== 'CRLX') throw new LexiconFormatError('not a lexicon file (bad magic)');
    const found = tag(bytes, 4);
    if (found !== kind) throw new LexiconFormatError(`holds ${JSON.stringify(found)}, not ${JSON.stringify(kind)}`);
    const v = view.getUint32(8, true);
    if (v !== version) throw new LexiconFormatError(`format version ${v}, this build reads version ${version}: rebuild it (npm run build:lexicon)`);
    if (view.getUint32(12, true) !== 0x01020304) throw new LexiconFormatError('bad byte-order mark');
    if (new Uint8Array(new Uint32Array([0x01020304]).buffer)[0] !== 4) throw new LexiconFormatError('this machine is big-endian; the lexicon files are little-endian');
    const count = view.getUint32(16, true);
    if (20 + count * 12 > bytes.byteLength) throw new LexiconFormatError('truncated section table');
    for (let i = 0; i < count; i++) {
      const at = 20 + i * 12;
      const offset = view.getUint32(at + 4, true);
      const length = view.getUint32(at + 8, true);
      if (offset + length > bytes.byteLength) throw new LexiconFormatError(`section ${tag(bytes, at)} runs past the end: truncated file`);
      this.sections.set(tag(bytes, at), { offset, length });
    }
  }

  private section(name: string, unit: number): { offset: number; length: number } {
    const s = this.sections.get(name);
    if (!s) throw new LexiconFormatError(`no ${name} section`);
    if (s.length % unit !== 0) throw new LexiconFormatError(`section ${name} is not a whole number of ${unit}-byte values`);
    return s;
  }

  u8(name: string): Uint8Array {
    const s = this.section(name, 1);
    return this.bytes.subarray(s.offset, s.offset + s.length);
  }

  i8(name: string): Int8Array {
    const s = this.section(name, 1);
    return new Int8Array(this.bytes.buffer, this.bytes.byteOffset + s.offset, s.length);
  }

  u16(name: string): Uint16Array {
    return this.typed(name, 2, (b, o, n) => new Uint16Array(b, o, n));
  }

  u32(name: string): Uint32Array {
    return this.typed(name, 4, (b, o, n) => new Uint32Array(b, o, n));
  }

  f32(name: string): Float32Array {
    return this.typed(name, 4, (b, o, n) => new Float32Array(b, o, n));
  }

  json(name: string): unknown {
    try {
      return JSON.parse(new TextDecoder('utf-8').decode(this.u8(name)));
    } catch {
      throw new LexiconFormatError(`section ${name} is not JSON`);
    }
  }

  /** A view of the section in the file's own buffer when it is aligned there, else of a copy. */
  private typed<T>(name: string, unit: number, make: (buffer: ArrayBufferLike, offset: number, count: number) => T): T {
    const s = this.section(name, unit);
    const start = this.bytes.byteOffset + s.offset;
    if (start % unit === 0) return make(this.bytes.buffer, start, s.length / unit);
    return make(this.bytes.slice(s.offset, s.offset + s.length).buffer, 0, s.length / unit);
  }
}

function tag(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
}

/**
 * Strings sorted in code-unit order, kept as the file's ASCII bytes with n + 1 start offsets, and
 * binary-searched there: nothing is decoded at load, a string only when asked for.
 */
export class SortedStrings {
  readonly size: number;

  /** Checks the ends only: a damaged middle gives wrong answers, never an out-of-bounds read. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly offsets: Uint32Array,
    what: string,
  ) {
    const n = offsets.length - 1;
    this.size = n;
    if (n < 0 || offsets[0] !== 0 || offsets[n] !== bytes.length) throw new LexiconFormatError(`${what}: offsets do not match the text`);
  }

  at(i: number): string {
    const from = this.offsets[i] ?? 0;
    const to = this.offsets[i + 1] ?? from;
    let s = '';
    for (let k = from; k < to; k++) s += String.fromCharCode(this.bytes[k]!);
    return s;
  }

  /** Index of `key`, or -1. */
  find(key: string): number {
    const m = key.length;
    if (m === 0) return -1;
    const bytes = this.bytes;
    const offsets = this.offsets;
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const from = offsets[mid]!;
      const n = (offsets[mid + 1] ?? from) - from;
      const common = n < m ? n : m;
      let c = 0;
      for (let k = 0; k < common && c === 0; k++) c = key.charCodeAt(k) - bytes[from + k]!;
      if (c === 0) c = m - n;
      if (c === 0) return mid;
      if (c > 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
