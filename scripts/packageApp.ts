import 'dotenv/config';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import yazl from 'yazl';

/**
 * `npm run package [-- --out FILE]`: fills the bot's app id into appPackage/manifest.json and
 * writes a zip (manifest + icons) to sideload in Teams. The id comes from MicrosoftAppId
 * (environment or .env); a GUID is required because Teams rejects anything else.
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function main(): Promise<void> {
  const appId = process.env.MicrosoftAppId?.trim() ?? '';
  if (!GUID.test(appId)) {
    process.stderr.write('MicrosoftAppId must be set to the bot\'s Azure app id (a GUID) to build the Teams package.\n');
    process.exit(2);
  }
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex > 0 ? process.argv[outIndex + 1]! : join('dist', 'praktijkleren-teams-app.zip');
  const manifestText = readFileSync('appPackage/manifest.json', 'utf8').replaceAll('{{MICROSOFT_APP_ID}}', appId);
  const manifest = JSON.parse(manifestText) as { bots: { botId: string }[]; id: string };
  const zip = new yazl.ZipFile();
  // Stored uncompressed: small, and readable by tools that inspect the package.
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), 'manifest.json', { compress: false });
  zip.addFile('appPackage/color.png', 'color.png');
  zip.addFile('appPackage/outline.png', 'outline.png');
  zip.end();
  await mkdir(join(out, '..'), { recursive: true });
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(out)).on('close', resolve).on('error', reject);
  });
  process.stdout.write(`Teams app package written to ${out} (app id ${appId}).\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Packaging failed: ${(error as Error).message}\n`);
  process.exit(1);
});
