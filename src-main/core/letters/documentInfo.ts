// The PDF's own Title and Author, used only when the letter itself says nothing: in real archives
// they are often missing or junk left by the authoring tool.

const junk = [
  /^microsoft\s+(?:word|powerpoint|excel)\b/i, // "Microsoft Word - ~WRL0003.tmp"
  /~\$|~WRL|\.tmp\b|\.docx?\b|\.dotx?\b|\.rtf\b|\.pdf\b|\.xlsx?\b/i,
  /^(?:untitled|naamloos|document\d*|titel|title|sjabloon|template|brief|memo|rapport|adobe|pdf)$/i,
  /^[\w-]+\.\w{2,4}$/, // a bare file name
  /^\S*_\S*$/, // an internal code such as "RO_PUBL_030_A4_Informatieblad"
  /^[\d\s_\-.]+$/,
];

/** The title, or undefined when it is missing or looks like a tool's leftovers. */
export function usableTitle(title: string | undefined): string | undefined {
  const value = title?.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!value || value.length < 4 || junk.some((pattern) => pattern.test(value))) return undefined;
  return value;
}
