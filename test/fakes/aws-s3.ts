/** Amazon S3's REST XML API, path-style (`GET /<bucket>?cors` is GetBucketCors). */
import type { FakeAwsState } from './aws-state.js';
import type { FakeResponse } from './aws-server.js';

const xml = (status: number, body: string): FakeResponse => ({
  status,
  headers: { 'content-type': 'application/xml' },
  body: `<?xml version="1.0" encoding="UTF-8"?>${body}`,
});
const error = (status: number, code: string, message: string, bucket: string): FakeResponse =>
  xml(status, `<Error><Code>${code}</Code><Message>${message}</Message><BucketName>${bucket}</BucketName><RequestId>fake</RequestId></Error>`);

export function handleS3(state: FakeAwsState, method: string, url: URL): FakeResponse {
  const bucket = decodeURIComponent(url.pathname.split('/')[1] ?? '');
  if (method !== 'GET' || !url.searchParams.has('cors'))
    return error(501, 'NotImplemented', `fake S3 does not implement ${method} ${url.pathname}${url.search}`, bucket);
  state.calls.push('s3:GetBucketCors');
  if (state.denied.has(`s3:GetBucketCors/${bucket}`)) return error(403, 'AccessDenied', 'Access Denied', bucket);
  if (!state.buckets.has(bucket)) return error(404, 'NoSuchBucket', 'The specified bucket does not exist', bucket);
  const rules = state.buckets.get(bucket);
  if (!rules) return error(404, 'NoSuchCORSConfiguration', 'The CORS configuration does not exist', bucket);
  const body = rules
    .map(
      (r) =>
        `<CORSRule>${r.AllowedMethods.map((m) => `<AllowedMethod>${m}</AllowedMethod>`).join('')}${r.AllowedOrigins.map((o) => `<AllowedOrigin>${o}</AllowedOrigin>`).join('')}</CORSRule>`,
    )
    .join('');
  return xml(200, `<CORSConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${body}</CORSConfiguration>`);
}
