import { describe, expect, it } from 'vitest';
import { inferGroupKind, inferKind } from './inferKind';

describe('inferKind', () => {
  it.each([
    ['Load balancer', 'load-balancer'],
    ['LB', 'load-balancer'],
    ['nginx', 'load-balancer'],
    ['Redis', 'cache'],
    ['Memcached', 'cache'],
    ['Kafka', 'message-queue'],
    ['SQS', 'message-queue'],
    ['Job queue', 'message-queue'],
    ['CDN', 'cdn'],
    ['CloudFront', 'cdn'],
    ['S3', 'object-storage'],
    ['Blob store', 'object-storage'],
    ['Users', 'client'],
    ['Browser', 'client'],
    ['DB', 'database'],
    ['MongoDB Database', 'database'],
    ['Web servers', 'web-server'],
    ['API server', 'app-server'],
    ['로드밸런서', 'load-balancer'],
    ['캐시 서버', 'cache'],
    ['캐시서버', 'cache'],
    ['Route 53', 'dns'],
  ])('%s is a %s', (label, kind) => {
    expect(inferKind(label)).toBe(kind);
  });

  it('takes the name said last, as English puts the head noun last; the longer at one place', () => {
    expect(inferKind('User DB')).toBe('database');
    expect(inferKind('Redis cache')).toBe('cache');
    expect(inferKind('DB cache')).toBe('cache');
    expect(inferKind('Load balancer (nginx)')).toBe('load-balancer');
    expect(inferKind('API server')).toBe('app-server');
  });

  it('matches whole words only, and names nothing when no name is said', () => {
    expect(inferKind('Start')).toBeNull();
    expect(inferKind('Is it?')).toBeNull();
    expect(inferKind('Dbase')).toBeNull();
    expect(inferKind('')).toBeNull();
  });

  it('reads a bounded prefix of a long label', () => {
    expect(inferKind(`${'x '.repeat(500)}redis`)).toBeNull();
    expect(inferKind(`redis ${'x '.repeat(500)}`)).toBe('cache');
  });
});

describe('inferGroupKind', () => {
  it('names networks, and a region otherwise', () => {
    expect(inferGroupKind('Private subnet')).toBe('private-network');
    expect(inferGroupKind('VPC')).toBe('private-network');
    expect(inferGroupKind('Internet')).toBe('public-network');
    expect(inferGroupKind('Data Persistence Layer')).toBe('region');
  });
});
