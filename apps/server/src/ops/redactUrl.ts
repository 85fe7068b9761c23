/**
 * Board keys are secrets; URLs that carry one as `?key=` are logged with it masked.
 *
 * @example redactUrl('/api/boards/x?key=abc') // '/api/boards/x?key=[redacted]'
 */
export function redactUrl(url: string): string {
  return url.replace(/([?&]key=)[^&#]*/gi, '$1[redacted]');
}
