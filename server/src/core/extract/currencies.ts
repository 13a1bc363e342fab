/**
 * Currencies of ISO 4217, as data: each code with its English names, the country words that
 * qualify a name shared by several currencies ("Indian rupee"), its symbols and its minor unit.
 * The readers of numbers and figures build their patterns from this table; nothing else in the
 * engine names a currency.
 *
 * How a currency is read:
 * - a symbol or code before the number ("A$1.2bn", "CHF 12m", "Rp 5 trillion", "USD 5m"), or a
 *   code, a symbol or a name after it ("5m USD", "500 €", "200 rand", "133,000 US dollars");
 * - a name or symbol that one currency alone uses gives its code ("rupiah" IDR, "₩" KRW);
 * - a name several currencies use bare is kept by name ("peso", "krone", "rupee", "dinar"), and so
 *   is a shared symbol ("Rs" → "rupee"), unless DEFAULTS below gives the reading English prose
 *   takes for granted: a bare "$" or "dollar" is USD, "¥" is JPY (as the engine always read them);
 * - with a country word the name is exact ("Mexican pesos" MXN, "Australian cents" AUD); with a
 *   capitalised word the table does not know ("Zorkish pesos") it is kept by name, as if bare,
 *   or gives the code when only one currency has that name at all.
 * A unit kept by name still meets each currency of that name (`currenciesAgree`).
 */

/**
 * One row per currency: `CODE | names | qualifiers | symbols | minor unit`.
 * - CODE followed by `*`: the code is also an English word ("ALL", "TOP"): not read as a code.
 * - names: groups separated by ", ", forms of a group by "/", the first form the canonical one.
 *   A form starting with `~` is read only after a qualifier ("Egyptian pound"); with `?`, it is
 *   also a common English word ("won"), read bare only where an amount can be (see `plain`).
 * - qualifiers: country names and adjectives, separated by ", ".
 * - symbols: separated by spaces; `-zł` marks a symbol written only after the number.
 */
