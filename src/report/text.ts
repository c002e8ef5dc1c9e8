/** Text from elsewhere (servers, tools), made safe to show on one line. */

/**
 * Text from a server, made safe for a log line: one line (a newline could start a workflow
 * command such as `::stop-commands::` or a fake `::error::`), no control characters, capped.
 */
export function oneLine(text: string, max = 500): string {
  const flat = text
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
