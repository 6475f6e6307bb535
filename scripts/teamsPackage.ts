import { createWriteStream, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import yazl from 'yazl';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const DEFAULT_PACKAGE_FILE = join('dist', 'praktijkleren-teams-app.zip');

export type PackageResult = { ok: true; out: string } | { ok: false; exitCode: 2; message: string };

/**
 * Fills the bot's app id into appPackage/manifest.json and writes a zip (manifest + icons) to
 * sideload in Teams. A GUID is required because Teams rejects anything else.
 */
export async function writeTeamsPackage(
  appIdInput: string | undefined,
  out = DEFAULT_PACKAGE_FILE,
): Promise<PackageResult> {
  const appId = appIdInput?.trim() ?? '';
  if (!GUID.test(appId)) {
    return {
      ok: false,
      exitCode: 2,
      message: "MicrosoftAppId must be set to the bot's Azure app id (a GUID) to build the Teams package.",
    };
  }
  const manifestText = readFileSync('appPackage/manifest.json', 'utf8').replaceAll('{{MICROSOFT_APP_ID}}', appId);
  const manifest = JSON.parse(manifestText) as { bots: { botId: string }[]; id: string };
  const zip = new yazl.ZipFile();
  // Stored uncompressed: small, and readable by tools that inspect the package.
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), 'manifest.json', { compress: false });
  zip.addFile('appPackage/color.png', 'color.png');
  zip.addFile('appPackage/outline.png', 'outline.png');
  zip.end();
  await mkdir(dirname(out), { recursive: true });
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(out)).on('close', resolve).on('error', reject);
  });
  return { ok: true, out };
}
