import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A frame's location in a built file: `file:///…/dist/chunk-X.js:12:34` or `/…/dist/main.js:12:34`. */
const FRAME = /((?:file:\/\/)?\/[^\s()]+?\.js):(\d+):(\d+)/g;
/** Parsed maps by built file; null: the file has no map beside it. */
const maps = new Map<string, SourceMap | null>();

function mapOf(file: string): SourceMap | null {
  let map = maps.get(file);
  if (map === undefined) {
    const path = `${file}.map`;
    map = existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8')) as SourceMapPayload) : null;
    maps.set(file, map);
  }
  return map;
}

function original(frame: string, file: string, line: number, column: number): string {
  const path = file.startsWith('file:') ? fileURLToPath(file) : file;
  let origin;
  try {
    origin = mapOf(path)?.findOrigin(line, column);
  } catch {
    return frame; // an unreadable map: the built location is still a location
  }
  if (!origin || !('fileName' in origin)) return frame;
  return `${resolve(dirname(path), origin.fileName)}:${origin.lineNumber}:${origin.columnNumber}`;
}

/**
 * An error's stack with the built locations (dist/*.js) turned into TypeScript source lines, for
 * the logs. `npm start` runs without --enable-source-maps, which makes Node parse every map when
 * the bundle loads (a tenth of start-up, issue 18); this reads a map only when an error is
 * logged, once per file. Unchanged when Node maps stacks itself or a file has no map.
 */
export function sourceStack(error: Error): string | undefined {
  const stack = error.stack;
  if (stack === undefined || process.sourceMapsEnabled) return stack;
  return stack.replace(FRAME, (frame, file: string, line: string, column: string) =>
    original(frame, file, Number(line), Number(column)),
  );
}
