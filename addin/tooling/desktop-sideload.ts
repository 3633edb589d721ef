/**
 * `npm run start:desktop` / `npm run stop`: sideloads the add-in into desktop Excel, or takes it
 * out again, through Microsoft's office-addin-debugging — on Windows and macOS, the only systems
 * with a desktop Excel. Elsewhere it says so and exits 1 before anything is downloaded.
 *
 * office-addin-debugging is run through npx at a pinned version rather than installed with the
 * project: it needs a native module (keytar) that does not build on a Linux machine without
 * libsecret headers, which would break `npm ci` on CI and servers that never sideload.
 */
import { spawnSync } from 'node:child_process';
import { bilingualLine, t, type Bilingual } from '../../shared/i18n/messages.ts';

export const OFFICE_ADDIN_DEBUGGING = 'office-addin-debugging@7.0.0';
const DEV_SERVER_PORT = '3000';

export type SideloadPlan = { kind: 'run'; args: string[] } | { kind: 'refuse'; message: Bilingual };

/** What `start` or `stop` does on a given `process.platform`. */
export function sideloadPlan(platform: string, action: 'start' | 'stop'): SideloadPlan {
  if (platform !== 'win32' && platform !== 'darwin') {
    return { kind: 'refuse', message: t('tooling.desktop_unsupported', { platform }) };
  }
  const args = ['--yes', OFFICE_ADDIN_DEBUGGING, action, 'manifest.xml', 'desktop'];
  if (action === 'start') {
    args.push('--app', 'excel', '--dev-server', 'npm run dev-server');
    args.push('--dev-server-port', DEV_SERVER_PORT);
  }
  return { kind: 'run', args };
}

function run(action: string | undefined): number {
  if (action !== 'start' && action !== 'stop') {
    console.error(bilingualLine(t('tooling.desktop_usage')));
    return 2;
  }
  const plan = sideloadPlan(process.platform, action);
  if (plan.kind === 'refuse') {
    console.error(bilingualLine(plan.message));
    return 1;
  }
  // npx is a .cmd file on Windows, which only a shell can start; the shell needs the quotes.
  const onWindows = process.platform === 'win32';
  const args = onWindows ? plan.args.map((a) => (a.includes(' ') ? `"${a}"` : a)) : plan.args;
  const r = spawnSync('npx', args, { stdio: 'inherit', shell: onWindows });
  if (r.status === 0) return 0;
  console.error(bilingualLine(t('tooling.desktop_failed', { code: r.status ?? -1 })));
  return 1;
}

if (process.argv[1] === import.meta.filename) process.exitCode = run(process.argv[2]);
