import type { IncomingMessage } from 'node:http';

/** Largest request body, counted in bytes as they arrive (bodies are never decompressed). */
export const MAX_BODY_BYTES = 256 * 1024;
/** Deepest nesting of objects and arrays in a body; real activities stay far below. */
export const MAX_JSON_DEPTH = 32;

export type BodyResult =
  | { ok: true; body: unknown }
  | { ok: false; status: 400 | 413 | 415; error: 'INVALID_JSON' | 'TOO_DEEP' | 'TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' };

/**
 * Reads a JSON body before any other work, refusing what costs us more than it costs the
 * sender: other media types (a cross-site HTML form posts urlencoded or text/plain without a
 * preflight), compressed bodies (a 250 KB gzip bomb inflates to 250 MB), oversized and
 * deeply nested bodies.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  if (!isJson(req.headers['content-type'])) return refuse(req, 415, 'UNSUPPORTED_MEDIA_TYPE');
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') return refuse(req, 415, 'UNSUPPORTED_MEDIA_TYPE');
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return refuse(req, 413, 'TOO_LARGE');

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) return refuse(req, 413, 'TOO_LARGE');
    chunks.push(chunk);
  }
  const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)).toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, error: 'INVALID_JSON' };
  }
  // valid JSON: its bracket depth is its nesting depth, counted on the text without a walk of the tree
  return jsonTextDepth(text) > MAX_JSON_DEPTH ? { ok: false, status: 400, error: 'TOO_DEEP' } : { ok: true, body };
}

/** Deepest nesting of `[` and `{` outside strings in valid JSON text (stops counting past the limit). */
export function jsonTextDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max && (max = depth) > MAX_JSON_DEPTH) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** application/json, optionally with a UTF-8 charset (the only encoding JSON allows). */
function isJson(contentType: string | undefined): boolean {
  const [type, ...params] = (contentType ?? '')
    .toLowerCase()
    .split(';')
    .map((p) => p.trim());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || /^charset="?utf-8"?$/.test(p));
}

/** Stops reading: the rest of the body is never read (the server closes the connection). */
function refuse(req: IncomingMessage, status: 413 | 415, error: 'TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE'): BodyResult {
  req.pause();
  return { ok: false, status, error };
}

/** Nesting depth without recursion, so a 5,000-deep body cannot overflow the stack. */
export function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    max = Math.max(max, depth + 1);
    if (max > MAX_JSON_DEPTH) return max;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return max;
}
