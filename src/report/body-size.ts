/**
 * Fits a markdown body under a size limit without breaking it: GitHub refuses a comment or issue
 * body over 65,536 characters, and a job summary over 1 MiB. Counted conservatively, since it is
 * not said whether GitHub counts UTF-16 units, code points or bytes: the JS length AND the UTF-8
 * byte count both stay under the limit. The header and counts table are always kept; the sections
 * (one per changed object) are kept whole, in order, as many as fit; a section that does not fit
 * is left out and counted in the pointer, never cut, so no cut falls mid-line, mid-character or
 * inside a code fence.
 */

export const COMMENT_LIMIT = 65_536;
export const SUMMARY_LIMIT = 1_048_576;
/** Room kept free for the hidden marker line a sticky comment or drift issue adds. */
export const MARKER_RESERVE = 256;
export const COMMENT_BODY_LIMIT = COMMENT_LIMIT - MARKER_RESERVE;

export interface BodyParts {
  header: string;
  counts: string;
  /** Whole sections in display order, each possibly with ```diff fences and <details>. */
  sections: readonly string[];
  /** The text that replaces what is left out, e.g. `… 12 more objects: see the job summary <url>`. */
  pointer: (omitted: number) => string;
}

export interface FittedBody {
  body: string;
  /** Indexes of the sections left out. */
  omitted: number[];
  /** True when even the header and counts table had to lose whole lines (they alone exceed the limit). */
  fixedCut: boolean;
}

export interface Size {
  chars: number;
  bytes: number;
}

const SEPARATOR = '\n\n';

export function sizeOf(text: string): Size {
  return { chars: text.length, bytes: Buffer.byteLength(text, 'utf8') };
}

/** Both counts within `limit`. */
export function fitsWithin(text: string, limit: number): boolean {
  const { chars, bytes } = sizeOf(text);
  return chars <= limit && bytes <= limit;
}

/** Fits the parts under `limit` (default: a comment body with room for its marker). */
export function fitBody(parts: BodyParts, limit: number = COMMENT_BODY_LIMIT): FittedBody {
  const fixed = join([parts.header, parts.counts]);
  const all = join([fixed, ...parts.sections]);
  if (fitsWithin(all, limit)) return { body: all, omitted: [], fixedCut: false };

  const longestPointer = sizeOf(SEPARATOR + parts.pointer(parts.sections.length));
  const fixedRoom = { chars: limit - longestPointer.chars, bytes: limit - longestPointer.bytes };
  if (!fitsSize(sizeOf(fixed), fixedRoom)) {
    const cut = wholeLinesWithin(fixed, fixedRoom);
    return { body: join([cut, parts.pointer(parts.sections.length)]), omitted: parts.sections.map((_, i) => i), fixedCut: true };
  }

  // Greedy in display order; sizes add up to at most the joined size (a surrogate pair split across
  // two blocks counts 6 bytes here and 4 once joined), and the result is checked once built.
  const room = subtract(fixedRoom, sizeOf(fixed));
  const kept: number[] = [];
  parts.sections.forEach((section, i) => {
    const cost = sizeOf(SEPARATOR + section);
    if (!fitsSize(cost, room)) return;
    kept.push(i);
    room.chars -= cost.chars;
    room.bytes -= cost.bytes;
  });
  for (;;) {
    const keptSet = new Set(kept);
    const omitted = parts.sections.map((_, i) => i).filter((i) => !keptSet.has(i));
    const body = join([fixed, ...kept.map((i) => parts.sections[i]!), parts.pointer(omitted.length)]);
    if (fitsWithin(body, limit) || kept.length === 0) return { body, omitted, fixedCut: false };
    // Only when the caller's pointer is longer for fewer omissions than for all of them.
    kept.pop();
  }
}

function join(blocks: readonly string[]): string {
  return blocks.filter((b) => b !== '').join(SEPARATOR);
}

function fitsSize(size: Size, room: Size): boolean {
  return size.chars <= room.chars && size.bytes <= room.bytes;
}

function subtract(a: Size, b: Size): Size {
  return { chars: a.chars - b.chars, bytes: a.bytes - b.bytes };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * The longest prefix of whole lines within `room` that ends outside any code fence and any
 * <details> block, so what follows it (the pointer) still renders.
 */
export function wholeLinesWithin(text: string, room: Size): string {
  let used: Size = { chars: 0, bytes: 0 };
  let balancedEnd = 0;
  let end = 0;
  let fence: string | undefined;
  let details = 0;
  for (const [i, line] of text.split('\n').entries()) {
    const cost = sizeOf(i === 0 ? line : `\n${line}`);
    used = { chars: used.chars + cost.chars, bytes: used.bytes + cost.bytes };
    if (!fitsSize(used, room)) break;
    end += cost.chars;
    const f = FENCE.exec(line);
    if (fence === undefined) {
      if (f && !(f[1]!.startsWith('`') && f[2]!.includes('`'))) fence = f[1]!;
      else details += (line.match(/<details[\s>]/gi)?.length ?? 0) - (line.match(/<\/details>/gi)?.length ?? 0);
    } else if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && f[2]!.trim() === '') {
      fence = undefined;
    }
    if (fence === undefined && details <= 0) balancedEnd = end;
  }
  return text.slice(0, balancedEnd);
}
