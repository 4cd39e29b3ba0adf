import { promises as fs } from 'node:fs';
import type { Licence } from './aboutPage';

/** Reads the licence list written at build time (scripts/collectLicences.mjs); [] when absent. */
export async function loadLicences(file: string): Promise<Licence[]> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
    return Array.isArray(parsed) ? (parsed as Licence[]) : [];
  } catch {
    return [];
  }
}
