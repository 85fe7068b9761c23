/** Client-side navigation: push the URL, then tell `useRoute` listeners. */
export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
