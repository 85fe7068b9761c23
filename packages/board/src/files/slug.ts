/**
 * The file name an exported board gets from its title (before the extension): lower-case ASCII
 * letters and digits joined by single hyphens, `board` when nothing is left. Every export — the
 * server's routes and the web's dialog — names its file with it.
 *
 * @example slug('Chapter 1: URL shortener') // 'chapter-1-url-shortener'
 */
export function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'board';
}
