/**
 * Container image references, checked against the grammar of the distribution project's
 * `reference` package: [domain[:port]/]path[:tag][@algorithm:hex].
 */
export interface ImageReference {
  domain?: string;
  path: string;
  tag?: string;
  digest?: string;
}

const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;

export type ParsedImage = { ok: true; ref: ImageReference } | { ok: false; reason: string };

export function parseImageReference(text: string): ParsedImage {
  if (text.trim() !== text || /\s/.test(text)) return { ok: false, reason: 'it contains whitespace' };
  if (text === '') return { ok: false, reason: 'it is empty' };
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return { ok: false, reason: `the digest "${digest}" is not of the form sha256:<64 hex digits>` };
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag))
      return { ok: false, reason: `the tag "${tag}" is not valid (letters, digits, '_', '.', '-', at most 128, not starting with '.' or '-')` };
  }
  const parts = rest.split('/');
  let domain: string | undefined;
  const first = parts[0] ?? '';
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || /[A-Z]/.test(first))) {
    domain = parts.shift();
    const [host = '', port] = (domain ?? '').split(':');
    if (!host.split('.').every((c) => DOMAIN_COMPONENT.test(c))) return { ok: false, reason: `the registry host "${domain}" is not a valid host name` };
    if (port !== undefined && !/^\d+$/.test(port)) return { ok: false, reason: `the registry port "${port}" is not a number` };
  }
  if (parts.length === 0 || parts.some((p) => p === '')) return { ok: false, reason: 'the repository path has an empty component' };
  for (const part of parts) {
    if (!PATH_COMPONENT.test(part)) {
      const why = /[A-Z]/.test(part)
        ? 'repository names must be lowercase'
        : "only lowercase letters, digits and single '.', '_' or '-' separators are allowed";
      return { ok: false, reason: `the repository component "${part}" is invalid: ${why}` };
    }
  }
  const ref: ImageReference = { path: parts.join('/') };
  if (domain !== undefined) ref.domain = domain;
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return { ok: true, ref };
}
