// Failures the CLI reports as exit code 2. Anything else that escapes is an internal error.

/** A bad command line: printed with the hint to run --help. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Unreadable input, invalid project config, unwritable output: printed as is, one line or several. */
export class CliError extends Error {
  override name = "CliError";
}