const TABLE = `
AED | dirham/dirhams | UAE, Emirati, Emirates, United Arab Emirates | Dh Dhs
AFN | ~afghani/~afghanis | Afghan | ؋
ALL* | ~lek/~leke/~leks | Albanian |
AMD* | ~dram/~drams | Armenian | ֏
ANG | guilder/guilders | Netherlands Antillean, Antillean |
AOA | kwanza/kwanzas | Angolan | Kz
ARS | peso/pesos | Argentine, Argentinian, Argentinean | AR$ Arg$
AUD | dollar/dollars | Australian, Aussie | A$ AU$ AUD$ | cent/cents
AWG | florin/florins | Aruban | Afl
AZN | manat/manats | Azerbaijani, Azeri | ₼
BAM* | ~mark/~marks, convertible mark/convertible marks | Bosnian, Bosnia and Herzegovina |
BBD | dollar/dollars | Barbadian, Barbados | Bds$ BB$
BDT | taka/takas | Bangladeshi | ৳ Tk
BGN | lev/leva/levs | Bulgarian |
BHD | dinar/dinars | Bahraini |
BIF | ~franc/~francs | Burundian, Burundi | FBu
BMD | dollar/dollars | Bermudian, Bermudan, Bermuda | BD$
BND | dollar/dollars | Brunei, Bruneian |
BOB* | boliviano/bolivianos | Bolivian |
BRL | ~real/reais/reals | Brazilian | R$
BSD | dollar/dollars | Bahamian |
BTN | ngultrum/ngultrums | Bhutanese |
BWP | pula | Botswana, Botswanan |
BYN | ~ruble/~rubles/~rouble/~roubles | Belarusian, Belarus |
BZD | dollar/dollars | Belize, Belizean | BZ$
CAD | dollar/dollars | Canadian | C$ CA$ Can$ CAN$ | cent/cents
CDF | ~franc/~francs | Congolese |
CHF | franc/francs | Swiss |
CLP | peso/pesos | Chilean | CLP$
CNY | yuan/yuans, renminbi | Chinese | CN¥ RMB ¥
COP | peso/pesos | Colombian | COL$
CRC | colón/colones, ~colon/~colons | Costa Rican | ₡
CUP* | peso/pesos | Cuban |
CVE* | escudo/escudos | Cape Verdean |
CZK | koruna/koruny/korunas, ~crown/~crowns | Czech | -Kč
DJF | ~franc/~francs | Djiboutian | Fdj
DKK | krone/kroner, ~crown/~crowns | Danish |
DOP | peso/pesos | Dominican | RD$
DZD | dinar/dinars | Algerian |
EGP | ~pound/~pounds | Egyptian | E£
ERN | nakfa/nakfas | Eritrean | Nfk
ETB | birr/birrs | Ethiopian |
EUR | euro/euros | | € | cent/cents
FJD | dollar/dollars | Fijian, Fiji | FJ$
FKP | ~pound/~pounds | Falkland Islands, Falklands |
GBP | pound/pounds, sterling, pound sterling/pounds sterling | British, UK, U.K. | £ | penny/pence
GEL* | lari/laris | Georgian | ₾
GHS | cedi/cedis | Ghanaian, Ghana | GH₵ ₵
GIP | ~pound/~pounds | Gibraltar |
GMD | dalasi/dalasis | Gambian |
GNF | ~franc/~francs | Guinean |
GTQ | quetzal/quetzales/quetzals | Guatemalan |
GYD | dollar/dollars | Guyanese, Guyana | G$
HKD | dollar/dollars | Hong Kong | HK$ | cent/cents
HNL | lempira/lempiras | Honduran |
HTG | gourde/gourdes | Haitian |
HUF | forint/forints | Hungarian |
IDR | rupiah/rupiahs | Indonesian | Rp
ILS | shekel/shekels/sheqel/sheqels/shekalim, new shekel/new shekels | Israeli, new Israeli | ₪ NIS
INR | rupee/rupees | Indian | ₹ Rs Rs.
IQD | dinar/dinars | Iraqi |
IRR | rial/rials | Iranian |
ISK | ~krona/~kronur/~króna/~krónur | Icelandic |
JMD | dollar/dollars | Jamaican | J$
JOD | dinar/dinars | Jordanian |
JPY | yen | Japanese | ¥ JP¥
KES | shilling/shillings | Kenyan | KSh Ksh
KGS | ~som/~soms | Kyrgyz, Kyrgyzstani |
KHR | riel/riels | Cambodian | ៛
KMF | ~franc/~francs | Comorian |
KPW | ~won | North Korean |
KRW | ?won | South Korean, Korean | ₩
KWD | dinar/dinars | Kuwaiti |
KYD | dollar/dollars | Cayman Islands, Caymanian | CI$
KZT | tenge/tenges | Kazakh, Kazakhstani | ₸
LAK | ~kip/~kips | Lao, Laotian | ₭
LBP | ~pound/~pounds, ~lira/~liras | Lebanese | L£
LKR | ~rupee/~rupees | Sri Lankan | Rs Rs.
LRD | dollar/dollars | Liberian | L$
LSL | loti/maloti | Lesotho, Basotho |
LYD | dinar/dinars | Libyan |
MAD* | ~dirham/~dirhams | Moroccan |
MDL | ~leu/~lei | Moldovan |
MGA | ariary/ariaries | Malagasy |
MKD | denar/denars/denari | Macedonian, North Macedonian |
MMK | kyat/kyats | Myanmar, Burmese |
MNT | tugrik/tugriks/tögrög/tögrögs | Mongolian | ₮
MOP* | pataca/patacas | Macanese, Macau, Macao | MOP$
MRU | ouguiya/ouguiyas | Mauritanian |
MUR | ~rupee/~rupees | Mauritian |
MVR | rufiyaa/rufiyaas | Maldivian |
MWK | kwacha/kwachas | Malawian |
MXN | peso/pesos | Mexican | MX$ Mex$
MYR | ringgit/ringgits | Malaysian | RM
MZN | metical/meticais/meticals | Mozambican |
NAD | dollar/dollars | Namibian | N$
NGN | naira/nairas | Nigerian | ₦
NIO | córdoba/córdobas/cordoba/cordobas | Nicaraguan |
NOK | krone/kroner, ~crown/~crowns | Norwegian |
NPR | ~rupee/~rupees | Nepalese, Nepali | Rs Rs.
NZD | dollar/dollars | New Zealand, NZ, Kiwi | NZ$ | cent/cents
OMR | rial/rials | Omani |
PAB | balboa/balboas | Panamanian | B/.
PEN | sol/soles, nuevo sol/nuevos soles | Peruvian | S/ S/.
PGK | kina/kinas | Papua New Guinean, PNG |
PHP | peso/pesos | Philippine, Filipino | ₱
PKR | rupee/rupees | Pakistani | Rs Rs. ₨
PLN | zloty/zlotys/zlotych/złoty | Polish | -zł
PYG | guarani/guaranis/guaraníes | Paraguayan | ₲
QAR | ~riyal/~riyals | Qatari |
RON | leu/lei | Romanian |
RSD | dinar/dinars | Serbian |
RUB | ruble/rubles/rouble/roubles | Russian | ₽
RWF | ~franc/~francs | Rwandan | FRw
SAR | riyal/riyals | Saudi, Saudi Arabian |
SBD | dollar/dollars | Solomon Islands | SI$
SCR | ~rupee/~rupees | Seychellois |
SDG | ~pound/~pounds | Sudanese |
SEK | krona/kronor, ~crown/~crowns | Swedish |
SGD | dollar/dollars | Singapore, Singaporean | S$ | cent/cents
SLE | leone/leones | Sierra Leonean |
SOS* | shilling/shillings | Somali |
SRD | dollar/dollars | Surinamese |
SSP | ~pound/~pounds | South Sudanese |
STN | dobra/dobras | Santomean |
SYP | ~pound/~pounds, ~lira/~liras | Syrian |
SZL | lilangeni/emalangeni | Swazi, Eswatini |
THB | baht/bahts | Thai | ฿
TJS | somoni/somonis | Tajik, Tajikistani |
TMT | manat/manats | Turkmen, Turkmenistani |
TND | dinar/dinars | Tunisian |
TOP* | paʻanga/pa'anga/pa’anga | Tongan | T$
TRY | lira/liras/lire | Turkish | ₺
TTD | dollar/dollars | Trinidad and Tobago, Trinidadian | TT$
TWD | dollar/dollars, new Taiwan dollar/new Taiwan dollars | Taiwan, Taiwanese, New Taiwan | NT$
TZS | shilling/shillings | Tanzanian | TSh
UAH | hryvnia/hryvnias/hryvnya/hryvni | Ukrainian | ₴
UGX | shilling/shillings | Ugandan | USh
USD | dollar/dollars, greenback/greenbacks | US, U.S., American, United States | $ US$ U.S.$ USD$ | cent/cents
UYU | peso/pesos | Uruguayan | UY$
UZS | ~som/~soms/~sum/~sums | Uzbek, Uzbekistani |
VES | bolivar/bolivars/bolívar/bolívares/bolivares | Venezuelan |
VND | dong | Vietnamese | ₫
VUV | vatu | Vanuatu |
WST | tala | Samoan | WS$
XAF | ~franc/~francs | Central African, Central African CFA, CFA | FCFA
XCD | dollar/dollars | East Caribbean | EC$
XDR | special drawing right/special drawing rights | | SDR
XOF | ~franc/~francs | West African, West African CFA, CFA |
XPF | ~franc/~francs | CFP |
YER | rial/rials | Yemeni |
ZAR | rand/rands | South African |
ZMW | kwacha/kwachas | Zambian |
ZWL | dollar/dollars | Zimbabwean, Zimbabwe | Z$
`;

