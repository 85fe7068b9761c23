/** English strings of number fields and exact figures (the `numbers` section of en.ts). */
export const numbersEn = {
  notNumber: 'Not a number: enter one from {{min}} to {{max}}, e.g. {{example}}.',
  outOfRange: 'Out of range: enter a number from {{min}} to {{max}}.',
  notInteger: 'Enter a whole number from {{min}} to {{max}}.',
  examples: { count: '300M, 3억 or 300,000,000', percent: '99.99 %', bytes: '1 MB or 2.5 GB' },
  exact: 'Exact',
  exactTitle: 'Exactly {{value}}',
} as const;
