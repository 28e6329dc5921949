// The command line, split the way node:util's parseArgs splits it in strict mode with positionals and
// tokens (Node 20-24): same values, positionals, tokens and error messages, as test/cli/argv.test.ts
// checks against parseArgs itself over generated command lines. Ours because parseArgs costs ~0.8 ms
// of every start (loading its module and running it cold), about 4% of a lint's own time.

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
}

export type Token =
  | { kind: "option"; name: string; rawName: string; index: number; value: string | undefined; inlineValue: boolean | undefined }
  | { kind: "positional"; index: number; value: string }
  | { kind: "option-terminator"; index: number };

export interface ParsedArgv {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  tokens: Token[];
}

/** An error with parseArgs' code and message (src/cli/args.ts turns it into a usage error). */
export class ArgvError extends Error {
  constructor(
    readonly code: "ERR_PARSE_ARGS_UNKNOWN_OPTION" | "ERR_PARSE_ARGS_INVALID_OPTION_VALUE",
    message: string,
  ) {
    super(message);
  }
}

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Splits `args` into option, positional and terminator tokens (parseArgs' argsToTokens). */
function tokenize(args: readonly string[], options: Readonly<Record<string, OptionSpec>>): Token[] {
  const typeOf = (name: string) => (has(options, name) ? options[name].type : undefined);
  const longOf = (short: string) => Object.keys(options).find((name) => options[name].short === short) ?? short;
  const tokens: Token[] = [];
  const rest = [...args];
  let index = -1;
  let groupCount = 0;
  while (rest.length > 0) {
    const arg = rest.shift()!;
    const next = rest[0];
    if (groupCount > 0) groupCount--;
    else index++;
    if (arg === "--") {
      tokens.push({ kind: "option-terminator", index });
      for (const value of rest) tokens.push({ kind: "positional", index: ++index, value });
      break;
    }
    // `-f` or `--name`: a string option takes the next argument, whatever it is (strict mode then
    // refuses one that looks like an option).
    const lone = (name: string) => {
      const value = typeOf(name) === "string" && next !== undefined ? rest.shift() : undefined;
      tokens.push({ kind: "option", name, rawName: arg, index, value, inlineValue: value === undefined ? undefined : false });
      if (value !== undefined) index++;
    };
    if (arg.length === 2 && arg[0] === "-" && arg[1] !== "-") {
      lone(longOf(arg[1]));
      continue;
    }
    if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
      if (typeOf(longOf(arg[1])) !== "string") {
        // -abc: -a -b -c, and a string option inside takes the rest as its value (-abfFILE: -a -b -fFILE).
        const expanded: string[] = [];
        for (let i = 1; i < arg.length; i++) {
          const c = arg[i];
          if (typeOf(longOf(c)) !== "string" || i === arg.length - 1) expanded.push(`-${c}`);
          else {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        rest.unshift(...expanded);
        groupCount = expanded.length;
        continue;
      }
      // -fVALUE
      const name = longOf(arg[1]);
      tokens.push({ kind: "option", name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (arg.length > 2 && arg.startsWith("--")) {
      // `--name=value` needs its `=` after the name's first character: `--=x` is an option named "=x".
      if (arg.indexOf("=", 3) < 0) lone(arg.slice(2));
      else {
        const eq = arg.indexOf("=");
        const name = arg.slice(2, eq);
        tokens.push({ kind: "option", name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      }
      continue;
    }
    tokens.push({ kind: "positional", index, value: arg });
  }
  return tokens;
}

/** parseArgs({ args, options, strict: true, allowPositionals: true, tokens: true }). */
export function parseArgv(args: readonly string[], options: Readonly<Record<string, OptionSpec>>): ParsedArgv {
  const tokens = tokenize(args, options);
  const values: ParsedArgv["values"] = Object.create(null);
  const positionals: string[] = [];
  for (const t of tokens) {
    if (t.kind === "positional") positionals.push(t.value);
    if (t.kind !== "option") continue;
    if (!has(options, t.name)) throw new ArgvError("ERR_PARSE_ARGS_UNKNOWN_OPTION", unknownMessage(t.rawName));
    const spec = options[t.name];
    const shortAndLong = `${spec.short ? `-${spec.short}, ` : ""}--${t.name}`;
    if (spec.type === "string" && typeof t.value !== "string") throw new ArgvError("ERR_PARSE_ARGS_INVALID_OPTION_VALUE", `Option '${shortAndLong} <value>' argument missing`);
    if (spec.type === "boolean" && t.value != null) throw new ArgvError("ERR_PARSE_ARGS_INVALID_OPTION_VALUE", `Option '${shortAndLong}' does not take an argument`);
    if (!t.inlineValue && t.value !== undefined && t.value.length > 1 && t.value[0] === "-") {
      const example = t.rawName.startsWith("--") ? `'${t.rawName}=-XYZ'` : `'--${t.name}=-XYZ' or '${t.rawName}-XYZ'`;
      throw new ArgvError(
        "ERR_PARSE_ARGS_INVALID_OPTION_VALUE",
        `Option '${t.rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${t.rawName}'?\nTo specify an option argument starting with a dash use ${example}.`,
      );
    }
    const value = t.value ?? true;
    if (spec.multiple) ((values[t.name] ??= []) as unknown[]).push(value);
    else values[t.name] = value;
  }
  return { values, positionals, tokens };
}

const unknownMessage = (raw: string) =>
  `Unknown option '${raw}'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(raw)}`;
