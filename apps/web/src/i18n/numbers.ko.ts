import type { Resources } from './en';

/** 숫자 입력과 정확한 값의 문구 (numbers.en.ts와 같은 키). */
export const numbersKo: Resources['numbers'] = {
  notNumber: '숫자가 아닙니다: {{min}}부터 {{max}}까지의 수를 입력하세요(예: {{example}}).',
  outOfRange: '범위를 벗어났습니다: {{min}}부터 {{max}}까지의 수를 입력하세요.',
  notInteger: '{{min}}부터 {{max}}까지의 정수를 입력하세요.',
  examples: { count: '3억, 300M 또는 300,000,000', percent: '99.99 %', bytes: '1 MB 또는 2.5 GB' },
  exact: '정확한 값',
  exactTitle: '정확히 {{value}}',
};
