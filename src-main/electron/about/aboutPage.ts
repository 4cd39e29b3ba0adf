// The About window's page: versions and the licences of everything that ships in the app.
// Plain HTML without script, loaded as a data: URL into a window without preload.
import type { CommandLanguage } from '../../shared/commandLabels';

export type Licence = { name: string; version: string; license: string; repository?: string; text?: string };

export type AboutInput = {
  language: CommandLanguage;
  appVersion: string;
  versions: Record<string, string>;
  licences: readonly Licence[];
};

const text = {
  nl: {
    title: 'Over Leeszaal',
    tagline: 'Een leeszaal voor archieven van brieven van de overheid. Werkt zonder netwerk.',
    versions: 'Versies',
    licences: 'Licenties van meegeleverde onderdelen',
    ownLicence: 'Leeszaal valt onder de EUPL-1.2.',
    chromium: 'Electron en Chromium: zie LICENSE en LICENSES.chromium.html in de programmamap.',
  },
  en: {
    title: 'About Leeszaal',
    tagline: 'A reading room for archives of government letters. Works without a network.',
    versions: 'Versions',
    licences: 'Licences of bundled components',
    ownLicence: 'Leeszaal is licensed under the EUPL-1.2.',
    chromium: 'Electron and Chromium: see LICENSE and LICENSES.chromium.html in the program folder.',
  },
} as const;

/** The page's CSP: nothing may load; only the inline style of this page applies. */
export const aboutContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

/** HTML of the About page; every value from outside is escaped. */
export function aboutPage({ language, appVersion, versions, licences }: AboutInput): string {
  const t = text[language];
  const versionRows = Object.entries({ Leeszaal: appVersion, ...versions })
    .filter(([, version]) => version)
    .map(([name, version]) => `<tr><th>${escapeHtml(name)}</th><td>${escapeHtml(version)}</td></tr>`)
    .join('');
  const licenceItems = licences
    .map((entry) => {
      const summary = `${escapeHtml(entry.name)} ${escapeHtml(entry.version)} — ${escapeHtml(entry.license)}`;
      const repository = entry.repository ? `<p>${escapeHtml(entry.repository)}</p>` : '';
      const body = repository + (entry.text ? `<pre>${escapeHtml(entry.text)}</pre>` : '');
      return body ? `<details><summary>${summary}</summary>${body}</details>` : `<p>${summary}</p>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${aboutContentSecurityPolicy}">
<title>${t.title}</title>
<style>
body { font: 14px/1.5 system-ui, sans-serif; margin: 24px; color: #1a1a1a; }
h1 { color: #01689b; font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 20px 0 8px; }
th { text-align: left; padding-right: 16px; font-weight: 600; }
pre { white-space: pre-wrap; font-size: 12px; background: #f3f3f3; padding: 8px; }
summary { cursor: pointer; }
@media (prefers-color-scheme: dark) { body { background: #1e1e1e; color: #eee; } pre { background: #2a2a2a; } h1 { color: #8fcae7; } }
</style>
</head>
<body>
<h1>Leeszaal ${escapeHtml(appVersion)}</h1>
<p>${t.tagline}</p>
<h2>${t.versions}</h2>
<table>${versionRows}</table>
<h2>${t.licences}</h2>
<p>${t.ownLicence} ${t.chromium}</p>
${licenceItems}
</body>
</html>`;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
