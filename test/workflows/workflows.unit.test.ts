/**
 * Static contract of the workflows (.github/workflows and the example caller's examples/workflows): scripts never
 * interpolate `${{ }}`, third-party actions are pinned by commit, each reusable workflow's workflow_call interface
 * matches what its jobs use, the actions are called with the inputs their action.yml declares, permissions are the
 * least each job needs, and what act cannot run (environments, approvals, concurrency, OIDC subjects) is checked here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/paths.js';
import { DOCS, updateDocs } from './workflow-docs.js';
import {
  actionContract,
  ALL,
  EXAMPLES,
  expressions,
  needsOf,
  refs,
  REUSABLE,
  reusable,
  steps,
  toolkitAction,
  TOOLKIT_DIR,
  type Job,
  type Step,
  type WorkflowFile,
} from './workflow-files.js';

const SHA_PIN = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/;
const TOOLKIT_REF = /^org\/chalk-actions\/(?:actions\/)?[\w-]+@v1$|^org\/chalk-actions\/\.github\/workflows\/[\w-]+\.yml@v1$/;

/** Every `uses:` of a workflow file with its line (to read the version comment). */
function usesLines(text: string): { uses: string; line: string }[] {
  return [...text.matchAll(/^(?!\s*#).*\buses:\s*([^\s#]+).*$/gm)].map((m) => ({ uses: m[1]!, line: m[0] }));
}

const standinDirs = readdirSync(join(repoRoot, 'test', 'fixtures', 'workflows', 'standins'));

describe('every workflow (this repository and the example caller)', () => {
  it.each(ALL.map((w) => [w.path, w]))('%s: no run script contains ${{ }} (values reach scripts through env:)', (_, w) => {
    for (const [id, job] of Object.entries(w.doc.jobs)) {
      for (const step of steps(job)) expect(step.run ?? '', `${w.path} ${id}: ${step.name ?? step.run}`).not.toContain('${{');
    }
  });

  it.each(standinDirs)('the %s stand-in: no run script contains ${{ }}', (dir) => {
    const meta = parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'workflows', 'standins', dir, 'action.yml'), 'utf8')) as { runs: { steps: Step[] } };
    for (const step of meta.runs.steps) expect(step.run ?? '').not.toContain('${{');
  });

  it.each(ALL.map((w) => [w.path, w]))('%s: third-party actions are pinned by full commit SHA with the version in a comment', (_, w) => {
    for (const { uses, line } of usesLines(w.text)) {
      if (uses.startsWith('./')) continue;
      if (uses.startsWith('org/chalk-actions/')) {
        // Only a caller names the toolkit, at its major tag; the toolkit's own workflows use their checkout.
        expect(w.path.startsWith('examples/'), `${w.path}: ${uses}`).toBe(true);
        expect(uses).toMatch(TOOLKIT_REF);
        continue;
      }
      expect(uses, `${w.path}: ${line.trim()}`).toMatch(SHA_PIN);
      expect(line, `${w.path}: ${line.trim()} needs a # vX.Y.Z comment`).toMatch(/#\s*v\d+\.\d+\.\d+/);
    }
  });

  it('one version per pinned action across all workflows (a SHA, one tag)', () => {
    const pins = new Map<string, Set<string>>();
    for (const w of ALL) {
      for (const { uses, line } of usesLines(w.text)) {
        if (!SHA_PIN.test(uses)) continue;
        const action = uses.split('@')[0]!.split('/').slice(0, 2).join('/');
        const set = pins.get(action) ?? new Set<string>();
        set.add(`${uses.split('@')[1]} ${/#\s*(v[\d.]+)/.exec(line)?.[1]}`);
        pins.set(action, set);
      }
    }
    for (const [action, set] of pins) expect([...set], action).toHaveLength(1);
  });

  it('declares permissions: {} at the top and gives every job its own', () => {
    for (const w of ALL.filter((f) => f.path !== '.github/workflows/ci.yml')) {
      expect(w.doc.permissions, w.path).toEqual({});
      for (const [id, job] of Object.entries(w.doc.jobs)) expect(job.permissions, `${w.path} ${id}`).toBeDefined();
    }
  });
});

/** What each job of each reusable workflow may do with the token, and nothing more. */
const PERMISSIONS: Record<string, Record<string, Record<string, string>>> = {
  'chalk-deploy.yml': {
    setup: { 'id-token': 'write' },
    metadata: { contents: 'read', 'id-token': 'write' },
    dataplane: { contents: 'read', 'id-token': 'write' },
    'dataplane-summary': {},
  },
  'chalk-pr-diff.yml': {
    setup: { 'id-token': 'write' },
    diff: { contents: 'read', 'pull-requests': 'write', 'id-token': 'write' },
    offline: { contents: 'read' },
  },
  'chalk-promote.yml': {
    setup: { 'id-token': 'write' },
    dev: { contents: 'read', 'id-token': 'write' },
    prod: { contents: 'read', 'id-token': 'write' },
  },
  'chalk-drift-check.yml': {
    setup: { 'id-token': 'write' },
    drift: { contents: 'read', issues: 'write', 'id-token': 'write' },
  },
  'release.yml': {
    'check-dist': { contents: 'read' },
    test: { contents: 'read' },
    publish: { contents: 'write' },
  },
};

/** Dynamic secrets: a cluster entry's kubeconfig-secret names a caller secret (documented: needs secrets: inherit). */
const NAMED_KUBECONFIG = /^secrets\[(?:matrix\.(?:target|environment)|fromJSON\(inputs\.(?:cluster|dev-cluster|prod-cluster)\))\.kubeconfig-secret\]$/;

function stepOutputs(job: Job, id: string): string[] | undefined {
  const step = steps(job).find((s) => s.id === id);
  if (!step) return undefined;
  const action = toolkitAction(step);
  if (action) return Object.keys(actionContract(action).outputs);
  // A run step sets the outputs it writes as name=value (or name<<delimiter) to GITHUB_OUTPUT.
  return [...(step.run ?? '').matchAll(/(?:^|["{;\s])([a-z][\w-]*)(?:=|<<)/gm)].map((m) => m[1]!);
}

describe.each(REUSABLE.map((name) => [name, reusable(name)] as const))('reusable workflow %s', (name, w) => {
  const call = w.doc.on.workflow_call!;
  const jobs = w.doc.jobs;
  const jobExpressions = expressions(jobs);

  it('runs only on workflow_call, with a description for each input, secret and output', () => {
    expect(Object.keys(w.doc.on)).toEqual(['workflow_call']);
    for (const section of [call.inputs, call.secrets, call.outputs]) {
      for (const [key, spec] of Object.entries(section ?? {})) expect(spec.description, key).toBeTruthy();
    }
  });

  it('uses each input it declares, and declares each input it uses', () => {
    const used = [...new Set(jobExpressions.flatMap((e) => refs('inputs', e)))].sort();
    const declared = Object.keys(call.inputs ?? {}).sort();
    expect(
      used.filter((i) => !declared.includes(i)),
      'used, not declared',
    ).toEqual([]);
    expect(
      declared.filter((i) => !used.includes(i)),
      'declared, not used',
    ).toEqual([]);
  });

  it('uses each secret it declares, and declares each secret it uses (GITHUB_TOKEN and named kubeconfig secrets aside)', () => {
    const used = [...new Set(jobExpressions.flatMap((e) => refs('secrets', e)))].sort();
    const declared = Object.keys(call.secrets ?? {}).sort();
    expect(
      used.filter((i) => !declared.includes(i)),
      'used, not declared',
    ).toEqual([]);
    expect(
      declared.filter((i) => !used.includes(i)),
      'declared, not used',
    ).toEqual([]);
    for (const dynamic of jobExpressions.flatMap((e) => [...e.matchAll(/secrets\[[^\]]*\]/g)].map((m) => m[0]))) expect(dynamic).toMatch(NAMED_KUBECONFIG);
  });

  it("takes each output from a job's output, which a step of that job sets", () => {
    for (const [key, spec] of Object.entries(call.outputs ?? {})) {
      const m = /^\$\{\{ jobs\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(spec.value);
      expect(m, `${key}: ${spec.value}`).toBeTruthy();
      expect(Object.keys(jobs[m![1]!]?.outputs ?? {}), key).toContain(m![2]);
    }
    for (const [id, job] of Object.entries(jobs)) {
      for (const [key, value] of Object.entries(job.outputs ?? {})) {
        const m = /^\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(value);
        expect(m, `${id}.outputs.${key}`).toBeTruthy();
        expect(stepOutputs(job, m![1]!), `${id}.outputs.${key}: step ${m![1]}`).toContain(m![2]);
      }
    }
  });

  it('reads needs.<job>.outputs only of jobs it needs, and only outputs they have', () => {
    for (const [id, job] of Object.entries(jobs)) {
      for (const e of expressions(job)) {
        for (const m of e.matchAll(/needs\.([\w-]+)\.(outputs\.([\w-]+)|result)/g)) {
          expect(needsOf(job), `${id}: ${e}`).toContain(m[1]);
          if (m[3]) expect(Object.keys(jobs[m[1]!]!.outputs ?? {}), `${id}: ${e}`).toContain(m[3]);
        }
      }
    }
  });

  it('reads steps.<id>.outputs only of earlier steps of the same job, and only outputs they set', () => {
    for (const [id, job] of Object.entries(jobs)) {
      steps(job).forEach((step, index) => {
        for (const e of expressions(step)) {
          for (const m of e.matchAll(/steps\.([\w-]+)\.(outputs\.([\w-]+)|outcome|conclusion)/g)) {
            const earlier = steps(job).slice(0, index);
            expect(
              earlier.map((s) => s.id),
              `${id} / ${step.name}: ${e}`,
            ).toContain(m[1]);
            if (m[3]) expect(stepOutputs(job, m[1]!), `${id} / ${step.name}: ${e}`).toContain(m[3]);
          }
        }
      });
    }
  });

  it('calls each action with inputs its action.yml declares, and all it requires', () => {
    for (const [id, job] of Object.entries(jobs)) {
      for (const step of steps(job)) {
        const action = toolkitAction(step);
        if (!action) continue;
        const contract = actionContract(action);
        for (const key of Object.keys(step.with ?? {}))
          expect(Object.keys(contract.inputs), `${id} / ${step.name}: ${action} has no input ${key}`).toContain(key);
        for (const [key, spec] of Object.entries(contract.inputs)) {
          if (spec.required && spec.default === undefined) expect(step.with, `${id} / ${step.name}: ${action} requires ${key}`).toHaveProperty(key);
        }
      }
    }
  });

  it('grants each job only the permissions it needs', () => {
    for (const [id, job] of Object.entries(jobs)) expect(job.permissions, id).toEqual(PERMISSIONS[name]![id]);
  });

  it('runs the actions of its own commit: setup resolves it; each job checks the toolkit out at it before its first action', () => {
    const setup = jobs.setup!;
    expect(setup.outputs).toMatchObject({ 'toolkit-repository': '${{ steps.toolkit.outputs.repository }}', 'toolkit-sha': '${{ steps.toolkit.outputs.sha }}' });
    for (const [id, job] of Object.entries(jobs)) {
      const first = steps(job).findIndex((s) => s.uses?.startsWith(TOOLKIT_DIR));
      if (first < 0) continue;
      expect(needsOf(job), id).toContain('setup');
      const checkout = steps(job).findIndex((s) => s.with?.path === '.chalk-actions');
      expect(checkout, `${id}: the toolkit checkout comes before ${steps(job)[first]!.uses}`).toBeGreaterThanOrEqual(0);
      expect(checkout).toBeLessThan(first);
      expect(steps(job)[checkout]!.with).toMatchObject({
        repository: '${{ needs.setup.outputs.toolkit-repository }}',
        ref: '${{ needs.setup.outputs.toolkit-sha }}',
        'persist-credentials': false,
      });
      // The caller's files go to config/ first: a later checkout into the workspace would clean the toolkit away,
      // and a pull request's files can never shadow the toolkit's.
      const config = steps(job).findIndex((s) => s.with?.path === 'config');
      expect(config, id).toBeGreaterThanOrEqual(0);
      expect(config).toBeLessThan(checkout);
      for (const step of steps(job)) if (step.uses?.startsWith('./')) expect(step.uses.startsWith(TOOLKIT_DIR), `${id}: ${step.uses}`).toBe(true);
    }
  });

  it('gives every job a runner label from the runs-on input', () => {
    for (const [id, job] of Object.entries(jobs)) expect(job['runs-on'], id).toBe('${{ inputs.runs-on }}');
  });
});

describe('one implementation of the shared steps', () => {
  const RESOLVE = 'Resolve the toolkit commit this workflow runs at';
  it('the toolkit commit is resolved by the same step in all four workflows', () => {
    const [first, ...rest] = REUSABLE.map((name) => steps(reusable(name).doc.jobs.setup!).find((s) => s.name === RESOLVE));
    expect(first?.id).toBe('toolkit');
    for (const other of rest) expect(other).toEqual(first);
  });

  it('cluster access (AWS, Google, GKE, kubeconfig) is the same in every job that reaches a cluster', () => {
    const NAMES = ['AWS credentials (OIDC role)', 'Google credentials (OIDC, workload identity federation)', 'GKE credentials', 'Cluster access'];
    const blocks = REUSABLE.flatMap((name) =>
      Object.entries(reusable(name).doc.jobs)
        .filter(([, job]) => steps(job).some((s) => s.name === 'Cluster access'))
        .map(([id, job]) => ({
          where: `${name} ${id}`,
          text: JSON.stringify(steps(job).filter((s) => NAMES.includes(s.name ?? ''))).replace(
            /fromJSON\(inputs\.(?:cluster|dev-cluster|prod-cluster)\)|matrix\.(?:target|environment)/g,
            'ENTRY',
          ),
        })),
    );
    expect(blocks.map((b) => b.where)).toEqual([
      'chalk-pr-diff.yml diff',
      'chalk-deploy.yml metadata',
      'chalk-deploy.yml dataplane',
      'chalk-promote.yml dev',
      'chalk-promote.yml prod',
      'chalk-drift-check.yml drift',
    ]);
    for (const b of blocks) expect(b.text, b.where).toBe(blocks[0]!.text);
  });
});

describe('chalk-deploy.yml (environments, approvals and concurrency, which act ignores)', () => {
  const jobs = reusable('chalk-deploy.yml').doc.jobs;
  it('sets the environment on each deploying job (a caller job of a reusable workflow cannot)', () => {
    expect(jobs.metadata!.environment).toBe('${{ inputs.environment }}');
    expect(jobs.dataplane!.environment).toBe('${{ inputs.environment }}');
    expect(jobs.setup!.environment).toBeUndefined();
    expect(jobs['dataplane-summary']!.environment).toBeUndefined();
  });

  it('serialises deploys per environment and per Data Plane cluster, never cancelling one in progress or awaiting approval', () => {
    expect(jobs.metadata!.concurrency).toEqual({ group: 'chalk-${{ inputs.environment }}-metadata', 'cancel-in-progress': false });
    expect(jobs.dataplane!.concurrency).toEqual({ group: 'chalk-${{ inputs.environment }}-dataplane-${{ matrix.target.name }}', 'cancel-in-progress': false });
  });

  it('fans the Data Plane out as a matrix: bounded, every cluster attempted, then one summary of all', () => {
    expect(jobs.dataplane!.strategy).toEqual({
      'fail-fast': false,
      'max-parallel': '${{ inputs.dataplane-max-parallel }}',
      matrix: { target: '${{ fromJSON(needs.setup.outputs.dataplane-targets) }}' },
    });
    expect(jobs.dataplane!.if).toBe("needs.setup.outputs.dataplane-count != '0'");
    expect(needsOf(jobs['dataplane-summary']!)).toEqual(['setup', 'dataplane']);
    expect(jobs['dataplane-summary']!.if).toMatch(/^always\(\) && /);
    const record = steps(jobs.dataplane!).find((s) => s.name?.startsWith('Record the outcome'));
    expect(record?.if).toBe('always()');
  });

  it('runs preflight, helm-login, render-and-diff, deploy-metadata and verify in that order on the Metadata Plane', () => {
    expect(steps(jobs.metadata!).map(toolkitAction).filter(Boolean)).toEqual(['preflight', 'helm-login', 'render-and-diff', 'deploy-metadata', 'verify']);
    expect(steps(jobs.dataplane!).map(toolkitAction).filter(Boolean)).toEqual(['helm-login', 'deploy-dataplane']);
  });
});

describe('chalk-promote.yml', () => {
  const jobs = reusable('chalk-promote.yml').doc.jobs;
  it('deploys dev, then prod behind its environment (reviewers), each in its environment concurrency group', () => {
    expect(jobs.dev!.environment).toBe('${{ inputs.dev-environment }}');
    expect(jobs.prod!.environment).toBe('${{ inputs.prod-environment }}');
    expect(needsOf(jobs.prod!)).toContain('dev');
    expect(jobs.dev!.concurrency).toEqual({ group: 'chalk-${{ inputs.dev-environment }}-metadata', 'cancel-in-progress': false });
    expect(jobs.prod!.concurrency).toEqual({ group: 'chalk-${{ inputs.prod-environment }}-metadata', 'cancel-in-progress': false });
  });

  it('gives prod the chart digest and config commit dev deployed, never a version or tag resolved again', () => {
    expect(jobs.dev!.outputs).toMatchObject({
      'chart-digest': '${{ steps.deploy.outputs.chart-digest }}',
      'config-commit': '${{ steps.config.outputs.commit }}',
    });
    const prod = steps(jobs.prod!);
    expect(prod[0]!.with).toMatchObject({ ref: '${{ needs.dev.outputs.config-commit }}', path: 'config' });
    const deploy = prod.find((s) => toolkitAction(s) === 'deploy-metadata')!;
    expect(deploy.with).toMatchObject({ digest: '${{ needs.dev.outputs.chart-digest }}', version: '${{ needs.dev.outputs.chart-version }}' });
    const prodText = JSON.stringify(jobs.prod);
    expect(prodText).not.toMatch(/inputs\.(chart-version|chart-digest|config-ref)/);
  });

  it("shows prod's diff in its summary before it applies it, and refuses to promote without a digest", () => {
    const actions = steps(jobs.prod!).map(toolkitAction).filter(Boolean);
    expect(actions.indexOf('render-and-diff')).toBeLessThan(actions.indexOf('deploy-metadata'));
    const diff = steps(jobs.prod!).find((s) => toolkitAction(s) === 'render-and-diff')!;
    expect(diff.with).toMatchObject({ digest: '${{ needs.dev.outputs.chart-digest }}', comment: false });
    const guard = steps(jobs.dev!).find((s) => s.name === 'What prod will get')!;
    expect(guard.run).toContain('^sha256:[0-9a-f]{64}$');
  });
});

describe('chalk-pr-diff.yml (fork safety)', () => {
  const w = reusable('chalk-pr-diff.yml');
  const jobs = w.doc.jobs;
  it('refuses pull_request_target before anything else', () => {
    expect(steps(jobs.setup!)[0]!.name).toBe('Refuse pull_request_target');
    expect(steps(jobs.setup!)[0]!.run).toContain('pull_request_target');
  });

  it('sends forks to a job with a read-only token and no secrets, cloud credentials or cluster', () => {
    expect(jobs.diff!.if).toBe("needs.setup.outputs.fork == 'false'");
    expect(jobs.offline!.if).toBe("needs.setup.outputs.fork == 'true'");
    const offline = JSON.stringify(jobs.offline);
    expect(offline).not.toMatch(/secrets\./);
    expect(
      steps(jobs.offline!)
        .filter((s) => s.uses && !s.uses.startsWith('./'))
        .map((s) => s.uses!.split('@')[0]),
    ).toEqual(['actions/checkout', 'actions/checkout']);
    const render = steps(jobs.offline!).find((s) => toolkitAction(s) === 'render-and-diff')!;
    expect(render.with).toMatchObject({ mode: 'offline', comment: false });
  });

  it('comments from the same-repository job only, one sticky comment per environment', () => {
    const render = steps(jobs.diff!).find((s) => toolkitAction(s) === 'render-and-diff')!;
    expect(render.with).toMatchObject({ comment: 'auto', environment: '${{ matrix.environment.name }}', 'github-token': '${{ github.token }}' });
  });

  it('uses no GitHub environment (a PR diff never waits for deployment reviewers)', () => {
    for (const job of Object.values(jobs)) expect(job.environment).toBeUndefined();
  });
});

describe('chalk-drift-check.yml', () => {
  const jobs = reusable('chalk-drift-check.yml').doc.jobs;
  it('checks each environment with the issue upsert and the optional failure on drift', () => {
    const drift = steps(jobs.drift!).find((s) => toolkitAction(s) === 'drift-check')!;
    expect(drift.with).toMatchObject({
      issue: '${{ inputs.issue }}',
      'fail-on-drift': '${{ inputs.fail-on-drift }}',
      environment: '${{ matrix.environment.name }}',
      'github-token': '${{ github.token }}',
    });
    expect(jobs.drift!.strategy).toMatchObject({ 'fail-fast': false });
  });

  it('uses no GitHub environment, so a scheduled check never waits for deployment reviewers', () => {
    for (const job of Object.values(jobs)) expect(job.environment).toBeUndefined();
  });
});

describe('release.yml', () => {
  const release = ALL.find((w) => w.path === '.github/workflows/release.yml')!;
  it('runs on vX.Y.Z tags: dist/ current and tests passing before the release is published and the major tag moved', () => {
    expect(release.doc.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    const { publish } = release.doc.jobs;
    expect(needsOf(publish!).sort()).toEqual(['check-dist', 'test']);
    const scripts = steps(publish!)
      .map((s) => s.run ?? '')
      .join('\n');
    expect(scripts).toContain('gh release create "$TAG" --verify-tag');
    expect(scripts).toMatch(/git tag --force "\$major" "\$GITHUB_SHA"/);
    expect(scripts).toMatch(/git push --force origin "refs\/tags\/\$major"/);
    expect(steps(release.doc.jobs['check-dist']!).map((s) => s.run ?? '')).toContain('npm run build');
    expect(steps(release.doc.jobs.test!).map((s) => s.run ?? '')).toContain('npm test');
  });
});

/** write > read > none, per scope. */
function covers(granted: Record<string, string>, needed: Record<string, string>): boolean {
  const rank = (v: string | undefined) => (v === 'write' ? 2 : v === 'read' ? 1 : 0);
  return Object.entries(needed).every(([scope, level]) => rank(granted[scope]) >= rank(level));
}

function calls(w: WorkflowFile): [string, Job, string][] {
  return Object.entries(w.doc.jobs).flatMap(([id, job]) => {
    const m = /^org\/chalk-actions\/\.github\/workflows\/([\w-]+\.yml)@v1$/.exec(job.uses ?? '');
    return m ? [[id, job, m[1]!] as [string, Job, string]] : [];
  });
}

describe.each(EXAMPLES.map((w) => [w.path, w] as const))('example caller %s', (_, w) => {
  it('calls a toolkit workflow with inputs and secrets it declares, of their types, and all it requires', () => {
    expect(calls(w).length).toBeGreaterThan(0);
    for (const [id, job, file] of calls(w)) {
      expect(REUSABLE as readonly string[]).toContain(file);
      const call = reusable(file).doc.on.workflow_call!;
      for (const [key, value] of Object.entries(job.with ?? {})) {
        const spec = call.inputs?.[key];
        expect(spec, `${id}: ${file} has no input ${key}`).toBeDefined();
        if (typeof value === 'string' && value.startsWith('${{')) continue;
        expect(typeof value, `${id}: ${key} is a ${spec!.type}`).toBe(spec!.type);
      }
      for (const [key, spec] of Object.entries(call.inputs ?? {})) if (spec.required) expect(job.with, `${id}: ${key} is required`).toHaveProperty(key);
      if (job.secrets !== 'inherit') for (const key of Object.keys(job.secrets ?? {})) expect(Object.keys(call.secrets ?? {})).toContain(key);
    }
  });

  it('grants the called jobs the permissions they request (GitHub refuses the run otherwise)', () => {
    for (const [id, job, file] of calls(w)) {
      const granted = (job.permissions ?? {}) as Record<string, string>;
      for (const [called, spec] of Object.entries(reusable(file).doc.jobs)) {
        expect(covers(granted, (spec.permissions ?? {}) as Record<string, string>), `${id} → ${file} ${called}`).toBe(true);
      }
    }
  });

  it('describes clusters and targets as JSON the workflows accept', () => {
    const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
    const CLOUD_KEYS: Record<string, string[]> = {
      aws: ['aws-region', 'aws-role-to-assume', 'eks-cluster'],
      gcp: ['gcp-workload-identity-provider', 'gcp-service-account', 'gke-cluster', 'gke-location'],
    };
    const entry = (value: Record<string, unknown>, where: string) => {
      if (value.cloud !== undefined)
        for (const key of CLOUD_KEYS[value.cloud as string]!) expect(value, `${where}: ${String(value.cloud)} needs ${key}`).toHaveProperty(key);
    };
    for (const [id, job] of calls(w)) {
      for (const [key, value] of Object.entries(job.with ?? {})) {
        if (!['cluster', 'dev-cluster', 'prod-cluster', 'environments', 'dataplane-targets'].includes(key) || String(value).startsWith('${{')) continue;
        const parsed = JSON.parse(String(value)) as unknown;
        for (const e of Array.isArray(parsed) ? parsed : [parsed]) {
          if (typeof e === 'string') continue;
          if (key !== 'cluster' && !key.endsWith('-cluster')) expect((e as { name: string }).name, `${id}.${key}`).toMatch(NAME);
          entry(e as Record<string, unknown>, `${id}.${key}`);
        }
      }
    }
  });

  it('uses the actions as steps with inputs they declare, in either reference form', () => {
    for (const job of Object.values(w.doc.jobs)) {
      for (const step of steps(job)) {
        const m = /^org\/chalk-actions\/(?:actions\/)?([\w-]+)@v1$/.exec(step.uses ?? '');
        if (!m) continue;
        const inputs = Object.keys(actionContract(m[1]!).inputs);
        for (const key of Object.keys(step.with ?? {})) expect(inputs, `${step.uses}: ${key}`).toContain(key);
      }
    }
  });
});

describe('the example caller as a whole', () => {
  it('calls all four reusable workflows and shows both reference forms of the actions', () => {
    expect(
      EXAMPLES.flatMap(calls)
        .map(([, , file]) => file)
        .sort(),
    ).toEqual([...REUSABLE].sort());
    const uses = EXAMPLES.flatMap((w) => usesLines(w.text).map((u) => u.uses));
    expect(uses.some((u) => /^org\/chalk-actions\/actions\/[\w-]+@v1$/.test(u))).toBe(true);
    expect(uses.some((u) => /^org\/chalk-actions\/(?!actions\/|\.github\/)[\w-]+@v1$/.test(u))).toBe(true);
  });

  it('keeps values and a seed per environment', () => {
    for (const env of readdirSync(join(repoRoot, 'examples', 'environments'))) {
      expect(readdirSync(join(repoRoot, 'examples', 'environments', env)).sort()).toEqual(['seed.yaml', 'values.yaml']);
    }
  });
});

describe('docs/workflows.md', () => {
  it("has each workflow's inputs, secrets and outputs tables as its workflow_call declares them", () => {
    const text = readFileSync(DOCS, 'utf8');
    expect(updateDocs(text), 'docs/workflows.md is stale: run npx tsx test/workflows/workflow-docs.ts').toBe(text);
  });
});
