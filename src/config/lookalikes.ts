/**
 * Non-ASCII characters that render like ASCII ones (homoglyphs: Cyrillic `а` for `a`, fullwidth
 * letters, invisible joiners). A name written with one looks right but matches nothing, so a
 * "did you mean" must name the character instead of suggesting the identical-looking name.
 */

/** Lookalikes of Latin letters and separators, with their Unicode names. */
const LOOKALIKES: ReadonlyMap<string, { ascii: string; name: string }> = new Map(
  (
    [
      ['\u0430', 'a', 'CYRILLIC SMALL LETTER A'],
      ['\u0435', 'e', 'CYRILLIC SMALL LETTER IE'],
      ['\u043e', 'o', 'CYRILLIC SMALL LETTER O'],
      ['\u0440', 'p', 'CYRILLIC SMALL LETTER ER'],
      ['\u0441', 'c', 'CYRILLIC SMALL LETTER ES'],
      ['\u0443', 'y', 'CYRILLIC SMALL LETTER U'],
      ['\u0445', 'x', 'CYRILLIC SMALL LETTER HA'],
      ['\u0455', 's', 'CYRILLIC SMALL LETTER DZE'],
      ['\u0456', 'i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I'],
      ['\u0458', 'j', 'CYRILLIC SMALL LETTER JE'],
      ['\u04bb', 'h', 'CYRILLIC SMALL LETTER SHHA'],
      ['\u0501', 'd', 'CYRILLIC SMALL LETTER KOMI DE'],
      ['\u051b', 'q', 'CYRILLIC SMALL LETTER QA'],
      ['\u051d', 'w', 'CYRILLIC SMALL LETTER WE'],
      ['\u0410', 'A', 'CYRILLIC CAPITAL LETTER A'],
      ['\u0412', 'B', 'CYRILLIC CAPITAL LETTER VE'],
      ['\u0415', 'E', 'CYRILLIC CAPITAL LETTER IE'],
      ['\u041a', 'K', 'CYRILLIC CAPITAL LETTER KA'],
      ['\u041c', 'M', 'CYRILLIC CAPITAL LETTER EM'],
      ['\u041d', 'H', 'CYRILLIC CAPITAL LETTER EN'],
      ['\u041e', 'O', 'CYRILLIC CAPITAL LETTER O'],
      ['\u0420', 'P', 'CYRILLIC CAPITAL LETTER ER'],
      ['\u0421', 'C', 'CYRILLIC CAPITAL LETTER ES'],
      ['\u0422', 'T', 'CYRILLIC CAPITAL LETTER TE'],
      ['\u0425', 'X', 'CYRILLIC CAPITAL LETTER HA'],
      ['\u0405', 'S', 'CYRILLIC CAPITAL LETTER DZE'],
      ['\u0406', 'I', 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I'],
      ['\u0408', 'J', 'CYRILLIC CAPITAL LETTER JE'],
      ['\u03bf', 'o', 'GREEK SMALL LETTER OMICRON'],
      ['\u03bd', 'v', 'GREEK SMALL LETTER NU'],
      ['\u03c1', 'p', 'GREEK SMALL LETTER RHO'],
      ['\u03b9', 'i', 'GREEK SMALL LETTER IOTA'],
      ['\u0391', 'A', 'GREEK CAPITAL LETTER ALPHA'],
      ['\u0392', 'B', 'GREEK CAPITAL LETTER BETA'],
      ['\u0395', 'E', 'GREEK CAPITAL LETTER EPSILON'],
      ['\u0396', 'Z', 'GREEK CAPITAL LETTER ZETA'],
      ['\u0397', 'H', 'GREEK CAPITAL LETTER ETA'],
      ['\u0399', 'I', 'GREEK CAPITAL LETTER IOTA'],
      ['\u039a', 'K', 'GREEK CAPITAL LETTER KAPPA'],
      ['\u039c', 'M', 'GREEK CAPITAL LETTER MU'],
      ['\u039d', 'N', 'GREEK CAPITAL LETTER NU'],
      ['\u039f', 'O', 'GREEK CAPITAL LETTER OMICRON'],
      ['\u03a1', 'P', 'GREEK CAPITAL LETTER RHO'],
      ['\u03a4', 'T', 'GREEK CAPITAL LETTER TAU'],
      ['\u03a5', 'Y', 'GREEK CAPITAL LETTER UPSILON'],
      ['\u03a7', 'X', 'GREEK CAPITAL LETTER CHI'],
      ['\u0131', 'i', 'LATIN SMALL LETTER DOTLESS I'],
      ['\u0261', 'g', 'LATIN SMALL LETTER SCRIPT G'],
      ['\u2010', '-', 'HYPHEN'],
      ['\u2011', '-', 'NON-BREAKING HYPHEN'],
      ['\u2012', '-', 'FIGURE DASH'],
      ['\u2013', '-', 'EN DASH'],
      ['\u2212', '-', 'MINUS SIGN'],
      ['\u00a0', ' ', 'NO-BREAK SPACE'],
      ['\u200b', '', 'ZERO WIDTH SPACE'],
      ['\u200c', '', 'ZERO WIDTH NON-JOINER'],
      ['\u200d', '', 'ZERO WIDTH JOINER'],
      ['\u2060', '', 'WORD JOINER'],
      ['\ufeff', '', 'ZERO WIDTH NO-BREAK SPACE'],
    ] as const
  ).map(([char, ascii, name]) => [char, { ascii, name }]),
);

const DIGIT_NAMES = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];

