import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

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
