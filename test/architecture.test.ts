import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript file under a folder, with the module specifiers it imports. */
function importsUnder(folder: string): { file: string; specifiers: string[] }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.push(path);
    }
  };
  walk(folder);
  return files.map((file) => ({
    file,
    specifiers: [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(
      (m) => m[1]!,
    ),
  }));
}

function violations(folder: string, forbidden: (specifier: string, file: string) => boolean): string[] {
  return importsUnder(folder).flatMap(({ file, specifiers }) =>
    specifiers.filter((s) => forbidden(s, file)).map((s) => `${file} imports ${s}`),
  );
}

const SDK = /^(botbuilder|botbuilder-dialogs|botframework-connector|restify)$/;

describe('dependencies point inward: bot → dialogs → intake, knowledge → privacy', () => {
  it('privacy (the BSN detector) imports nothing of the project and no SDK: intake and knowledge share it', () => {
    expect(violations('privacy', (s) => SDK.test(s) || /^\.\.\//.test(s))).toEqual([]);
  });

  it('intake imports no SDK, no bot/, no dialogs/ and no knowledge/', () => {
    expect(violations('intake', (s) => SDK.test(s) || /(^|\/)(bot|dialogs|knowledge)\//.test(s))).toEqual([]);
  });

  it('knowledge imports no SDK, no bot/, no dialogs/ and no intake/', () => {
    expect(violations('knowledge', (s) => SDK.test(s) || /(^|\/)(bot|dialogs|intake)\//.test(s))).toEqual([]);
  });

  it('dialogs import no bot/, and the Bot Framework SDK only through dialogs/sdk.ts', () => {
    expect(
      violations(
        'dialogs',
        (s, file) => /(^|\/)bot\//.test(s) || (SDK.test(s) && !file.endsWith(join('dialogs', 'sdk.ts'))),
      ),
    ).toEqual([]);
  });

  it('only entry points read process.env; everything else receives the parsed Config', () => {
    const code = (file: string) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
        .join('\n');
    const readers = ['bot', 'dialogs', 'intake', 'knowledge', 'privacy']
      .flatMap((folder) => importsUnder(folder).map((f) => f.file))
      .filter((file) => /process\.env/.test(code(file)))
      // Entry points of the command-line tools read their own environment.
      .filter((file) => !/(Cli|chat|main)\.ts$/.test(file) && !file.endsWith(join('knowledge', 'knowledgeDir.ts')));
    expect(readers).toEqual([]);
  });
});
