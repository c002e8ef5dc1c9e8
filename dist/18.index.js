export const id = 18;
export const ids = [18];
export const modules = {

/***/ 66018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   METADATA_ROLE_ACTIONS: () => (/* binding */ METADATA_ROLE_ACTIONS),
/* harmony export */   SQS_QUEUES: () => (/* binding */ SQS_QUEUES),
/* harmony export */   awsChecks: () => (/* binding */ awsChecks),
/* harmony export */   withRole: () => (/* binding */ withRole)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99378);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77212);
/* harmony import */ var _checks_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71895);
/* harmony import */ var _aws_session_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83770);
/**
 * The `aws` group (opt-in): the guide's "Configuring the AWS Environment for the Metadata Plane" —
 * the seven SQS queues, the API server's IRSA role (trust and permissions) and the service
 * account's annotation. AWS is called through the SDK; nothing needs the aws CLI.
 */




const SQS_QUEUES = [
    'metric-check-trigger',
    'scheduled-resolver-trigger',
    'scheduled-query-trigger',
    'batch-status',
    'argo-builds',
    'batch-report',
    'heartbeat',
];
/** The guide's "Permissions" for the Metadata Plane API server role. */
const METADATA_ROLE_ACTIONS = ['s3:*', 'ecr:*', 'sqs:*', 'sts:AssumeRole'];
async function queuesCheck(ctx, signal) {
    const { queuePrefix, queueSuffix } = ctx.settings.aws;
    const { GetQueueUrlCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(868)]).then(__webpack_require__.t.bind(__webpack_require__, 8868, 19));
    const { clients } = (0,_aws_session_js__WEBPACK_IMPORTED_MODULE_3__/* .awsSession */ .yb)(ctx);
    const names = SQS_QUEUES.map((q) => `${queuePrefix}${q}${queueSuffix}`);
    const results = await Promise.all(names.map(async (QueueName) => {
        try {
            await clients.sqs.call('sqs:GetQueueUrl', new GetQueueUrlCommand({ QueueName }), signal);
            return { name: QueueName, error: undefined };
        }
        catch (err) {
            if (!(err instanceof _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .G) || (err.kind !== 'not-found' && err.kind !== 'access-denied'))
                throw err;
            return { name: QueueName, error: err };
        }
    }));
    const missing = results.filter((r) => r.error?.kind === 'not-found').map((r) => r.name);
    const denied = results.filter((r) => r.error?.kind === 'access-denied').map((r) => r.name);
    if (!missing.length && !denied.length)
        return { verdict: 'pass', finding: `all ${names.length} queues exist: ${names.join(', ')}` };
    const parts = [
        missing.length && `${missing.length} of ${names.length} queues missing: ${missing.join(', ')}`,
        denied.length && `sqs:GetQueueUrl denied for ${denied.join(', ')}`,
    ].filter(Boolean);
    const fixes = [
        missing.length && `Create them: ${missing.map((q) => `aws sqs create-queue --queue-name ${q}`).join('; ')}`,
        denied.length && 'Allow sqs:GetQueueUrl on these queues for the identity the workflow runs as.',
    ].filter(Boolean);
    return {
        verdict: 'fail',
        finding: parts.join('; '),
        fix: fixes.join(' ') + (queuePrefix || queueSuffix ? '' : ' (If your queues carry a prefix or suffix, set sqs-queue-prefix / sqs-queue-suffix.)'),
    };
}
const metadataTarget = (ctx) => ({
    namespace: ctx.settings.namespace,
    serviceAccount: _context_js__WEBPACK_IMPORTED_MODULE_1__/* .METADATA_SERVICE_ACCOUNT */ .u2,
    role: ctx.settings.aws.metadataRole,
    roleInput: 'metadata-role',
});
/** Runs `judge` on the resolved role; typed AWS/kube failures become fail verdicts. */
async function withRole(ctx, target, signal, judge) {
    try {
        const role = await (0,_aws_session_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveRole */ .fy)((0,_aws_session_js__WEBPACK_IMPORTED_MODULE_3__/* .awsSession */ .yb)(ctx), target, signal);
        return (0,_aws_session_js__WEBPACK_IMPORTED_MODULE_3__/* .isOutcome */ .L2)(role) ? role : await judge(role);
    }
    catch (err) {
        if (err instanceof _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .G && err.kind === 'not-found' && err.code?.startsWith('NoSuchEntity'))
            return {
                verdict: 'fail',
                finding: `IAM role ${target.role ?? '(from the service account annotation)'} does not exist: ${err.message}`,
                fix: `Create the role, or correct the ${target.roleInput} input or the service account's eks.amazonaws.com/role-arn annotation.`,
            };
        return (0,_checks_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .failure */ .V)(err);
    }
}
function awsChecks() {
    return [
        {
            id: 'aws.sqs-queues',
            group: 'aws',
            title: 'The seven SQS queues exist',
            async run(ctx, signal) {
                try {
                    return await queuesCheck(ctx, signal);
                }
                catch (err) {
                    return (0,_checks_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .failure */ .V)(err);
                }
            },
        },
        {
            id: 'aws.metadata-role-trust',
            group: 'aws',
            title: 'Metadata Plane IAM role trusts the API server service account (IRSA)',
            run: (ctx, signal) => withRole(ctx, metadataTarget(ctx), signal, (role) => (0,_aws_session_js__WEBPACK_IMPORTED_MODULE_3__/* .trustOutcome */ .TA)((0,_aws_session_js__WEBPACK_IMPORTED_MODULE_3__/* .awsSession */ .yb)(ctx), role, metadataTarget(ctx), signal)),
        },
        {
            id: 'aws.metadata-role-permissions',
            group: 'aws',
            title: `Metadata Plane IAM role allows ${METADATA_ROLE_ACTIONS.join(', ')}`,
            run: (ctx, signal) => withRole(ctx, metadataTarget(ctx), signal, (role) => (0,_aws_session_js__WEBPACK_IMPORTED_MODULE_3__/* .permissionsOutcome */ .P$)(role, METADATA_ROLE_ACTIONS)),
        },
        {
            id: 'aws.metadata-service-account',
            group: 'aws',
            title: `Service account ${_context_js__WEBPACK_IMPORTED_MODULE_1__/* .METADATA_SERVICE_ACCOUNT */ .u2} carries the role's IRSA annotation`,
            async run(ctx, signal) {
                const target = metadataTarget(ctx);
                const session = (0,_aws_session_js__WEBPACK_IMPORTED_MODULE_3__/* .awsSession */ .yb)(ctx);
                try {
                    const role = target.role ? await session.role(target.role, signal) : undefined;
                    return await (0,_aws_session_js__WEBPACK_IMPORTED_MODULE_3__/* .annotationOutcome */ .GE)(session, target, role, true, signal);
                }
                catch (err) {
                    return (0,_checks_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .failure */ .V)(err);
                }
            },
        },
    ];
}


