// Test helper: a strict little XML checker (tags balanced, attributes quoted and unique, every `&`
// a known entity, no raw `<` in text), so tests need no XML library.

/** Throws with the offending position when `xml` is not well-formed. */
export function checkWellFormed(xml: string): void {
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  let match: RegExpExecArray | null;
  let roots = 0;
  while ((match = token.exec(xml)) !== null) {
    const [, closing, name, attrs, selfClosing, text, stray] = match;
    if (stray) throw new Error(`stray "<" at ${match.index}`);
    if (text !== undefined) {
      if (stack.length === 0 && text.trim()) throw new Error(`text outside the root at ${match.index}`);
      checkEntities(text, match.index);
      continue;
    }
    if (closing) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}> at ${match.index}`);
      continue;
    }
    const names = [...(attrs ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)].map((m) => {
      checkEntities(m[2] ?? '', match!.index);
      return m[1];
    });
    if (new Set(names).size !== names.length) throw new Error(`duplicate attribute in <${name}> at ${match.index}`);
    if (stack.length === 0) roots += 1;
    if (!selfClosing) stack.push(name!);
  }
  if (token.lastIndex !== 0 && token.lastIndex !== xml.length) throw new Error(`unparsed input at ${token.lastIndex}`);
  if (stack.length > 0) throw new Error(`unclosed <${stack.at(-1)}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

function checkEntities(text: string, at: number): void {
  for (const m of text.matchAll(/&([^;]*);?/g)) {
    if (!/^(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(m[1] ?? '') || !m[0].endsWith(';')) throw new Error(`bad entity "${m[0]}" near ${at}`);
  }
  // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)) throw new Error(`forbidden control character near ${at}`);
}
