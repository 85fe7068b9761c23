import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What the addressing of the shipped docker-compose.yml rests on, read from the file itself. */
export interface ComposeTopology {
  /** The default network's pinned subnet, e.g. `172.30.89.0/24`. */
  subnet: string;
  /** Where Docker hands out the other containers' addresses, e.g. `172.30.89.128/25`. */
  ipRange: string;
  /** nginx's fixed `ipv4_address` on that network. */
  nginxAddress: string;
  /** The app's TRUSTED_PROXIES, exactly as written. */
  trustedProxies: string;
  /** nginx's volumes as written (`source:target[:mode]`). */
  nginxVolumes: string[];
}

/**
 * Reads the facts of `docker-compose.yml` the client addressing depends on; throws, naming the
 * key, when one is missing or not the shape the deployment uses.
 *
 * @example readComposeTopology().trustedProxies // 'loopback,172.30.89.10'
 */
export function readComposeTopology(file = path.join(repoRoot, 'docker-compose.yml')): ComposeTopology {
  const compose = load(readFileSync(file, 'utf8'));
  const ipam = at(compose, 'networks', 'default', 'ipam', 'config');
  if (!Array.isArray(ipam) || ipam.length !== 1) throw new Error('networks.default.ipam.config should hold one subnet');
  return {
    subnet: text(at(ipam[0], 'subnet'), 'networks.default.ipam.config[0].subnet'),
    ipRange: text(at(ipam[0], 'ip_range'), 'networks.default.ipam.config[0].ip_range'),
    nginxAddress: text(at(compose, 'services', 'nginx', 'networks', 'default', 'ipv4_address'), 'services.nginx.networks.default.ipv4_address'),
    trustedProxies: text(at(compose, 'services', 'app', 'environment', 'TRUSTED_PROXIES'), 'services.app.environment.TRUSTED_PROXIES'),
    nginxVolumes: (() => {
      const volumes = at(compose, 'services', 'nginx', 'volumes');
      if (!Array.isArray(volumes)) throw new Error('services.nginx.volumes should be a list');
      return volumes.map((volume, index) => text(volume, `services.nginx.volumes[${index}]`));
    })(),
  };
}

function at(value: unknown, ...keys: string[]): unknown {
  let here = value;
  for (const [index, key] of keys.entries()) {
    if (typeof here !== 'object' || here === null || !(key in here)) throw new Error(`docker-compose.yml has no ${keys.slice(0, index + 1).join('.')}`);
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`docker-compose.yml: ${where} should be a string`);
  return value;
}

/** An IPv4 address as a 32-bit number. */
export function ipv4(address: string): number {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) throw new Error(`not an IPv4 address: ${address}`);
  return parts.reduce((sum, part) => sum * 256 + part, 0);
}

/** The first and last address of a CIDR block, as numbers. */
export function cidrBounds(cidr: string): { first: number; last: number } {
  const [address = '', bits = ''] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const first = Math.floor(ipv4(address) / size) * size;
  return { first, last: first + size - 1 };
}

/** The dotted form of a 32-bit address. */
export function dotted(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join('.');
}
