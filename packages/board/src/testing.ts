// Helpers for the tests of packages that use the board model, kept apart from its public surface.
export { checkWellFormed } from './render/checkWellFormed';
export { arbitraryBoard } from './history/arbitraryBoard';
