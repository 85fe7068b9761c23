import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS, LIMIT_TABLE, SETTING_VARIABLES, historyCutoff, readConfig } from './config';

describe('readConfig', () => {
  it('reads the issue-13 limits from their variables, with their defaults', () => {
    expect(readConfig({}).limits).toMatchObject({
      upgradeTimeoutMs: 10_000,
      maxSendBufferBytes: 16 * 1024 * 1024,
      minResyncIntervalMs: 1000,
      maxPresenceClientsPerSession: 4,
      maxPresenceStateBytes: 8 * 1024,
    });
    const limits = readConfig({
      UPGRADE_TIMEOUT_MS: '2000',
      MAX_SEND_BUFFER_BYTES: '33554432',
      MIN_RESYNC_INTERVAL_MS: '0',
      MAX_PRESENCE_CLIENTS_PER_SESSION: '8',
      MAX_PRESENCE_STATE_BYTES: '16384',
    }).limits;
    expect(limits).toEqual({ ...DEFAULT_LIMITS, upgradeTimeoutMs: 2000, maxSendBufferBytes: 33554432, minResyncIntervalMs: 0, maxPresenceClientsPerSession: 8, maxPresenceStateBytes: 16384 });
  });

  it('refuses a send buffer no larger than the largest board, which every joining client is sent at once', () => {
    expect(() => readConfig({ MAX_BOARD_BYTES: String(16 * 1024 * 1024) })).toThrow('MAX_SEND_BUFFER_BYTES must be larger than MAX_BOARD_BYTES');
  });
});


describe('readConfig: TRUSTED_PROXIES', () => {
  it('trusts loopback alone by default', () => {
    expect(readConfig({}).trustedProxies).toEqual(['loopback']);
  });
  it('reads a comma-separated list of addresses, CIDRs and names', () => {
    expect(readConfig({ TRUSTED_PROXIES: 'loopback, 172.30.89.10,10.0.0.0/8 ,uniquelocal' }).trustedProxies).toEqual(['loopback', '172.30.89.10', '10.0.0.0/8', 'uniquelocal']);
  });
  it('trusts no proxy when set empty', () => {
    expect(readConfig({ TRUSTED_PROXIES: '' }).trustedProxies).toEqual([]);
  });
  it('fails fast on an entry that is not an address, naming the variable', () => {
    expect(() => readConfig({ TRUSTED_PROXIES: 'loopback,nginx' })).toThrow(/TRUSTED_PROXIES/);
  });
});

describe('readConfig: HISTORY_RETENTION_DAYS', () => {
  it('keeps all history when unset, and prunes what is older than the days given', () => {
    expect(readConfig({}).historyRetentionDays).toBeUndefined();
    expect(historyCutoff(undefined, new Date())).toBeNull();
    const days = readConfig({ HISTORY_RETENTION_DAYS: '30' }).historyRetentionDays;
    expect(days).toBe(30);
    expect(historyCutoff(days, new Date('2026-12-31T12:00:00Z'))).toEqual(new Date('2026-12-01T12:00:00Z'));
  });
  it.each(['0', '-3', '1.5', 'forever', ''])('fails fast on %j, naming the variable', (value) => {
    expect(() => readConfig({ HISTORY_RETENTION_DAYS: value })).toThrow(/HISTORY_RETENTION_DAYS/);
  });
});

const read = (file: string) => readFileSync(fileURLToPath(new URL(`../../../${file}`, import.meta.url)), 'utf8');

describe('SETTING_VARIABLES', () => {
  it('every setting is listed in README.md by its variable', () => {
    const text = read('README.md');
    expect(SETTING_VARIABLES.filter((env) => !text.includes(`\`${env}\``))).toEqual([]);
  });
});

describe('LIMIT_TABLE', () => {
  it.each(['README.md', 'docs/security.md'])('every limit is listed in %s by its variable', (file) => {
    const text = read(file);
    const missing = Object.values(LIMIT_TABLE).filter(({ env }) => !text.includes(`\`${env}\``)).map(({ env }) => env);
    expect(missing).toEqual([]);
  });

  it('refuses a value under a limit’s floor, naming the variable', () => {
    for (const { env, min } of Object.values(LIMIT_TABLE)) expect(() => readConfig({ [env]: String(min - 1) })).toThrow(env);
  });
});
