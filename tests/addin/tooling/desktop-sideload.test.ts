import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { OFFICE_ADDIN_DEBUGGING, sideloadPlan } from '../../../addin/tooling/desktop-sideload.ts';
import { REPO_ROOT } from '../../support/run-bin.ts';

describe('desktop sideloading (npm run start:desktop / npm run stop)', () => {
  it.each(['linux', 'freebsd', 'aix'])('refuses on %s, where there is no desktop Excel', (p) => {
    const plan = sideloadPlan(p, 'start');
    expect(plan).toEqual({ kind: 'refuse', message: expect.any(Object) as unknown });
    if (plan.kind === 'refuse') {
      expect(plan.message.zh).toContain(`此系统（${p}）没有桌面版 Excel`);
      expect(plan.message.en).toContain(`There is no desktop Excel on this system (${p})`);
    }
  });

  it.each(['win32', 'darwin'])('starts Excel through office-addin-debugging on %s', (p) => {
    expect(sideloadPlan(p, 'start')).toEqual({
      kind: 'run',
      args: [
        '--yes',
        OFFICE_ADDIN_DEBUGGING,
        'start',
        'manifest.xml',
        'desktop',
        '--app',
        'excel',
        '--dev-server',
        'npm run dev-server',
        '--dev-server-port',
        '3000',
      ],
    });
    expect(sideloadPlan(p, 'stop')).toEqual({
      kind: 'run',
      args: ['--yes', OFFICE_ADDIN_DEBUGGING, 'stop', 'manifest.xml', 'desktop'],
    });
  });

  it('pins the office-addin-debugging version', () => {
    expect(OFFICE_ADDIN_DEBUGGING).toMatch(/^office-addin-debugging@\d+\.\d+\.\d+$/);
  });

  it.each(['start:desktop', 'stop'])(
    'npm run %s does on this machine what its plan says, with a plain message when it refuses',
    (script) => {
      const plan = sideloadPlan(process.platform, script === 'stop' ? 'stop' : 'start');
      // CI and servers are Linux; on a Windows or Mac developer machine this would open Excel.
      expect(plan.kind).toBe('refuse');
      const r = spawnSync('npm', ['run', '--silent', script], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(
        `此系统（${process.platform}）没有桌面版 Excel，无法旁加载到桌面版。请改用网页版 Excel：运行 npm run dev-server，再按 README“旁加载”一节上传 manifest.xml。 / There is no desktop Excel on this system (${process.platform}), so nothing can be sideloaded here. Use Excel on the web: run npm run dev-server, then upload manifest.xml as README "Sideload" describes.\n`,
      );
    },
  );
});
