/** Case and accent folding, quote and dash unification, US/UK spelling. */

const COMBINING = /\p{M}+/gu;

/** Lower-case, strip accents ("Zürich" → "zurich"), unify apostrophes. Length may change. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(COMBINING, '').toLowerCase().replace(/[’‘`´]/g, "'");
}

/**
 * Maps British spellings to American ones so that "centre"/"center", "colour"/"color",
 * "organise"/"organize", "travelled"/"traveled" compare equal. Applied to both sides of a
 * comparison, so an over-eager rule only merges rare look-alikes.
 */
export function americanize(word: string): string {
  if (word.length < 5) return word;
  return word
    .replace(/(?<=[bcdfghklmnpstvz])re$/, 'er') // centre, theatre, metre, fibre
    .replace(/(?<=[bcdfghklmnpstvz])res$/, 'ers')
    .replace(/(?<=[a-z]{3})our(s|ed|ing|ful|ite|ites|able)?$/, 'or$1') // colour, labour, favourite
    .replace(/(?<=[a-z]{2})is(e|es|ed|ing|ation|ations)$/, 'iz$1') // organise, realisation
    .replace(/(?<=[a-z]{2})ys(e|es|ed|ing)$/, 'yz$1') // analyse
    .replace(/(?<=[aeiou])ll(ed|ing|er|ers)$/, 'l$1') // travelled, cancelling
    .replace(/ogue$/, 'og') // catalogue, dialogue
    .replace(/ence$/, 'ense'); // defence, licence
}
