/** The links an owner can rotate; the owner key itself cannot be, it is what manages the board. */
export const ROTATABLE_KEYS = ['edit', 'view'] as const;
export type RotatableKeyKind = (typeof ROTATABLE_KEYS)[number];

/** `POST /api/boards/:id/keys/:kind/rotate` (owner key) → the new key; the old one stops working. */
export interface RotateKeyResponse {
  kind: RotatableKeyKind;
  key: string;
}
