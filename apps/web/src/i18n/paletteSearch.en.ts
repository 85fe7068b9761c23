/** English strings of the palette's search (the `paletteSearch` section of en.ts). */
export const paletteSearchEn = {
  results: 'Matches',
  enterAdds: 'Enter adds {{kind}}',
  matched: 'as “{{name}}”',
} as const;