/***/ }),

/***/ 83770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ys: () => (/* binding */ IRSA_ANNOTATION),
  GE: () => (/* binding */ annotationOutcome),
  yb: () => (/* binding */ awsSession),
  L2: () => (/* binding */ isOutcome),
  P$: () => (/* binding */ permissionsOutcome),
  fy: () => (/* binding */ resolveRole),
  TA: () => (/* binding */ trustOutcome)
});

// UNUSED EXPORTS: IRSA_AUDIENCE

;// CONCATENATED MODULE: ./src/aws/iam-policy.ts
/**
 * Reading IAM policy documents the way IAM does, for the questions preflight asks: does a trust
 * policy let one Kubernetes service account assume the role through the cluster's OIDC provider,
 * and do a role's policies allow (and not deny) the actions the guide lists. Action matching is
 * IAM's: case-insensitive, `*` and `?` wildcards, NotAction. Resources and other conditions are
 * not judged (scoping them is the operator's choice).
 */
const list = (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).map(String));
/** Parses a policy document as IAM returns it (URL-encoded JSON) or as plain JSON. */
function parsePolicy(document, source) {
    const text = document.trimStart().startsWith('{') ? document : decodeURIComponent(document);
    const doc = JSON.parse(text);
    const raw = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
    return raw.map((s) => ({
        ...(typeof s.Sid === 'string' && s.Sid ? { sid: s.Sid } : {}),
        effect: s.Effect === 'Deny' ? 'Deny' : 'Allow',
        ...(s.Action !== undefined ? { action: list(s.Action) } : {}),
        ...(s.NotAction !== undefined ? { notAction: list(s.NotAction) } : {}),
        ...(s.Principal !== undefined ? { principal: s.Principal } : {}),
        ...(s.Condition !== undefined ? { condition: s.Condition } : {}),
        source,
    }));
}
const glob = (pattern) => new RegExp(`^${pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')}$`, 'i');
/** `pattern` matches every action `required` stands for (`*` covers `s3:*`; `s3:Get*` does not). */
const covers = (pattern, required) => glob(pattern).test(required);
/** Some action matches both (`s3:DeleteBucket` overlaps `s3:*`). */
const overlaps = (a, b) => covers(a, b) || covers(b, a);
function statementCovers(s, required) {
    if (s.action)
        return s.action.some((p) => covers(p, required));
    if (s.notAction)
        return !s.notAction.some((p) => overlaps(p, required));
    return false;
}
function statementOverlaps(s, required) {
    if (s.action)
        return s.action.some((p) => overlaps(p, required));
    if (s.notAction)
        return !s.notAction.some((p) => covers(p, required));
    return false;
}
const describe = (s) => `${s.source}${s.sid ? ` (${s.sid})` : ''}`;
function evaluateAction(statements, action) {
    const allows = statements.filter((s) => s.effect === 'Allow');
    const denies = statements.filter((s) => s.effect === 'Deny');
    const allowedBy = allows.filter((s) => statementCovers(s, action)).map(describe);
    const deniedBy = denies.filter((s) => statementCovers(s, action)).map(describe);
    const partlyDeniedBy = denies.filter((s) => !statementCovers(s, action) && statementOverlaps(s, action)).map(describe);
    const narrower = [...new Set(allows.flatMap((s) => (s.action ?? []).filter((p) => !covers(p, action) && overlaps(p, action))))];
    return { action, allowed: allowedBy.length > 0 && deniedBy.length === 0, allowedBy, deniedBy, partlyDeniedBy, narrower };
}
/** One line per action that is not cleanly allowed: what exactly is wrong with it. */
function describeActionProblems(verdicts) {
    return verdicts.flatMap((v) => {
        if (v.deniedBy.length)
            return [`${v.action} is denied by ${v.deniedBy.join(', ')}`];
        if (!v.allowed)
            return [`${v.action} is not allowed${v.narrower.length ? ` (only ${v.narrower.join(', ')})` : ''}`];
        if (v.partlyDeniedBy.length)
            return [`${v.action} is partly denied by ${v.partlyDeniedBy.join(', ')}`];
        return [];
    });
}
/** The OIDC provider's ARN in `partition` (aws, aws-us-gov, aws-cn, …: the role's own). */
function oidcProviderArn(partition, account, issuerUrl) {
    const issuer = issuerUrl.replace(/^https:\/\//, '').replace(/\/$/, '');
    return { arn: `arn:${partition}:iam::${account}:oidc-provider/${issuer}`, issuer };
}
const STRING_OPERATORS = ['StringEquals', 'StringLike', 'ForAnyValue:StringEquals', 'ForAnyValue:StringLike'];
/** The values a condition key is tested against, across the string operators (Like values keep their wildcards). */
function conditionValues(s, key) {
    return STRING_OPERATORS.flatMap((op) => {
        const block = s.condition?.[op];
        const entry = block && Object.entries(block).find(([k]) => k.toLowerCase() === key.toLowerCase());
        return entry ? (list(entry[1]) ?? []).map((value) => ({ value, like: op.endsWith('Like') })) : [];
    });
}
function federated(s) {
    const p = s.principal;
    if (p && typeof p === 'object' && 'Federated' in p)
        return list(p.Federated) ?? [];
    return [];
}
/** What is missing for `b` to assume the role: [] when some statement binds it fully. */
function webIdentityProblems(trust, b) {
    const subject = `system:serviceaccount:${b.namespace}:${b.serviceAccount}`;
    const candidates = trust.filter((s) => s.effect === 'Allow' && statementCovers(s, 'sts:AssumeRoleWithWebIdentity'));
    if (!candidates.length)
        return ['no statement allows sts:AssumeRoleWithWebIdentity'];
    const forProvider = candidates.filter((s) => federated(s).includes(b.providerArn));
    if (!forProvider.length) {
        const others = [...new Set(candidates.flatMap(federated))];
        return [`no statement trusts this cluster's OIDC provider ${b.providerArn}${others.length ? ` (it trusts ${others.join(', ')})` : ''}`];
    }
    let best;
    for (const s of forProvider) {
        const problems = [];
        const subs = conditionValues(s, `${b.issuer}:sub`);
        if (!subs.length)
            problems.push(`no ${b.issuer}:sub condition, so it does not bind service account ${subject} (any service account could assume it)`);
        else if (!subs.some((c) => (c.like ? glob(c.value).test(subject) : c.value === subject)))
            problems.push(`${b.issuer}:sub is ${subs.map((c) => c.value).join(', ')}, not ${subject}`);
        const auds = conditionValues(s, `${b.issuer}:aud`);
        if (!auds.length)
            problems.push(`no ${b.issuer}:aud condition for audience ${b.audience}`);
        else if (!auds.some((c) => (c.like ? glob(c.value).test(b.audience) : c.value === b.audience)))
            problems.push(`${b.issuer}:aud is ${auds.map((c) => c.value).join(', ')}, not ${b.audience}`);
        if (!problems.length)
            return [];
        if (!best || problems.length < best.length)
            best = problems;
    }
    return best ?? [];
}

;// CONCATENATED MODULE: ./src/aws/iam-role.ts

/** `my-role` or `arn:<partition>:iam::123456789012:role/path/my-role` → the role name IAM's API takes. */
const roleName = (nameOrArn) => (nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn);
async function readRole(clients, nameOrArn, signal) {
    const iam = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(764)]).then(__webpack_require__.t.bind(__webpack_require__, 16764, 19));
    const RoleName = roleName(nameOrArn);
    const [role, inlineNames, attached] = await Promise.all([
        clients.iam.call('iam:GetRole', new iam.GetRoleCommand({ RoleName }), signal),
        clients.iam.call('iam:ListRolePolicies', new iam.ListRolePoliciesCommand({ RoleName }), signal),
        clients.iam.call('iam:ListAttachedRolePolicies', new iam.ListAttachedRolePoliciesCommand({ RoleName }), signal),
    ]);
    const inline = await Promise.all((inlineNames.PolicyNames ?? []).map(async (PolicyName) => {
        const out = await clients.iam.call('iam:GetRolePolicy', new iam.GetRolePolicyCommand({ RoleName, PolicyName }), signal);
        return parsePolicy(out.PolicyDocument ?? '{}', `inline policy ${PolicyName}`);
    }));
    const managed = await Promise.all((attached.AttachedPolicies ?? []).map(async ({ PolicyArn }) => {
        const policy = await clients.iam.call('iam:GetPolicy', new iam.GetPolicyCommand({ PolicyArn }), signal);
        const version = await clients.iam.call('iam:GetPolicyVersion', new iam.GetPolicyVersionCommand({ PolicyArn, VersionId: policy.Policy?.DefaultVersionId }), signal);
        return parsePolicy(version.PolicyVersion?.Document ?? '{}', `policy ${PolicyArn}`);
    }));
    const arn = role.Role?.Arn ?? '';
    return {
        arn,
        name: RoleName,
        partition: arn.split(':')[1] || 'aws',
        account: arn.split(':')[4] ?? '',
        trust: parsePolicy(role.Role?.AssumeRolePolicyDocument ?? '{}', 'trust policy'),
        permissions: [...inline.flat(), ...managed.flat()],
        policies: [...(inlineNames.PolicyNames ?? []).map((n) => `inline policy ${n}`), ...(attached.AttachedPolicies ?? []).map((p) => `policy ${p.PolicyArn}`)],
    };
}

