import type { NodeKind } from '@scaleboard/rules';

/** The drag data naming a preset, beside the kind (`KIND_MIME`). */
export const PRESET_MIME = 'application/x-scaleboard-preset';

/**
 * Palette entries that add a kind with props of its own. One so far: a text block is a note
 * drawn without its paper (docs/canvas.md, "Text blocks"); the Text tool writes the same props.
 */
export const PALETTE_PRESETS = {
  text: { kind: 'note', props: { style: 'text' } },
} as const satisfies Record<string, { kind: NodeKind; props: Record<string, unknown> }>;
export type PresetName = keyof typeof PALETTE_PRESETS;

/**
 * The props a preset named in drag data gives, or none for a name it does not know.
 *
 * @example presetProps('text') // { style: 'text' }
 */
export function presetProps(name: string): Record<string, unknown> {
  return Object.hasOwn(PALETTE_PRESETS, name) ? { ...PALETTE_PRESETS[name as PresetName].props } : {};
}
