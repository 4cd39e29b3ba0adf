import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appDataDir } from '../../node/appDataDir';
import { appVersion } from '../../node/appVersion';
import { serveArchive } from '../../node/http/serveArchive';
import { createLogger } from '../../node/log/createLogger';
import { logFile } from '../../node/log/logFile';
import { option, type Args } from '../args';

/** `leeszaal serve DIR [--port N]`: the archive in a browser, on this machine only. */
export async function serveCommand(args: Args): Promise<number> {
  const folder = args.positional[0];
  if (!folder) {
    process.stderr.write('Gebruik: leeszaal serve MAP [--port N]\n');
    return 2;
  }
  const portText = option(args, 'port');
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`Ongeldige poort: ${portText}\n`);
    return 2;
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  // Bugs go to stderr and to a rotating log in the app-data folder (read by "copy diagnostics").
  const logger = createLogger({ file: logFile(appDataDir(), 'serve'), homeDir: os.homedir() });
  const server = await serveArchive({
    startArchive: path.resolve(folder),
    rendererDir: path.resolve(here, '../renderer'),
    port,
    appVersion,
    versions: { node: process.versions.node },
    locale: Intl.DateTimeFormat().resolvedOptions().locale,
    appDataDir: appDataDir(),
    logger,
    onBug: (error) => {
      logger.error('bug', error);
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    },
  });
  process.stdout.write(`Leeszaal draait op ${server.url}\nOpen dit adres in uw browser. Stoppen: Ctrl+C\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}
