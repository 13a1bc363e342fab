/** The windows the editor shows of long source sentences (server/src/lsp/excerpt.ts). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clip, excerpt, plainExcerpt, QUOTE_WINDOW } from '../../server/src/lsp/excerpt';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

void describe('excerpt', () => {
  void it('keeps a short sentence whole', () => {
    const s = 'The council approved a budget of $48 million on Tuesday.';
    assert.deepEqual(excerpt(s, 33, 44), { before: 'The council approved a budget of ', match: '$48 million', after: ' on Tuesday.', cutStart: false, cutEnd: false });
    assert.equal(plainExcerpt(s), s);
  });

  void it('centres a window on the match in a long sentence, cutting at spaces, with ellipses', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `word${i}`);
    words[2500] = '11,000';
    const s = words.join(' ');
    const at = s.indexOf('11,000');
    const x = excerpt(s, at, at + 6);
    assert.equal(x.match, '11,000');
    assert.ok(x.cutStart && x.cutEnd);
    const shown = plainExcerpt(s, at, at + 6);
    assert.ok(shown.length <= QUOTE_WINDOW + 2, `${shown.length}`);
    assert.ok(shown.length >= QUOTE_WINDOW - 2 * 30, `${shown.length}`);
    assert.match(shown, /^…word\d+ .* word\d+…$/);
    // Centred: about as much before the figure as after it.
    assert.ok(Math.abs(x.before.length - x.after.length) < 40, `${x.before.length} vs ${x.after.length}`);
  });

  void it('gives the unused side of the window to the other side at either end', () => {
    const s = `42 ${'long text '.repeat(1000)}`;
    const x = excerpt(s, 0, 2);
    assert.equal(x.cutStart, false);
    assert.equal(x.before, '');
    assert.ok(x.after.length > QUOTE_WINDOW - 40);
    const t = `${'long text '.repeat(1000)}ends at 42`;
    const y = excerpt(t, t.length - 2, t.length);
    assert.equal(y.cutEnd, false);
    assert.ok(y.before.length > QUOTE_WINDOW - 40);
  });

  void it('shows the beginning of a match longer than the window', () => {
    const s = `He said "${'blah '.repeat(200)}" and left.`;
    const x = excerpt(s, 9, s.length - 11);
    assert.equal(x.before, '');
    assert.ok(x.match.length <= QUOTE_WINDOW && x.match.startsWith('blah'));
    assert.ok(x.cutStart && x.cutEnd);
  });

  void it('clips titles at a word boundary', () => {
    assert.equal(clip('Short title', 200), 'Short title');
    const long = clip('Title '.repeat(100), 50);
    assert.ok(long.length <= 51 && long.endsWith('…'), long);
  });

  void it('never exceeds the window, never splits a surrogate pair, and keeps the match', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '😀', 'é', '\n'), maxLength: 2000 }), fc.nat(), fc.nat(40), (s, a, n) => {
        const start = s.length ? a % s.length : 0;
        const end = Math.min(s.length, start + n);
        const x = excerpt(s, start, end);
        const shown = x.before + x.match + x.after;
        assert.ok(shown.length <= QUOTE_WINDOW, `${shown.length}`);
        if (end - start < QUOTE_WINDOW) assert.equal(x.match, s.slice(start, end));
        // The window's own cuts fall between code points (the match's ends are the caller's).
        if (x.cutStart && x.before) assert.ok(!isLow(x.before.charCodeAt(0)), 'starts inside a pair');
        if (x.cutEnd && x.after) assert.ok(!isHigh(x.after.charCodeAt(x.after.length - 1)), 'ends inside a pair');
        assert.ok(s.includes(shown.trim()) || shown.trim() === '', 'a contiguous piece of the text');
      }),
    );
  });
});
