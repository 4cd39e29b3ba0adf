// Numbers are written with spaces between digit groups ("33 279", "35 000 X") as often as
// without ("33279"). Both forms must find each other.

/** Digit groups separated by single spaces: "33 279", "1 234 567" (first group 1-3 digits). */
const groupedNumber = /(?<![\d])\d{1,3}(?: \d{3})+(?![\d])/g;

/** The joined forms of every grouped number in `text`: "Kamerstuk 33 279" -> ["33279"]. */
export function joinedNumbers(text: string): string[] {
  return [...text.matchAll(groupedNumber)].map((match) => match[0].replace(/ /g, ''));
}

/** `text` with grouped numbers written joined: "33 279, nr. 28" -> "33279, nr. 28". */
export function joinDigitGroups(text: string): string {
  return text.replace(groupedNumber, (match) => match.replace(/ /g, ''));
}