/**
 * Readings English prose takes for granted where a name or symbol is shared: a bare dollar is
 * the US dollar, "¥" the yen, a bare cent a US cent.
 */
const DEFAULTS: Readonly<Record<string, string>> = { dollar: 'USD', $: 'USD', '¥': 'JPY', cent: 'USD' };

/** Minor units written on the number, without a space: "513p" (pence), "50c" and "99¢" (cents). */
export const MINOR_SUFFIXES: Readonly<Record<string, string>> = { p: 'GBP', c: 'USD', '¢': 'USD' };

export interface CurrencyInfo {
  readonly code: string;
  /** Canonical names ("rupee"), including those read only with a qualifier. */
  readonly names: readonly string[];
  readonly qualifiers: readonly string[];
  readonly symbols: readonly string[];
  /** The code is also an English word: not read as a code. */
  readonly wordCode: boolean;
}

/** What a currency written after a number reads as. */
export interface CurrencyMatch {
  /** ISO code, or the name (or symbol) a currency shares with others: "peso", "rupee". */
  readonly unit: string;
  /** Offset just past the currency. */
  readonly end: number;
  /** 0.01 for a minor unit ("cents", "pence"), else 1. */
  readonly factor: number;
  /** A bare name that is also a common English word ("won"): the caller decides. */
  readonly plain: boolean;
}

interface Entry {
  readonly unit: string;
  readonly factor: number;
  readonly plain: boolean;
}

