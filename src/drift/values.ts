/**
 * The user-supplied values on both sides: `helm get values` (what the deployed revision was given) and
 * what the files and set lines give now. helm itself merges the latter, so `--set` syntax, list
 * indexes and precedence are exactly helm's: a one-template chart with no values of its own is
 * rendered with the same `--values`/`--set` arguments and prints `.Values` as JSON.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { HelmClient } from '../helm/client.js';
import { isMap } from '../plan/field-diff.js';
import { PlanError } from '../plan/errors.js';

export interface ValuesCall {
  timeoutMs: number;
  signal?: AbortSignal;
  kubeContext?: string;
}

/** `helm get values`: the values the deployed revision was given (not the chart's defaults). */
export async function deployedValues(helm: HelmClient, release: string, namespace: string, call: ValuesCall): Promise<Record<string, unknown>> {
  const args = ['get', 'values', release, '--namespace', namespace, '--output', 'json', ...(call.kubeContext ? ['--kube-context', call.kubeContext] : [])];
  const { stdout } = await helm.run(args, { timeoutMs: call.timeoutMs, signal: call.signal });
  const parsed: unknown = JSON.parse(stdout.trim() || 'null');
  return isMap(parsed) ? parsed : {};
}

const VALUES_TEMPLATE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: values
data:
  values.json: {{ toJson .Values | quote }}
`;

/** The values helm would give the release from these files (in order) and set lines. */
export async function desiredValues(
  helm: HelmClient,
  valuesFiles: readonly string[],
  set: readonly string[],
  workDir: string,
  call: ValuesCall,
): Promise<Record<string, unknown>> {
  const chart = await mkdtemp(join(workDir, 'values-chart-'));
  await mkdir(join(chart, 'templates'));
  await writeFile(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: values\nversion: 0.0.0\n');
  await writeFile(join(chart, 'templates', 'values.yaml'), VALUES_TEMPLATE);
  const args = ['template', 'values', chart, ...valuesFiles.flatMap((f) => ['--values', f]), ...set.flatMap((s) => ['--set', s])];
  const { stdout } = await helm.run(args, { timeoutMs: call.timeoutMs, signal: call.signal });
  const rendered: unknown = parseYaml(stdout.slice(stdout.search(/^apiVersion:/m)));
  const text = isMap(rendered) && isMap(rendered.data) ? rendered.data['values.json'] : undefined;
  if (typeof text !== 'string')
    throw new PlanError(
      'render',
      'helm printed no values for the values files.',
      'Run helm template with the same values files by hand and report its output.',
    );
  const parsed: unknown = JSON.parse(text);
  return isMap(parsed) ? parsed : {};
}
