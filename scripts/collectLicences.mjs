// Writes out/main/licences.json: every runtime dependency that ships in the app (package-lock
// entries not marked dev), with its licence and licence text, for the About window. Run by
// scripts/build.mjs; reads only node_modules, so it works offline.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** The runtime dependencies in `root`'s package-lock.json, sorted by name. */
export function collectLicences(root) {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const seen = new Map();
  for (const [where, entry] of Object.entries(lock.packages ?? {})) {
    if (!where.startsWith('node_modules/') || entry.dev || entry.devOptional || entry.link) continue;
    const dir = path.join(root, where);
    const manifestFile = path.join(dir, 'package.json');
    if (!existsSync(manifestFile)) continue; // an optional dependency for another OS
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const key = `${manifest.name}@${manifest.version}`;
    if (seen.has(key)) continue;
    seen.set(key, {
      name: manifest.name,
      version: manifest.version,
      license: licenceName(manifest),
      repository: repositoryUrl(manifest),
      text: licenceText(dir),
    });
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Writes the list next to the main bundle. */
export function writeLicences(root, outFile) {
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(collectLicences(root), null, 1));
}

function licenceName(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license?.type) return manifest.license.type;
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map((entry) => entry.type).join(' OR ');
  return 'onbekend';
}

function repositoryUrl(manifest) {
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  return repository ?? manifest.homepage ?? '';
}

function licenceText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|-|$)/i.test(name));
  return file ? readFileSync(path.join(dir, file), 'utf8').trim() : '';
}