export const CURRENCIES: readonly CurrencyInfo[] = [];
/** Lower-cased phrase ("indian rupees", "pesos", "cents") → what it reads as. */
const PHRASES = new Map<string, Entry>();
/** Lower-cased name form ("pesos") → its canonical name ("peso"). */
const CANONICAL = new Map<string, string>();
/** Canonical name → the codes of every currency called so (bare or qualified). */
const NAMED = new Map<string, Set<string>>();
/** Symbol or code as written → unit. */
const SYMBOLS = new Map<string, string>();
const SUFFIX_ONLY = new Set<string>();
const CODES = new Set<string>();

function build(): void {
  const bare = new Map<string, { codes: Set<string>; factor: number; plain: boolean }>();
  const addBare = (form: string, code: string, factor: number, plain: boolean): void => {
    const e = bare.get(form) ?? { codes: new Set<string>(), factor, plain: false };
    e.codes.add(code);
    e.plain ||= plain;
    bare.set(form, e);
  };
  // A qualified phrase two currencies share ("CFA franc") is kept by name, as a bare shared name is.
  const addQualified = (phrase: string, code: string, canonical: string, factor: number): void => {
    const had = PHRASES.get(phrase);
    PHRASES.set(phrase, { unit: had && had.unit !== code ? canonical : code, factor, plain: false });
  };
  const symbolCodes = new Map<string, Set<string>>();
  const list = CURRENCIES as CurrencyInfo[];
  for (const line of TABLE.split('\n')) {
    if (!line.trim()) continue;
    const [rawCode = '', names = '', qualifiers = '', symbols = '', minor = ''] = line.split('|').map((s) => s.trim());
    const code = rawCode.replace('*', '');
    const wordCode = rawCode.endsWith('*');
    const quals = qualifiers ? qualifiers.split(/,\s*/).map((q) => q.toLowerCase()) : [];
    const canon: string[] = [];
    const groups = [...(names ? names.split(/,\s*/).map((g) => ({ g, factor: 1 })) : []), ...(minor ? [{ g: minor, factor: 0.01 }] : [])];
    for (const { g, factor } of groups) {
      const forms = g.split('/');
      const canonical = forms[0]!.replace(/^[~?]/, '').toLowerCase();
      if (factor === 1) {
        canon.push(canonical);
        const named = NAMED.get(canonical) ?? new Set<string>();
        named.add(code);
        NAMED.set(canonical, named);
      }
      for (const raw of forms) {
        const form = raw.replace(/^[~?]/, '').toLowerCase();
        CANONICAL.set(form, canonical);
        if (!raw.startsWith('~')) addBare(form, code, factor, raw.startsWith('?'));
        for (const q of quals) addQualified(`${q} ${form}`, code, canonical, factor);
        // "euro cents": a minor unit qualified by the currency's own name.
        if (factor !== 1) for (const n of canon) addQualified(`${n} ${form}`, code, canonical, factor);
      }
    }
    const syms = symbols ? symbols.split(/\s+/) : [];
    for (const raw of syms) {
      const s = raw.replace(/^-(?=.)/, '');
      if (raw !== s) SUFFIX_ONLY.add(s);
      const codes = symbolCodes.get(s) ?? new Set<string>();
      codes.add(code);
      symbolCodes.set(s, codes);
    }
    if (!wordCode) CODES.add(code);
    list.push({ code, names: canon, qualifiers: quals, symbols: syms.map((s) => s.replace(/^-(?=.)/, '')), wordCode });
  }
  for (const [form, e] of bare) {
    const canonical = CANONICAL.get(form) ?? form;
    const unit = e.codes.size === 1 ? [...e.codes][0]! : DEFAULTS[canonical] ?? canonical;
    if (!PHRASES.has(form)) PHRASES.set(form, { unit, factor: e.factor, plain: e.plain });
  }
  for (const [s, codes] of symbolCodes) {
    if (codes.size === 1) SYMBOLS.set(s, [...codes][0]!);
    else SYMBOLS.set(s, DEFAULTS[s] ?? CURRENCIES.find((c) => codes.has(c.code))?.names[0] ?? s);
  }
  for (const code of CODES) if (!SYMBOLS.has(code)) SYMBOLS.set(code, code);
}
build();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

const byLength = (a: string, b: string): number => b.length - a.length;

/**
 * Alternation of what may stand before a number: symbols and codes, longest first. Case matters
 * ("Rs", not "rs"; "USD", not "usd"), so it is used in a pattern without the `i` flag.
 */
export const PREFIX_PATTERN = [...SYMBOLS.keys()].filter((s) => !SUFFIX_ONLY.has(s)).sort(byLength).map(escape).join('|');

