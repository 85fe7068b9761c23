import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where an nginx of the cluster runs: its own folder, the port it listens on, the instances. */
export interface NginxPlace {
  /** Folder for nginx's pid, log and temp files, so it runs without root. */
  prefix: string;
  port: number;
  /** `host:port` of each instance. */
  upstreams: string[];
}

/** The balancer docker compose runs, and the one home of what it does. */
const SHIPPED_NGINX_CONF = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../deploy/nginx.conf');

/**
 * The load balancer in front of N instances, for `npm run cluster`, the system tests and the
 * benchmark: `deploy/nginx.conf` as docker compose runs it, made to run here. Its text with only
 * the `server app:3000` upstream line (one line per instance instead) and `listen 80` replaced,
 * plus what an unprivileged nginx in a temp folder needs (pid, error log, temp paths) and, given
 * `bindAddress`, a `proxy_bind` so the instances see nginx at the address compose gives it.
 * Throws when the shipped file no longer has exactly one of the lines it replaces.
 *
 * @example startCluster({ ..., nginxConfig: (place) => nginxConfig(place, '172.30.89.10') })
 */
export function nginxConfig({ prefix, port, upstreams }: NginxPlace, bindAddress?: string): string {
  let config = readFileSync(SHIPPED_NGINX_CONF, 'utf8');
  config = replaceOnce(config, /^(\s*)server app:3000( .*;)$/m, (_line, indent: string, rest: string) => upstreams.map((upstream) => `${indent}server ${upstream}${rest}`).join('\n'));
  config = replaceOnce(config, /^(\s*)listen 80;$/m, (_line, indent: string) => `${indent}listen 127.0.0.1:${port};`);
  const place = [
    `  client_body_temp_path ${prefix}/client_body;`,
    `  proxy_temp_path ${prefix}/proxy;`,
    `  fastcgi_temp_path ${prefix}/fastcgi;`,
    `  uwsgi_temp_path ${prefix}/uwsgi;`,
    `  scgi_temp_path ${prefix}/scgi;`,
    ...(bindAddress ? [`  proxy_bind ${bindAddress};`] : []),
  ];
  config = replaceOnce(config, /^http \{$/m, (line) => [line, ...place].join('\n'));
  return `pid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log warn;\n${config}`;
}

function replaceOnce(text: string, pattern: RegExp, replacement: (match: string, ...groups: string[]) => string): string {
  const global = new RegExp(pattern.source, `${pattern.flags}g`);
  const count = text.match(global)?.length ?? 0;
  if (count !== 1) throw new Error(`deploy/nginx.conf should have exactly one line matching ${pattern} (found ${count})`);
  return text.replace(pattern, replacement);
}
