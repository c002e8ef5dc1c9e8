/**
 * Markdown cut to a size limit the way GitHub needs it: whole lines only, never inside a code fence or
 * a multi-byte character, with a note saying what was left out. The limit holds for both the UTF-8 byte
 * count and the JS string length.
 */
export function fitMarkdown(markdown: string, limitBytes: number, note = "The rest is not shown: it is over GitHub's size limit."): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limitBytes && markdown.length <= limitBytes) return markdown;
  const tail = `\n\n_… cut here. ${note}_\n`;
  const budget = limitBytes - Buffer.byteLength(tail, 'utf8');
  const lines = markdown.split('\n');
  let size = 0;
  let fenceOpen = false;
  let lastSafe = 0;
  for (let i = 0; i < lines.length; i++) {
    // A line too long to keep would still be cut mid-line: stop before it.
    size += Buffer.byteLength(lines[i]!, 'utf8') + 1;
    if (size > budget) break;
    if (/^\s*(```|~~~)/.test(lines[i]!)) fenceOpen = !fenceOpen;
    if (!fenceOpen) lastSafe = i + 1;
  }
  return lines.slice(0, lastSafe).join('\n') + tail;
}
