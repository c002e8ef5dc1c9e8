/**
 * Every action entry point the toolkit ships, loaded lazily: each becomes its own chunk of the one
 * bundle, and the SDKs they import (Kubernetes, AWS, Google, pg) become chunks shared by all of them.
 * A test checks this list against actions/<name>/{main,post}.ts.
 */
export interface ActionModule {
  run(): Promise<void>;
}

export const ENTRIES: Record<string, () => Promise<ActionModule>> = {
  'deploy-dataplane/main': () => import('../../actions/deploy-dataplane/main.js'),
  'deploy-metadata/main': () => import('../../actions/deploy-metadata/main.js'),
  'drift-check/main': () => import('../../actions/drift-check/main.js'),
  'helm-login/main': () => import('../../actions/helm-login/main.js'),
  'helm-login/post': () => import('../../actions/helm-login/post.js'),
  'preflight/main': () => import('../../actions/preflight/main.js'),
  'render-and-diff/main': () => import('../../actions/render-and-diff/main.js'),
  'verify/main': () => import('../../actions/verify/main.js'),
};