/** The ASCII character `char` passes for, with its Unicode name, when it is a known lookalike. */
function lookalikeOf(char: string): { ascii: string; name: string } | undefined {
  const known = LOOKALIKES.get(char);
  if (known) return known;
  // Fullwidth forms (U+FF01–U+FF5E) mirror ASCII 0x21–0x7E.
  const code = char.codePointAt(0)!;
  if (code < 0xff01 || code > 0xff5e) return undefined;
  const ascii = String.fromCodePoint(code - 0xfee0);
  if (/[A-Z]/.test(ascii)) return { ascii, name: `FULLWIDTH LATIN CAPITAL LETTER ${ascii}` };
  if (/[a-z]/.test(ascii)) return { ascii, name: `FULLWIDTH LATIN SMALL LETTER ${ascii.toUpperCase()}` };
  if (/[0-9]/.test(ascii)) return { ascii, name: `FULLWIDTH DIGIT ${DIGIT_NAMES[Number(ascii)]!}` };
  return { ascii, name: 'FULLWIDTH FORM' };
}

/** `text` with every lookalike replaced by the ASCII it passes for. */
function asciiSkeleton(text: string): string {
  let out = '';
  for (const char of text) out += lookalikeOf(char)?.ascii ?? char;
  return out;
}

/** Whether `text` holds any lookalike character. */
export function hasLookalike(text: string): boolean {
  for (const char of text) if (char.charCodeAt(0) > 0x7f && lookalikeOf(char)) return true;
  return false;
}

export interface Lookalike {
  /** The known name `text` passes for. */
  near: string;
  /** Which of the two holds what: `"аcme" holds U+0430 CYRILLIC SMALL LETTER A, a non-ASCII lookalike of "a"`. */
  description: string;
}

/**
 * The known name that `text` only looks like: the two differ, but read the same once lookalikes
 * are read as ASCII (and both are put through `normalize`, e.g. ignoring case and separators).
 * Either side may hold the lookalikes: a name can be typed plainly and defined with a Cyrillic letter.
 */
export function findLookalike(text: string, known: readonly string[], normalize: (s: string) => string = (s) => s): Lookalike | undefined {
  const skeleton = normalize(asciiSkeleton(text));
  const textHasOne = hasLookalike(text);
  const near = known.find((k) => k !== text && (textHasOne || hasLookalike(k)) && normalize(asciiSkeleton(k)) === skeleton);
  if (near === undefined) return undefined;
  return { near, description: describe(textHasOne ? text : near) };
}

function describe(text: string): string {
  const found = [...text].filter((c) => c.charCodeAt(0) > 0x7f && lookalikeOf(c));
  const first = found[0]!;
  const { ascii, name } = lookalikeOf(first)!;
  const codePoint = `U+${first.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const kind = ascii === '' ? 'an invisible non-ASCII character' : `a non-ASCII lookalike of "${ascii}"`;
  const more = found.length - 1;
  return `"${text}" holds ${codePoint} ${name}, ${kind}${more > 0 ? ` (and ${more} more such character${more > 1 ? 's' : ''})` : ''}`;
}
