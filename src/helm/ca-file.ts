/**
 * The CA bundle passed to helm as --ca-file and used for registry API calls, checked before either:
 * helm panics on a missing or unparsable file, and its panic says nothing a user can act on.
 */
import { X509Certificate } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { ChalkError } from '../errors.js';
import { oneLine } from '../report/text.js';
import { adviceFor } from './advice.js';
import { bytes } from './http.js';

/** A CA bundle larger than this is not a CA bundle (the system's whole trust store is ~200 KiB). */
const MAX_CA_FILE_BYTES = 4 << 20;
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

export type CaFileProblem = 'missing' | 'not-a-file' | 'unreadable' | 'too-large' | 'not-pem';

export class CaFileError extends ChalkError<'ca-file'> {
  readonly boundary = 'registry';

  constructor(
    readonly problem: CaFileProblem,
    message: string,
  ) {
    super('ca-file', message, adviceFor('ca-file', 'login').fix);
  }
}

/** The file's certificates, after checking it exists, is readable and holds only PEM certificates that parse. */
export async function loadCaFile(path: string): Promise<Buffer> {
  const shown = oneLine(path);
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') throw new CaFileError('missing', `ca-file ${shown} does not exist.`);
    throw new CaFileError('unreadable', `ca-file ${shown} cannot be read (${err.code ?? oneLine(err.message, 200)}).`);
  });
  if (!info.isFile()) throw new CaFileError('not-a-file', `ca-file ${shown} is not a file.`);
  if (info.size > MAX_CA_FILE_BYTES)
    throw new CaFileError('too-large', `ca-file ${shown} is larger than ${bytes(MAX_CA_FILE_BYTES)}; a CA bundle is far smaller.`);
  const content = await readFile(path).catch((err: NodeJS.ErrnoException) => {
    throw new CaFileError('unreadable', `ca-file ${shown} cannot be read (${err.code ?? oneLine(err.message, 200)}).`);
  });
  const blocks = content.toString('utf8').match(PEM_CERTIFICATE) ?? [];
  if (!blocks.length) throw new CaFileError('not-pem', `ca-file ${shown} holds no PEM certificate (-----BEGIN CERTIFICATE-----), so helm cannot use it.`);
  for (const [i, block] of blocks.entries()) {
    try {
      new X509Certificate(block);
    } catch (err) {
      throw new CaFileError('not-pem', `ca-file ${shown}: certificate ${i + 1} of ${blocks.length} does not parse (${oneLine((err as Error).message, 200)}).`);
    }
  }
  return content;
}