/** Symbol characters that, right before a digit, make it part of an amount. */
export const SYMBOL_CHARS = [...new Set([...SYMBOLS.keys()].flatMap((s) => [...s].filter((c) => !/[\p{L}\p{N}\s.]/u.test(c))))].map(escape).join('');

/** The unit for a symbol or code written before a number ("A$" → AUD, "Rs" → "rupee"). */
export function prefixUnit(symbol: string): string | undefined {
  return SYMBOLS.get(symbol.replace(/\s+/g, ''));
}

// After a number: a symbol without letters, or one written after numbers ("500 €", "500 zł").
const SUFFIX_SYMBOL = new RegExp(
  `^(?:${[...SYMBOLS.keys()].filter((s) => SUFFIX_ONLY.has(s) || !/\p{L}/u.test(s)).sort(byLength).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
// A code or an all-capitals symbol after a number ("5m USD", "5bn RMB").
const CAPS = /^[A-Z]{2,4}(?![\p{L}\p{N}])/u;
// Up to four words, as the names and qualifiers of the table are written ("U.S.", "pa'anga").
const WORDS = /^([\p{L}][\p{L}'’ʻ]*(?:\.[\p{L}]+)*\.?)(?:[ \u00a0]+([\p{L}][\p{L}'’ʻ]*(?:\.[\p{L}]+)*\.?))?(?:[ \u00a0]+([\p{L}][\p{L}'’ʻ]*\.?))?(?:[ \u00a0]+([\p{L}][\p{L}'’ʻ]*\.?))?/u;

/**
 * The currency written at `pos`, after a number (at most one space between): a symbol, a code,
 * or a name with or without its country ("US dollars", "pounds sterling", "euro cents").
 */
export function currencyAfter(text: string, pos: number): CurrencyMatch | null {
  let at = pos;
  if (at < text.length && /\s/.test(text[at]!)) at++;
  const rest = text.slice(at, at + 64);
  if (!rest) return null;
  const sym = rest.match(SUFFIX_SYMBOL);
  if (sym) return { unit: SYMBOLS.get(sym[0])!, end: at + sym[0].length, factor: 1, plain: false };
  const caps = rest.match(CAPS);
  if (caps && SYMBOLS.has(caps[0])) {
    return { unit: SYMBOLS.get(caps[0])!, end: at + caps[0].length, factor: 1, plain: false };
  }
  const m = rest.match(WORDS);
  if (!m) return null;
  const words = [m[1], m[2], m[3], m[4]].filter((w): w is string => w !== undefined);
  // Offsets of the end of each word within `rest`.
  const ends: number[] = [];
  let offset = 0;
  for (const w of words) {
    offset = rest.indexOf(w, offset) + w.length;
    ends.push(offset);
  }
  const lookup = (from: number, to: number): { entry: Entry; end: number } | null => {
    const phrase = words.slice(from, to).join(' ').toLowerCase();
    const entry = PHRASES.get(phrase);
    if (entry) return { entry, end: ends[to - 1]! };
    // "dollars." at the end of a sentence: the dot is not part of the name.
    if (phrase.endsWith('.')) {
      const e = PHRASES.get(phrase.slice(0, -1));
      if (e) return { entry: e, end: ends[to - 1]! - 1 };
    }
    return null;
  };
  for (let n = words.length; n >= 1; n--) {
    const hit = lookup(0, n);
    if (hit) return { unit: hit.entry.unit, end: at + hit.end, factor: hit.entry.factor, plain: hit.entry.plain && n === 1 };
  }
  // A capitalised word the table does not know, then a name: "500 Zorkish pesos".
  if (words.length >= 2 && /^\p{Lu}[\p{L}]+$/u.test(words[0]!)) {
    for (let n = words.length; n >= 2; n--) {
      const hit = lookup(1, n);
      if (!hit) continue;
      const phrase = words.slice(1, n).join(' ').toLowerCase().replace(/\.$/, '');
      const canonical = CANONICAL.get(phrase) ?? phrase;
      const named = NAMED.get(canonical);
      const unit = hit.entry.factor !== 1 ? hit.entry.unit : named && named.size === 1 ? [...named][0]! : canonical;
      return { unit, end: at + hit.end, factor: hit.entry.factor, plain: false };
    }
  }
  return null;
}

/**
 * Whether two money units can be the same currency: the same code or name, or a name kept for
 * several currencies ("peso") and one of them ("MXN").
 */
export function currenciesAgree(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const named = NAMED.get(a) ?? NAMED.get(b);
  const code = NAMED.has(a) ? b : a;
  return !!named && named.has(code);
}
