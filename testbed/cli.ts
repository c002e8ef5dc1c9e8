/** npm run testbed:up | testbed:down — also `tsx testbed/cli.ts env|status|grant <namespace>`. */
import { down, grantRestricted, isUp, readEnv, up } from './index.js';
import { paths } from './lib/paths.js';

async function main(cmd: string | undefined): Promise<number> {
  switch (cmd) {
    case 'up': {
      const t0 = Date.now();
      const env = await up({ verbose: true });
      process.stderr.write(
        `[testbed] ready in ${((Date.now() - t0) / 1000).toFixed(1)}s — source ${paths.env}\n` +
          `[testbed]   kubernetes ${env.TESTBED_APISERVER} (KUBECONFIG=${env.KUBECONFIG})\n` +
          `[testbed]   registry   ${env.TESTBED_CHARTS_OCI} (user ${env.TESTBED_REGISTRY_USER}, --ca-file ${env.TESTBED_REGISTRY_CA})\n` +
          `[testbed]   postgres   ${env.PGUSER}@${env.PGHOST}:${env.PGPORT}/${env.PGDATABASE}\n`,
      );
      return 0;
    }
    case 'down':
      await down();
      process.stderr.write('[testbed] stopped and removed\n');
      return 0;
    case 'env': {
      const env = readEnv();
      if (!env) {
        process.stderr.write('[testbed] not up\n');
        return 1;
      }
      process.stdout.write(`${JSON.stringify(env, null, 2)}\n`);
      return 0;
    }
    case 'grant': {
      // tsx testbed/cli.ts grant <namespace>: let the restricted identity get/list pods and secrets there
      const ns = process.argv[3] ?? 'chalk-metadata';
      await grantRestricted(ns);
      process.stderr.write(`[testbed] ${ns}: chalk-restricted may get/list pods and secrets\n`);
      return 0;
    }
    case 'status': {
      const ok = await isUp();
      process.stdout.write(ok ? 'up\n' : 'down\n');
      return ok ? 0 : 1;
    }
    default:
      process.stderr.write('usage: tsx testbed/cli.ts up|down|env|status|grant [namespace]\n');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
