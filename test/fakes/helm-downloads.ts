/**
 * A local get.helm.sh: serves `helm-<v>-linux-amd64.tar.gz` built from the test bed's helm binary,
 * with its `.sha256sum`, so the tool-cache install path runs for real. Records every request path.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { close, listen } from './http.js';

export interface FakeHelmDownloads {
  url: string;
  requests: string[];
  sha256: string;
  close(): Promise<void>;
}

interface ReleaseOptions {
  helmBinary: string;
  version: string;
  platform: string;
}

/** Gzipping a helm binary takes seconds: each release tarball is made once per test process. */
const tarballs = new Map<string, Promise<Buffer>>();

function releaseTarball({ helmBinary, version, platform }: ReleaseOptions): Promise<Buffer> {
  const key = `${helmBinary}\0${version}\0${platform}`;
  let made = tarballs.get(key);
  if (!made) {
    made = (async () => {
      const dir = await mkdtemp(join(tmpdir(), 'chalk-helm-dl-'));
      await mkdir(join(dir, platform));
      await copyFile(helmBinary, join(dir, platform, 'helm'));
      const file = join(dir, `helm-${version}-${platform}.tar.gz`);
      await promisify(execFile)('tar', ['-czf', file, '-C', dir, platform]);
      return readFile(file);
    })();
    tarballs.set(key, made);
  }
  return made;
}

export async function startHelmDownloads(options: ReleaseOptions & { corruptChecksum?: boolean }): Promise<FakeHelmDownloads> {
  const name = `helm-${options.version}-${options.platform}.tar.gz`;
  const tarball = await releaseTarball(options);
  const sha256 = createHash('sha256').update(tarball).digest('hex');
  const published = options.corruptChecksum ? createHash('sha256').update('something else').digest('hex') : sha256;
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === `/${name}`) {
      res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': tarball.length });
      return res.end(tarball);
    }
    if (req.url === `/${name}.sha256sum`) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end(`${published}  ${name}\n`);
    }
    res.writeHead(404);
    res.end('not found');
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, requests, sha256, close: () => close(server) };
}
