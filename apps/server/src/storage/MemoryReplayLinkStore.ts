import type { ReplayLinkStore, StoredReplayLink } from './ReplayLinkStore';

/** ReplayLinkStore in memory, for tests and for apps that share a MemoryBoardStore. */
export class MemoryReplayLinkStore implements ReplayLinkStore {
  private readonly links = new Map<string, StoredReplayLink[]>();

  addLink(boardId: string, link: StoredReplayLink, max: number): Promise<boolean> {
    const links = this.links.get(boardId) ?? [];
    if (links.length >= max) return Promise.resolve(false);
    this.links.set(boardId, [...links, { ...link }]);
    return Promise.resolve(true);
  }

  listLinks(boardId: string): Promise<StoredReplayLink[]> {
    const oldestFirst = (a: StoredReplayLink, b: StoredReplayLink) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return Promise.resolve((this.links.get(boardId) ?? []).map((link) => ({ ...link })).sort(oldestFirst));
  }

  deleteLink(boardId: string, id: string): Promise<boolean> {
    const links = this.links.get(boardId) ?? [];
    const kept = links.filter((link) => link.id !== id);
    this.links.set(boardId, kept);
    return Promise.resolve(kept.length < links.length);
  }
}
