import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@scaleboard/server/testing';
import { createBoard, getFrom, syncFrom } from './clients';
import { cidrBounds, dotted, ipv4, readComposeTopology, repoRoot } from './composeTopology';
import { addLoopbackAddress } from './loopbackAddress';
import { nginxConfig } from '@scaleboard/server/cluster';
import { startTestCluster, type TestCluster } from './testCluster';

/**
 * Who a client is behind the docker compose deployment (issue 13, finding 5): nginx runs in a
 * container of its own, so the app trusts X-Forwarded-For from nginx's fixed address alone. The
 * first part checks docker-compose.yml keeps that address nginx's; the second runs the shipped
 * deploy/nginx.conf, with nginx talking from that very address (given to lo for the test), in
 * front of an instance started with compose's own TRUSTED_PROXIES value.
 */
const compose = readComposeTopology();

describe('docker-compose.yml pins the proxy the app trusts', () => {
  const trusted = compose.trustedProxies.split(',').map((entry) => entry.trim());
  const subnet = cidrBounds(compose.subnet);
  const ipRange = cidrBounds(compose.ipRange);
  const nginx = ipv4(compose.nginxAddress);

  it("names nginx's fixed address in the app's TRUSTED_PROXIES, and nothing covering ip_range", () => {
    expect(trusted).toContain(compose.nginxAddress);
    const overlapping = trusted.filter((entry) => {
      if (!/^\d+\.\d+\.\d+\.\d+(\/\d+)?$/.test(entry)) return false; // loopback, linklocal, uniquelocal: not this network
      const block = cidrBounds(entry.includes('/') ? entry : `${entry}/32`);
      return block.first <= ipRange.last && block.last >= ipRange.first;
    });
    expect(overlapping).toEqual([]);
  });

  it("keeps nginx's address inside the subnet, outside ip_range (no other container gets it) and off the gateway", () => {
    expect(nginx).toBeGreaterThan(subnet.first + 1); // not the network address, not the gateway (.1)
    expect(nginx).toBeLessThan(subnet.last); // not the broadcast address
    expect(ipRange.first).toBeGreaterThanOrEqual(subnet.first);
    expect(ipRange.last).toBeLessThanOrEqual(subnet.last);
    expect(nginx < ipRange.first || nginx > ipRange.last).toBe(true);
  });

  it('runs nginx on the shipped deploy/nginx.conf', () => {
    const mounts = compose.nginxVolumes.map((volume) => volume.split(':'));
    expect(mounts.map(([source, target]) => [path.resolve(repoRoot, source ?? ''), target])).toContainEqual([path.join(repoRoot, 'deploy/nginx.conf'), '/etc/nginx/nginx.conf']);
  });
});

const LIMIT = 4;
/** A container from ip_range (postgres, redis, another app replica…) that talks to the app directly. */
const neighbour = dotted(cidrBounds(compose.ipRange).first + 2);
let testCluster: TestCluster;
const addresses: Array<{ remove(): void }> = [];
beforeAll(async () => {
  addresses.push(addLoopbackAddress(compose.nginxAddress), addLoopbackAddress(neighbour));
  testCluster = await startTestCluster(
    1,
    undefined,
    () => ({ TRUSTED_PROXIES: compose.trustedProxies, RATE_LIMIT_PER_MINUTE: String(LIMIT), MAX_CONNECTIONS_PER_IP: '1' }),
    (place) => nginxConfig(place, compose.nginxAddress),
  );
}, 120_000);
afterAll(async () => {
  await testCluster?.stop();
  for (const address of addresses.splice(0)) address.remove();
}, 60_000);

describe(`the shipped nginx.conf, talking from ${compose.nginxAddress}, before an instance with TRUSTED_PROXIES=${compose.trustedProxies}`, () => {
  it('gives each client its own REST budget, and believes no X-Forwarded-For a client wrote', async () => {
    const nginx = testCluster.cluster.url;
    const board = await createBoard(nginx);
    const path = `/api/boards/${board.id}?key=${board.keys.view}`;
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) statuses.push(await getFrom(nginx, '127.0.0.2', path, `198.51.100.${i}`));
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), 429]);
    // Claiming to be a fresh address, or to be the other client, changes nothing.
    expect(await getFrom(nginx, '127.0.0.2', path, '127.0.0.3')).toBe(429);
    expect(await getFrom(nginx, '127.0.0.3', path, '127.0.0.2')).toBe(200);
  });

  it('gives each client its own connection budget on the sync socket, whatever it claims', async () => {
    const board = await createBoard(testCluster.cluster.url);
    const first = syncFrom(testCluster.cluster.url, '127.0.0.5', board.id, board.keys.edit, '198.51.100.1');
    await eventually(() => expect(first.state.status).toBe(101));
    const forged = syncFrom(testCluster.cluster.url, '127.0.0.5', board.id, board.keys.edit, '198.51.100.2');
    await eventually(() => expect(forged.state.status).toBe(429));
    const other = syncFrom(testCluster.cluster.url, '127.0.0.6', board.id, board.keys.edit, '198.51.100.1');
    await eventually(() => expect(other.state.status).toBe(101));
    for (const socket of [first, forged, other]) socket.ws.close();
  });

  it(`does not believe X-Forwarded-For from a container at ${neighbour} talking to the app directly`, async () => {
    const app = testCluster.cluster.instances[0]!.url;
    const board = await createBoard(testCluster.cluster.url);
    const path = `/api/boards/${board.id}?key=${board.keys.view}`;
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) statuses.push(await getFrom(app, neighbour, path, `198.51.100.${10 + i}`));
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), 429]);
  });
});
