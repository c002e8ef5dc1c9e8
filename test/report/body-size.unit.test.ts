/** Bodies fitted under GitHub's limits keep whole sections: never a cut line, character or code fence. */
import { describe, expect, it } from 'vitest';
import { COMMENT_BODY_LIMIT, COMMENT_LIMIT, fitBody, sizeOf, SUMMARY_LIMIT, type BodyParts } from '../../src/report/body-size.js';
import { markerFor, withMarker } from '../../src/github/marker.js';

const marker = markerFor('render-and-diff', { repository: 'acme/deploy', workflow: 'PR diff', environment: 'prod', releases: ['chalk'] });
const header = '## Chalk render-and-diff: prod\nchart `chalk-metadata-plane` 1.4.0 (`sha256:0123`), commit `abc1234`';
const counts = '| kind | added | changed | removed |\n|---|---|---|---|\n| Deployment | 0 | 3 | 0 |';
const pointer = (n: number) => `… ${n} more object${n === 1 ? '' : 's'}: see the [job summary](https://github.com/acme/deploy/actions/runs/1)`;

/** Lines opening or closing a code fence. */
const fences = (text: string) => text.split('\n').filter((line) => /^ {0,3}(`{3,}|~{3,})/.test(line)).length;
/** Checked here, independently of the module: JS length and UTF-8 bytes both within the limit. */
const fitsWithin = (text: string, limit: number) => text.length <= limit && Buffer.byteLength(text, 'utf8') <= limit;
const wellFormed = (text: string) => Buffer.from(text, 'utf8').toString('utf8') === text;

function section(name: string, diffLines: number, text = 'value'): string {
  const lines = Array.from({ length: diffLines }, (_, i) => `${i % 2 ? '+' : '-'}    ${text}: ${name}-${i}`);
  return `<details><summary>Deployment ${name}</summary>\n\n\`\`\`diff\n${lines.join('\n')}\n\`\`\`\n\n</details>`;
}

function parts(sections: string[]): BodyParts {
  return { header, counts, sections, pointer };
}

describe('fitBody', () => {
  it('keeps everything, without a pointer, when it fits', () => {
    const sections = [section('a', 3), section('b', 3)];
    const fitted = fitBody(parts(sections));
    expect(fitted).toEqual({ body: [header, counts, ...sections].join('\n\n'), omitted: [], fixedCut: false });
  });

  it('fits a 300 KB diff under the comment limit with its marker, whole sections in order and intact fences', () => {
    const sections = Array.from({ length: 300 }, (_, i) => section(`api-${i}`, 45));
    expect(sections.join('').length).toBeGreaterThan(300_000);
    const { body, omitted, fixedCut } = fitBody(parts(sections));
    expect(fixedCut).toBe(false);
    expect(fitsWithin(withMarker(marker, body), COMMENT_LIMIT)).toBe(true);
    expect(body.startsWith(`${header}\n\n${counts}\n\n`)).toBe(true);
    expect(body.endsWith(pointer(omitted.length))).toBe(true);
    const kept = sections.filter((_, i) => !omitted.includes(i));
    expect(kept.length).toBeGreaterThan(40);
    expect(body).toContain(kept.join('\n\n'));
    expect(fences(body) % 2).toBe(0);
    expect(fences(body)).toBe(kept.length * 2);
    // The room left is smaller than the next section: as many as fit were kept.
    expect(sizeOf(withMarker(marker, body)).chars + sizeOf(sections[omitted[0]!]!).chars).toBeGreaterThan(COMMENT_LIMIT - 300);
  });

  it('omits a section too big on its own and still keeps the smaller ones after it', () => {
    const huge = section('huge', 4000);
    const sections = [section('a', 3), huge, section('b', 3)];
    const { body, omitted } = fitBody(parts(sections));
    expect(omitted).toEqual([1]);
    expect(body).toBe([header, counts, sections[0], sections[2], pointer(1)].join('\n\n'));
  });

  it('checks the built body, dropping a section, when the pointer is longer for fewer omissions', () => {
    const sections = Array.from({ length: 10 }, (_, i) => section(`s${i}`, 20));
    const limit = [header, counts, ...sections.slice(0, 5)].join('\n\n').length + 10;
    const wordy = (n: number) => (n === sections.length ? '…' : `… ${n} more: ${'see the summary '.repeat(20)}`);
    const fitted = fitBody({ header, counts, sections, pointer: wordy }, limit);
    expect(fitted.omitted).toEqual([4, 5, 6, 7, 8, 9]);
    expect(fitsWithin(fitted.body, limit)).toBe(true);
    expect(fitted.body.endsWith(wordy(6))).toBe(true);
  });

  it('counts UTF-8 bytes too: multi-byte text that is short in JS length still fits in bytes', () => {
    const sections = Array.from({ length: 40 }, (_, i) => section(`漢字-${i}`, 40, `${'値'.repeat(10)}${'😀'.repeat(5)}`));
    const all = sections.join('\n\n');
    expect(all.length).toBeLessThan(COMMENT_BODY_LIMIT);
    expect(Buffer.byteLength(all)).toBeGreaterThan(COMMENT_BODY_LIMIT);
    const { body, omitted } = fitBody(parts(sections));
    expect(omitted.length).toBeGreaterThan(0);
    expect(Buffer.byteLength(withMarker(marker, body))).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(wellFormed(body)).toBe(true);
  });

  it('fits a job summary under 1 MiB by parameter', () => {
    const sections = Array.from({ length: 1500 }, (_, i) => section(`obj-${i}`, 30));
    const comment = fitBody(parts(sections));
    const summary = fitBody(parts(sections), SUMMARY_LIMIT);
    expect(fitsWithin(summary.body, SUMMARY_LIMIT)).toBe(true);
    expect(summary.omitted.length).toBeGreaterThan(0);
    expect(summary.omitted.length).toBeLessThan(comment.omitted.length);
    expect(sizeOf(summary.body).bytes).toBeGreaterThan(SUMMARY_LIMIT - 2_000);
  });

  it('cuts even the header and counts at whole lines outside fences and <details> when they alone are too big', () => {
    const bigCounts = [
      '| kind | n |',
      '|---|---|',
      ...Array.from({ length: 5000 }, (_, i) => `| Kind${i} | ${i} |`),
      '<details>',
      '',
      '```',
      'x',
      '```',
      '</details>',
    ].join('\n');
    const { body, omitted, fixedCut } = fitBody({ header, counts: bigCounts, sections: [section('a', 2)], pointer }, 20_000);
    expect(fixedCut).toBe(true);
    expect(omitted).toEqual([0]);
    expect(fitsWithin(body, 20_000)).toBe(true);
    expect(body.endsWith(`|\n\n${pointer(1)}`)).toBe(true);
    // Room for 25 characters: `| a |`, then an open <details> and fence that would hide the pointer.
    const tight = fitBody(
      { header: '', counts: `| a |\n<details>\n\n\`\`\`\n${'x\n'.repeat(100)}\`\`\`\n</details>`, sections: [], pointer },
      pointer(0).length + 2 + 25,
    );
    expect(tight).toEqual({ body: `| a |\n\n${pointer(0)}`, omitted: [], fixedCut: true });
  });

  it('property: random sections and multi-byte text never exceed the limit, never cut a fence or a character', () => {
    const random = seeded(0x5eed);
    const alphabets = ['abcdef xyz', 'é漢字ü', '😀🚀👍🏽', 'a😀b\u0301c'];
    const text = (n: number) => {
      const alphabet = [...alphabets[Math.floor(random() * alphabets.length)]!];
      return Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    };
    for (let run = 0; run < 60; run++) {
      const limit = random() < 0.7 ? COMMENT_BODY_LIMIT : 2_000 + Math.floor(random() * 20_000);
      const sections = Array.from({ length: Math.floor(random() * 60) }, (_, i) => {
        const lines = Array.from({ length: 1 + Math.floor(random() ** 3 * 400) }, () => `+ ${text(Math.floor(random() * 80))}`);
        const fence = random() < 0.2 ? '~~~~' : '```';
        return `<details><summary>obj ${i} ${text(5)}</summary>\n\n${fence}diff\n${lines.join('\n')}\n${fence}\n\n</details>`;
      });
      const fitted = fitBody({ header: `## ${text(20)}`, counts: `| n |\n|---|\n| ${text(10)} |`, sections, pointer }, limit);
      const posted = limit === COMMENT_BODY_LIMIT ? withMarker(marker, fitted.body) : fitted.body;
      expect(fitsWithin(posted, limit === COMMENT_BODY_LIMIT ? COMMENT_LIMIT : limit)).toBe(true);
      expect(fences(fitted.body) % 2).toBe(0);
      expect(wellFormed(fitted.body)).toBe(true);
      const kept = sections.filter((_, i) => !fitted.omitted.includes(i));
      for (const s of kept) expect(fitted.body.includes(s)).toBe(true);
      if (fitsWithin([`## x`, ...sections].join('\n\n'), limit - 200)) expect(fitted.omitted).toEqual([]);
      else if (fitted.omitted.length) expect(fitted.body.endsWith(pointer(fitted.omitted.length))).toBe(true);
    }
  });
});

/** A small deterministic PRNG (mulberry32), so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
