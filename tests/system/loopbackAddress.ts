import { execFileSync } from 'node:child_process';

/**
 * Gives this machine `address` on the loopback device, so a process can bind to it and stand for
 * a container of the compose network; `remove()` takes it away again unless it was already there.
 * Needs CAP_NET_ADMIN (root, as in CI); throws saying so otherwise.
 *
 * @example const nginxAddress = addLoopbackAddress('172.30.89.10'); … nginxAddress.remove()
 */
export function addLoopbackAddress(address: string): { remove(): void } {
  const present = execFileSync('ip', ['-4', '-o', 'addr', 'show', 'dev', 'lo'], { encoding: 'utf8' }).includes(` ${address}/`);
  if (!present) {
    try {
      execFileSync('ip', ['addr', 'add', `${address}/32`, 'dev', 'lo'], { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      throw new Error(`could not add ${address} to lo (this test needs root or CAP_NET_ADMIN): ${String((error as { stderr?: unknown }).stderr ?? error)}`);
    }
  }
  return {
    remove() {
      if (!present) execFileSync('ip', ['addr', 'del', `${address}/32`, 'dev', 'lo'], { stdio: 'ignore' });
    },
  };
}
