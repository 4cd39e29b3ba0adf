/** Parsed command line: positional words and `--name value` / `--flag` options. */
export type Args = { positional: string[]; options: Map<string, string | true> };

/** Splits argv into positionals and options; `--name=value` and `--name value` both work. */
export function parseArgs(argv: readonly string[], flags: readonly string[] = []): Args {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (inline !== undefined) options.set(name, inline);
    else if (flags.includes(name) || i + 1 >= argv.length || argv[i + 1]!.startsWith('--')) options.set(name, true);
    else options.set(name, argv[++i]!);
  }
  return { positional, options };
}

/** A string option, or undefined. */
export function option(args: Args, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === 'string' ? value : undefined;
}
