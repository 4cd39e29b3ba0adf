import type { ArchiveSummary } from '../../shared/contract/archive';

export type DiagnosticsInput = {
  appVersion: string;
  transport: 'ipc' | 'http';
  versions: Record<string, string>;
  os: { platform: string; release: string; arch: string };
  locale: string;
  appDataDir: string;
  homeDir: string;
  userName?: string;
  archive: ArchiveSummary | null;
  logLines: string[];
  now: Date;
};

/**
 * The text a user pastes into a helpdesk ticket. Paths are redacted (home folder -> `~`, user
 * name -> `<gebruiker>`), the archive shows up only by its letter count: folder names can say
 * what a Woo request is about.
 */
export function buildDiagnostics(input: DiagnosticsInput): string {
  const versions = Object.entries(input.versions)
    .filter(([, version]) => version)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  const archive = input.archive
    ? `${input.archive.letterCount} brieven; notities ${input.archive.sidecarElsewhere ? 'in de app-map (archief is alleen-lezen)' : 'in het archief (.leeszaal)'}`
    : 'geen archief open';
  const lines = [
    'Leeszaal — diagnose',
    `Tijdstip: ${input.now.toISOString()}`,
    `Versie: ${input.appVersion} (${input.transport === 'ipc' ? 'desktop-app' : 'leeszaal serve'})`,
    `Onderdelen: ${versions}`,
    `Besturingssysteem: ${input.os.platform} ${input.os.release} ${input.os.arch}`,
    `Taal: ${input.locale}`,
    `App-map: ${input.appDataDir}`,
    `Archief: ${archive}`,
    '',
    `Laatste logregels (${input.logLines.length}):`,
    ...input.logLines,
  ];
  return redactPaths(lines.join('\n'), input.homeDir, input.userName);
}

/** Replaces the home folder by `~` and the user's login name by `<gebruiker>`. */
export function redactPaths(text: string, homeDir: string, userName?: string): string {
  let result = homeDir ? text.split(homeDir).join('~') : text;
  // Only names long enough not to clobber ordinary words ("an", "jo").
  if (userName && userName.length >= 3) {
    const escaped = userName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    result = result.replace(new RegExp(`(?<=[\\\\/])${escaped}(?=[\\\\/]|$)`, 'gm'), '<gebruiker>');
  }
  return result;
}
