const formats = new Map<string, Intl.DateTimeFormat>();

/** An ISO date (YYYY-MM-DD) the way a Dutch reader writes it: "19 juni 2019" (en: "19 June 2019"). */
export function formatDate(iso: string | undefined, language: string): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  const locale = language.startsWith('en') ? 'en-GB' : 'nl-NL';
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/** A duration in milliseconds as a short human phrase key + count, for the progress ETA. */
export function etaParts(ms: number): { unit: 'seconds' | 'minutes'; count: number } {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds < 90 ? { unit: 'seconds', count: seconds } : { unit: 'minutes', count: Math.round(seconds / 60) };
}
