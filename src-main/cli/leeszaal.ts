// Entry point of the `leeszaal` command line bundle.
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`leeszaal: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
