/** Command-line options for the scripts, with German messages that say what was expected. */
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** Parses `argv` strictly: an unknown option or a stray argument is an error, not ignored. */
export function readOptions<T extends OptionSpec>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const reason = (error as Error).message.replace(/^Unknown option '([^']+)'.*$/s, 'Unbekannte Option «$1»').replace(/^Unexpected argument '([^']+)'.*$/s, 'Unerwartetes Argument «$1»').replace(/^Option '([^']+)' argument missing.*$/s, 'Der Option «$1» fehlt ein Wert');
    throw new UsageError(`${reason}.\n${usage}`);
  }
}

/** A whole number from an option, within bounds; `name` is the option as the user typed it. */
export function wholeNumber(value: string | undefined, name: string, bounds: { min: number; max: number }, usage: string): number {
  if (value === undefined) throw new UsageError(`${name} fehlt.\n${usage}`);
  const cleaned = value.replace(/[_']/g, '');
  if (!/^[0-9]+$/.test(cleaned)) throw new UsageError(`${name} ${value}: erwartet wird eine ganze Zahl, z. B. ${name} ${bounds.min === 0 ? 1 : bounds.min}.\n${usage}`);
  const number = Number(cleaned);
  if (number < bounds.min || number > bounds.max) throw new UsageError(`${name} ${value}: erlaubt sind ${bounds.min} bis ${bounds.max}.\n${usage}`);
  return number;
}

/** Runs a script's main function; a usage error ends with its message and exit code 2, no stack trace. */
export async function runMain(main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`Fehler: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
}
