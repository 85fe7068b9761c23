/** Where an nginx of the cluster runs: its own folder, the port it listens on, the instances. */
export interface NginxPlace {
  /** Folder for nginx's pid, log and temp files, so it runs without root. */
  prefix: string;
  port: number;
  /** `host:port` of each instance. */
  upstreams: string[];
}

/**
 * The load balancer in front of N instances, for `npm run cluster` and the system tests:
 * round-robin, websocket upgrades passed through, a dead instance skipped on the next attempt.
 * Every path nginx writes lives under `prefix`, so it runs without root. `deploy/nginx.conf`
 * is the same balancer for docker compose.
 */
export function nginxConfig({ prefix, port, upstreams }: NginxPlace): string {
  return `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  upstream scaleboard {
${upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=3s;`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 8m;
    location / {
      proxy_pass http://scaleboard;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $http_host;
      # nginx is the edge: the client is whoever connected to it. Replacing (not appending to)
      # the header drops anything the client wrote there, so no client can pose as another.
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_connect_timeout 2s;
      proxy_read_timeout 1h;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
`;
}
