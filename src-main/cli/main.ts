// The `leeszaal` command table: the same handlers as the app, without a window (DESIGN.md).
import { parseArgs, type Args } from './args';
import { extractCommand } from './commands/extract';
import { indexCommand } from './commands/index';
import { notesCommand } from './commands/notes';
import { searchCommand } from './commands/search';
import { serveCommand } from './commands/serve';

type Command = { usage: string; flags: string[]; run: (args: Args) => Promise<number> };

const commands: Record<string, Command> = {
  extract: { usage: 'leeszaal extract BESTAND [--json] [--password WACHTWOORD]', flags: ['json'], run: extractCommand },
  index: { usage: 'leeszaal index MAP [--json] [--password WACHTWOORD]', flags: ['json'], run: indexCommand },
  notes: { usage: 'leeszaal notes export MAP --format docx|md|csv|jsonld|pdf --out PAD [--tag LABEL] [--letter BESTAND] [--json]', flags: ['json'], run: notesCommand },
  search: { usage: 'leeszaal search MAP ZOEKVRAAG [--json] [--limit N]', flags: ['json'], run: searchCommand },
  serve: { usage: 'leeszaal serve MAP [--port N]', flags: [], run: serveCommand },
};

/** Runs the command line; resolves with the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`Gebruik:\n${Object.values(commands).map((c) => `  ${c.usage}`).join('\n')}\n`);
    return name === undefined || name === '--help' ? 0 : 2;
  }
  return command.run(parseArgs(rest, command.flags));
}

