import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureBrowser, INSTALL_HINT } from '../../harness/browsers';
import { ROOT } from '../../harness/paths';

const SCRIPT = join(ROOT, 'harness', 'install-browsers.sh');

/**
 * harness/install-browsers.sh on a machine of our making: PATH holds only a fake apt-get (which
 * records its arguments and "installs" a browser by creating its executable), a fake `id` and,
 * when asked, a fake sudo; /etc/os-release is a file of the test's choosing.
 */
let dir: string;
let bin: string;
const log = () => (existsSync(join(dir, 'calls')) ? readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n') : []);

function tool(name: string, body: string): void {
  writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`);
  chmodSync(join(bin, name), 0o755);
}

function machine(opts: { uid: number; sudo?: boolean; os?: string; aptFails?: boolean }): void {
  tool('id', `echo ${opts.uid}`);
  // The fake apt-get creates the executables of the Debian packages it is asked to install.
  tool(
    'apt-get',
    `echo "apt-get $*" >> "${dir}/calls"
${opts.aptFails ? 'exit 100' : ''}
for p in "$@"; do case "$p" in chromium|chromium-browser|firefox-esr|firefox) printf '#!/bin/bash\\n' > "${bin}/$p"; chmod +x "${bin}/$p";; esac; done`,
  );
  if (opts.sudo) tool('sudo', `echo "sudo $*" >> "${dir}/calls"\n"$@"`);
  writeFileSync(join(dir, 'os-release'), opts.os ?? 'ID=debian\nVERSION_ID="12"\n');
}

function install(...browsers: string[]): { status: number | null; stderr: string } {
  const r = spawnSync('/bin/bash', [SCRIPT, ...browsers], {
    env: { PATH: bin, SIYAQ_OS_RELEASE: join(dir, 'os-release') },
    encoding: 'utf8',
  });
  return { status: r.status, stderr: r.stderr };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'siyaq-install-'));
  bin = join(dir, 'bin');
  spawnSync('mkdir', [bin]);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('install-browsers.sh', () => {
  it('installs Chromium with apt-get as root on Debian, printing the commands, and then finds it', () => {
    machine({ uid: 0 });
    const r = install('chromium');
    expect(r.status).toBe(0);
    expect(log()).toEqual(['apt-get update -qq', 'apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core']);
    expect(r.stderr).toContain('+ apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core');
    expect(existsSync(join(bin, 'chromium'))).toBe(true);
  });

  it('goes through sudo when not root, and says so', () => {
    machine({ uid: 1000, sudo: true });
    const r = install('chromium', 'firefox');
    expect(r.status).toBe(0);
    expect(log()).toEqual([
      'sudo apt-get update -qq',
      'apt-get update -qq',
      'sudo apt-get install -y -qq --no-install-recommends chromium firefox-esr fonts-dejavu-core',
      'apt-get install -y -qq --no-install-recommends chromium firefox-esr fonts-dejavu-core',
    ]);
    expect(r.stderr).toContain('+ sudo apt-get install');
  });

  it('installs only what is missing, and nothing when it is all there', () => {
    machine({ uid: 0 });
    tool('chromium', 'true');
    expect(install('chromium').status).toBe(0);
    expect(log()).toEqual([]);
    expect(install().status).toBe(0);
    expect(log()).toEqual(['apt-get update -qq', 'apt-get install -y -qq --no-install-recommends firefox-esr fonts-dejavu-core']);
  });

  it("uses Ubuntu's package names on Ubuntu and its derivatives", () => {
    machine({ uid: 0, os: 'ID=linuxmint\nID_LIKE="ubuntu debian"\n' });
    expect(install('chromium', 'firefox').status).toBe(0);
    expect(log()[1]).toBe('apt-get install -y -qq --no-install-recommends chromium-browser firefox fonts-dejavu-core');
  });

  it('prints the hint and installs nothing elsewhere', () => {
    machine({ uid: 0, os: 'ID=fedora\n' });
    const r = install('chromium');
    expect(r.status).toBe(1);
    expect(log()).toEqual([]);
    expect(r.stderr).toContain('not Debian or Ubuntu');
    expect(r.stderr).toContain('No Chrome or Chromium found. Install one');
  });

  it('prints the hint when it is not root and there is no sudo', () => {
    machine({ uid: 1000 });
    const r = install('firefox');
    expect(r.status).toBe(1);
    expect(log()).toEqual([]);
    expect(r.stderr).toContain('No Firefox found');
  });

  it('fails with the hint when apt-get fails', () => {
    machine({ uid: 0, aptFails: true });
    const r = install('chromium');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('apt-get update failed');
  });
});

describe('ensureBrowser (the demo and the benchmarks)', () => {
  const env = () => ({ PATH: bin, SIYAQ_OS_RELEASE: join(dir, 'os-release') });

  it('runs the installer when no browser is found, then returns the one apt-get installed', () => {
    machine({ uid: 0 });
    const where = join(bin, 'chromium');
    expect(ensureBrowser('chromium', { candidates: [where], env: env() })).toEqual({ path: where });
    expect(log()).toEqual(['apt-get update -qq', 'apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core']);
  });

  it('installs Firefox ESR for --firefox', () => {
    machine({ uid: 1000, sudo: true });
    const where = join(bin, 'firefox-esr');
    expect(ensureBrowser('firefox', { candidates: [where], env: env() })).toEqual({ path: where });
    expect(log()).toContain('apt-get install -y -qq --no-install-recommends firefox-esr fonts-dejavu-core');
  });

  it('uses the browser it finds without installing anything', () => {
    machine({ uid: 0 });
    tool('chromium', 'true');
    expect(ensureBrowser('chromium', { candidates: [undefined, join(bin, 'chromium')], env: env() }).path).toBe(join(bin, 'chromium'));
    expect(log()).toEqual([]);
  });

  it("throws today's hint where it cannot install", () => {
    machine({ uid: 0, os: 'ID=arch\n' });
    expect(() => ensureBrowser('chromium', { candidates: [join(bin, 'chromium')], env: env() })).toThrow(INSTALL_HINT.chromium);
    expect(log()).toEqual([]);
  });
});
