// Reads a written date (Dutch, English, German, French) as ISO YYYY-MM-DD. Pure.

const monthNames: Record<string, number> = {};
const monthLists = [
  'januari februari maart april mei juni juli augustus september oktober november december',
  'january february march april may june july august september october november december',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
];
for (const list of monthLists) list.split(' ').forEach((name, i) => (monthNames[name] = i + 1));
// Abbreviations as letters use them: "23 feb 2021", "10 sep 2020", "Sept. 2020", "jän".
for (const [abbr, month] of Object.entries({ jan: 1, feb: 2, febr: 2, mrt: 3, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, oct: 10, nov: 11, dec: 12, dez: 12, mär: 3, maerz: 3, jän: 1, févr: 2, avr: 4, juil: 7, déc: 12 }))
  monthNames[abbr] = month;

const MONTH = String.raw`(?<month>${Object.keys(monthNames).sort((a, b) => b.length - a.length).join('|')})\.?`;
const DAY = String.raw`(?<day>[0-3]?\d)(?:e|er|ste|de|st|nd|rd|th)?\.?`;
const YEAR = String.raw`(?<year>\d{4})`;

/** "1 maart 2011", "06 augustus 2020", "5. September 2005", "le 20 juin 2023", "1er mars 2021". */
const dayMonthYear = new RegExp(String.raw`(?<![\p{L}\d])${DAY}\s*${MONTH}\s*,?\s*${YEAR}(?!\d)`, 'iu');
/** "August 11, 2020", "November 8 2002". */
const monthDayYear = new RegExp(String.raw`(?<![\p{L}\d])${MONTH}\s+${DAY},?\s+${YEAR}(?!\d)`, 'iu');
/** "19-06-2019", "7-9-2020", "07/06/2012", "28.01.2021": day first, as in Europe. */
const numeric = /(?<![\d./-])(?<day>[0-3]?\d)([-./])(?<month>[01]?\d)\2(?<year>\d{4})(?![\d./-]?\d)/;
/** ISO "2021-06-18". */
const iso = /(?<![\d./-])(?<year>(?:19|20)\d{2})-(?<month>[01]\d)-(?<day>[0-3]\d)(?![\d])/;

export type FoundDate = { iso: string; index: number; length: number; year: number; month: number; day: number };

function valid(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first date written in `text`, or undefined. Years outside 1000-2999 are not dates. */
export function findDate(text: string): FoundDate | undefined {
  const candidates: FoundDate[] = [];
  for (const pattern of [dayMonthYear, monthDayYear, numeric, iso]) {
    const m = pattern.exec(text);
    if (!m?.groups) continue;
    const { day, month, year } = m.groups;
    const monthNumber = /^\d+$/.test(month!) ? Number(month) : monthNames[month!.toLowerCase().replace(/\.$/, '')];
    const y = Number(year);
    const d = Number(day);
    if (!monthNumber || y < 1000 || y > 2999 || !valid(y, monthNumber, d)) continue;
    candidates.push({ iso: `${y}-${pad(monthNumber)}-${pad(d)}`, index: m.index, length: m[0].length, year: y, month: monthNumber, day: d });
  }
  return candidates.sort((a, b) => a.index - b.index)[0];
}

/** Every date written in `text`. */
export function findAllDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  let offset = 0;
  while (offset < text.length) {
    const date = findDate(text.slice(offset));
    if (!date) break;
    found.push({ ...date, index: date.index + offset });
    offset += date.index + date.length;
  }
  return found;
}

const dayMonth = new RegExp(String.raw`(?<![\p{L}\d])${DAY}\s*${MONTH}(?![\p{L}])(?!\s*,?\s*\d{4})`, 'iu');

/** A day and month written without a year ("le 20 juin", "op 3 maart"), or undefined. */
export function findDayMonth(text: string): { day: number; month: number } | undefined {
  const m = dayMonth.exec(text);
  const month = m?.groups ? monthNames[m.groups.month!.toLowerCase().replace(/\.$/, '')] : undefined;
  if (!m?.groups || !month || !valid(2000, month, Number(m.groups.day))) return undefined;
  return { day: Number(m.groups.day), month };
}
