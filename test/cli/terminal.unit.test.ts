/** The CLI's terminal rendering: workflow commands as readable lines, the job summary as aligned text (golden file). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommandRenderer, displayWidth, renderSummary } from '../../src/cli/terminal.js';
import { fixtures } from '../helpers/paths.js';

const render = (lines: string[], verbose = false) => {
  const r = new CommandRenderer(undefined, verbose);
  return lines.map((l) => r.render(l)).filter((l) => l !== undefined);
};

describe('CommandRenderer', () => {
  it('shows annotations as file:line:col: level: message, with escaped line breaks restored', () => {
    expect(render(['::error file=values.yaml,line=4,col=9,title=Chalk preflight::bad value%0Asecond line', '::warning::careful', '::notice::fyi'])).toEqual([
      'values.yaml:4:9: error: bad value\n    second line',
      'warning: careful',
      'notice: fyi',
    ]);
  });

  it('folds a group under its title (its annotations still show), and shows it all with --verbose', () => {
    const lines = ['::group::Details', 'inner line', '::warning::inside', '::endgroup::', 'after'];
    expect(render(lines)).toEqual(['▸ Details', '  warning: inside', 'after']);
    expect(render(lines, true)).toEqual(['▸ Details', '  inner line', '  warning: inside', 'after']);
  });

  it('applies masks to every later line and hides the mask, debug and file commands', () => {
    expect(render(['::add-mask::hunter22', 'token hunter22 used', '::debug::hunter22 debug', '::set-output name=a::b'])).toEqual(['token *** used']);
    expect(render(['::debug::shown'], true)).toEqual(['debug: shown']);
  });

  it('prints commands literally between stop-commands and its token', () => {
    expect(render(['::stop-commands::pause', '::error::not an annotation', '::pause::', '::error::now one'])).toEqual([
      '::error::not an annotation',
      'error: now one',
    ]);
  });
});

describe('renderSummary', () => {
  it('renders tables aligned, <details> as indented sections, fences, callouts and entities (golden file)', () => {
    const md = readFileSync(join(fixtures, 'cli', 'summary.md'), 'utf8');
    expect(renderSummary(md)).toBe(readFileSync(join(fixtures, 'cli', 'summary.golden.txt'), 'utf8'));
  });

  it('measures wide characters as two columns', () => {
    expect(displayWidth('✅ pass')).toBe(7);
    expect(displayWidth('naïve')).toBe(5);
  });
});
