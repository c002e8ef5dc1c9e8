/** AWS IAM over its query protocol: form-encoded Action=…&Version=2010-05-08, XML responses. */
import type { FakeAwsState, PolicyDocument } from './aws-state.js';
import type { FakeResponse } from './aws-server.js';

const NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** IAM returns policy documents URL-encoded. */
const doc = (d: PolicyDocument): string => esc(encodeURIComponent(JSON.stringify(d)));

const ok = (action: string, result: string): FakeResponse => ({
  status: 200,
  headers: { 'content-type': 'text/xml' },
  body: `<${action}Response xmlns="${NS}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>fake</RequestId></ResponseMetadata></${action}Response>`,
});

const error = (status: number, code: string, message: string): FakeResponse => ({
  status,
  headers: { 'content-type': 'text/xml' },
  body: `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${esc(message)}</Message></Error><RequestId>fake</RequestId></ErrorResponse>`,
});

export function handleIam(state: FakeAwsState, form: URLSearchParams): FakeResponse {
  const action = form.get('Action') ?? '';
  const roleName = form.get('RoleName') ?? '';
  if (state.denied.has(`iam:${action}/${roleName || form.get('PolicyArn')}`))
    return error(403, 'AccessDenied', `User: arn:${state.partition}:iam::${state.account}:user/ci is not authorized to perform: iam:${action}`);
  const role = state.roles.get(roleName);
  const noRole = (): FakeResponse => error(404, 'NoSuchEntity', `The role with name ${roleName} cannot be found.`);
  const members = (items: string[]): string => items.map((i) => `<member>${i}</member>`).join('');
  switch (action) {
    case 'GetRole':
      if (!role) return noRole();
      return ok(
        action,
        `<Role><Path>/</Path><RoleName>${roleName}</RoleName><RoleId>AROAFAKE</RoleId><Arn>arn:${state.partition}:iam::${state.account}:role/${roleName}</Arn><CreateDate>2026-01-01T00:00:00Z</CreateDate><AssumeRolePolicyDocument>${doc(role.trust)}</AssumeRolePolicyDocument></Role>`,
      );
    case 'ListRolePolicies':
      if (!role) return noRole();
      return ok(action, `<PolicyNames>${members(Object.keys(role.inline ?? {}))}</PolicyNames><IsTruncated>false</IsTruncated>`);
    case 'GetRolePolicy': {
      const policy = role?.inline?.[form.get('PolicyName') ?? ''];
      if (!policy) return error(404, 'NoSuchEntity', `The role policy ${form.get('PolicyName')} cannot be found.`);
      return ok(action, `<RoleName>${roleName}</RoleName><PolicyName>${form.get('PolicyName')}</PolicyName><PolicyDocument>${doc(policy)}</PolicyDocument>`);
    }
    case 'ListAttachedRolePolicies':
      if (!role) return noRole();
      return ok(
        action,
        `<AttachedPolicies>${(role.attached ?? []).map((arn) => `<member><PolicyName>${arn.split('/').pop()}</PolicyName><PolicyArn>${arn}</PolicyArn></member>`).join('')}</AttachedPolicies><IsTruncated>false</IsTruncated>`,
      );
    case 'GetPolicy': {
      const arn = form.get('PolicyArn') ?? '';
      if (!state.policies.has(arn)) return error(404, 'NoSuchEntity', `Policy ${arn} was not found.`);
      return ok(action, `<Policy><PolicyName>${arn.split('/').pop()}</PolicyName><Arn>${arn}</Arn><DefaultVersionId>v3</DefaultVersionId></Policy>`);
    }
    case 'GetPolicyVersion': {
      const policy = state.policies.get(form.get('PolicyArn') ?? '');
      if (!policy || form.get('VersionId') !== 'v3') return error(404, 'NoSuchEntity', 'Policy version not found.');
      return ok(action, `<PolicyVersion><Document>${doc(policy)}</Document><VersionId>v3</VersionId><IsDefaultVersion>true</IsDefaultVersion></PolicyVersion>`);
    }
    default:
      return error(400, 'InvalidAction', `fake IAM does not implement ${action}`);
  }
}
