import { describe, expect, it } from 'vitest';
import { analyze } from '../findings/analyze';
import { sketch } from '../rules/sketch';
import { componentNames } from './componentNames';

describe('componentNames', () => {
  const nodes = [
    { id: 'load-balancer-9x205q20', kind: 'load-balancer', label: 'LB' },
    { id: 'w1', kind: 'web-server', label: 'web' },
    { id: 'c1', kind: 'cache', label: 'web' },
    { id: 'q1', kind: 'message-queue', label: '  ' },
  ] as const;

  it('names a component by its label, never its id', () => {
    expect(componentNames(nodes, 'en').one(nodes[0])).toBe('"LB"');
    expect(componentNames(nodes, 'ko').byId('load-balancer-9x205q20')).toBe('"LB"');
  });

  it('adds the kind, in the language asked for, when labels repeat', () => {
    expect(componentNames(nodes, 'en').one(nodes[1])).toBe('"web" (Web server)');
    expect(componentNames(nodes, 'ko').one(nodes[2])).toBe('"web"(캐시)');
  });

  it('calls an unlabelled component by its kind and joins lists as the language does', () => {
    expect(componentNames(nodes, 'ko').one(nodes[3])).toBe('메시지 큐');
    expect(componentNames(nodes, 'en').list([nodes[0], nodes[1], nodes[2]])).toBe('"LB", "web" (Web server), and "web" (Cache)');
    expect(componentNames(nodes, 'ko').list([nodes[0], nodes[3]])).toBe('"LB" 및 메시지 큐');
  });

  it('is what findings say: a Korean finding names the balancer by its label', () => {
    const board = sketch('LB', [['users', 'client'], ['load-balancer-9x205q20', 'load-balancer'], ['w1', 'web-server', { instances: 2 }]], [['users', 'load-balancer-9x205q20'], ['load-balancer-9x205q20', 'w1']]);
    board.nodes[1]!.label = 'LB';
    const spof = analyze(board, { lang: 'ko' }).find((f) => f.rule === 'single-point-of-failure');
    expect(spof?.message).toBe('"LB": 단일 장애 지점입니다. 인스턴스가 하나뿐이라 죽으면 이를 거치는 모든 요청이 실패합니다.');
    expect(spof?.fix).toBe('"LB"의 인스턴스 수를 2개 이상으로 늘리거나, 같은 호출자 뒤에 형제 컴포넌트를 추가하세요.');
    expect(JSON.stringify(analyze(board, { lang: 'ko' }))).not.toContain('"load-balancer-9x205q20":');
  });
});