// EXTERNAL MODULE: ./src/preflight/context.ts
var context = __webpack_require__(77212);
;// CONCATENATED MODULE: ./src/preflight/aws-session.ts



const IRSA_ANNOTATION = 'eks.amazonaws.com/role-arn';
const IRSA_AUDIENCE = 'sts.amazonaws.com';
const sessions = new WeakMap();
function awsSession(ctx) {
    let session = sessions.get(ctx);
    if (!session) {
        const { aws } = ctx.settings;
        const clients = ctx.aws();
        const issuer = (0,context/* sharedWork */.Dz)(async (_, signal) => aws.oidcIssuer ?? (await (await ctx.kube()).serviceAccountIssuer(signal)));
        const sa = (0,context/* sharedWork */.Dz)(async (key, signal) => {
            const [namespace, name] = key.split('/');
            return (await ctx.kube()).readServiceAccount(namespace, name, signal);
        });
        const role = (0,context/* sharedWork */.Dz)((nameOrArn, signal) => readRole(clients, nameOrArn, signal));
        session = {
            clients,
            role,
            issuer: (signal) => issuer('', signal),
            serviceAccount: (namespace, name, signal) => sa(`${namespace}/${name}`, signal),
        };
        sessions.set(ctx, session);
    }
    return session;
}
/** The role to judge: the input, else the service account's IRSA annotation; a fail outcome when neither names one. */
async function resolveRole(session, t, signal) {
    if (t.role)
        return session.role(t.role, signal);
    const sa = await session.serviceAccount(t.namespace, t.serviceAccount, signal);
    const annotated = sa?.metadata?.annotations?.[IRSA_ANNOTATION];
    if (annotated)
        return session.role(annotated, signal);
    return {
        verdict: 'fail',
        finding: `no role to check: input ${t.roleInput} is empty and service account ${t.namespace}/${t.serviceAccount} ${sa ? `has no ${IRSA_ANNOTATION} annotation` : 'does not exist'}`,
        fix: `Set the ${t.roleInput} input to the role's name or ARN.`,
    };
}
const isOutcome = (v) => 'verdict' in v;
async function trustOutcome(session, role, t, signal) {
    const { arn: providerArn, issuer } = oidcProviderArn(role.partition, role.account, await session.issuer(signal));
    const subject = `system:serviceaccount:${t.namespace}:${t.serviceAccount}`;
    const problems = webIdentityProblems(role.trust, { providerArn, issuer, namespace: t.namespace, serviceAccount: t.serviceAccount, audience: IRSA_AUDIENCE });
    if (!problems.length)
        return { verdict: 'pass', finding: `role ${role.name} trusts ${subject} through ${providerArn} (aud ${IRSA_AUDIENCE})` };
    return {
        verdict: 'fail',
        finding: `role ${role.name} trust policy: ${problems.join('; ')}`,
        fix: `Trust statement: {"Effect":"Allow","Principal":{"Federated":"${providerArn}"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"${issuer}:sub":"${subject}","${issuer}:aud":"${IRSA_AUDIENCE}"}}}`,
    };
}
/** `required` must all be allowed; `optional` ones missing only warn (e.g. dynamodb:* without a DynamoDB online store). */
function permissionsOutcome(role, required, optional = []) {
    const hard = describeActionProblems(required.map((a) => evaluateAction(role.permissions, a)));
    const soft = describeActionProblems(optional.map((a) => evaluateAction(role.permissions, a)));
    const read = role.policies.length ? role.policies.join(', ') : 'no policies attached';
    const all = [...required, ...optional];
    const fix = `Attach a policy with {"Effect":"Allow","Action":[${all.map((a) => `"${a}"`).join(',')}],"Resource":"*"} (narrow Resource as you see fit).`;
    if (hard.length)
        return { verdict: 'fail', finding: `role ${role.name}: ${[...hard, ...soft].join('; ')} (read ${read})`, fix };
    if (soft.length)
        return { verdict: 'warn', finding: `role ${role.name}: ${soft.join('; ')} (read ${read})`, fix };
    return { verdict: 'pass', finding: `role ${role.name} allows ${all.join(', ')}` };
}
/** The service account carries the role's ARN in its IRSA annotation. */
async function annotationOutcome(session, t, role, createdByChart, signal) {
    const sa = await session.serviceAccount(t.namespace, t.serviceAccount, signal);
    const name = `${t.namespace}/${t.serviceAccount}`;
    const want = role?.arn;
    const fixWith = `kubectl annotate serviceaccount ${t.serviceAccount} -n ${t.namespace} --overwrite ${IRSA_ANNOTATION}=${want ?? '<role ARN>'}`;
    if (!sa)
        return createdByChart
            ? {
                verdict: 'warn',
                finding: `service account ${name} does not exist yet (the chart creates it)`,
                fix: `Make sure the chart's values give it the annotation ${IRSA_ANNOTATION}: ${want ?? '<role ARN>'}.`,
            }
            : {
                verdict: 'fail',
                finding: `service account ${name} does not exist`,
                fix: `kubectl create serviceaccount ${t.serviceAccount} -n ${t.namespace}; ${fixWith}`,
            };
    const annotated = sa.metadata?.annotations?.[IRSA_ANNOTATION];
    if (!annotated)
        return { verdict: 'fail', finding: `service account ${name} has no ${IRSA_ANNOTATION} annotation`, fix: fixWith };
    if (want && annotated !== want)
        return { verdict: 'fail', finding: `service account ${name} is annotated with ${annotated}, not ${want}`, fix: fixWith };
    return { verdict: 'pass', finding: `service account ${name} is annotated with ${annotated}` };
}


/***/ })

};
