/**
 * Board keys are secrets; URLs that carry one as `?key=` are logged with it masked.
 *
 * Redacted by the parameter's decoded name, since that is what the server reads: Express's
 * query parser and the sync socket's `URLSearchParams` both decode names, so `?k%65y=KEY` opens
 * a board exactly as `?key=KEY` does. Names are compared case-insensitively and with any
 * `[…]` suffix (qs-style arrays), so a spelling the server might accept is never logged.
 *
 * @example redactUrl('/api/boards/x?k%65y=abc&x=1') // '/api/boards/x?k%65y=[redacted]&x=1'
 */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  if (queryStart === -1) return url;
  const fragmentStart = url.indexOf('#', queryStart);
  const queryEnd = fragmentStart === -1 ? url.length : fragmentStart;
  const pairs = url.slice(queryStart + 1, queryEnd).split('&');
  const redacted = pairs.map((pair) => {
    const equals = pair.indexOf('=');
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    return isKeyName(decodeName(rawName)) ? `${rawName}=[redacted]` : pair;
  });
  return `${url.slice(0, queryStart + 1)}${redacted.join('&')}${url.slice(queryEnd)}`;
}

function isKeyName(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return lower === 'key' || lower.startsWith('key[');
}

/** Decodes as query parsers do (`+` is a space); a malformed escape leaves the name as written. */
function decodeName(raw: string): string {
  const spaced = raw.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    // node:querystring decodes the valid escapes of a malformed name one by one.
    return spaced.replace(/%([0-9a-f]{2})/gi, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}
