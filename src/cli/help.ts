// Usage text for --help, per command.
import { FORMAT_NAMES } from "../formatters/index.js";
import type { Subcommand } from "./args.js";

const MAIN = `Usage: openclaw-qwen-lint [options] [file|glob|-]...
       openclaw-qwen-lint <command> [options]

Lint OpenClaw configs (openclaw.json, JSON5) and onboarding scripts (.sh, Dockerfile, .md) for
Qwen / Alibaba DashScope provider mistakes. Without paths: the OpenClaw installation, i.e. the
active config ($OPENCLAW_CONFIG_PATH, else openclaw.json in $OPENCLAW_STATE_DIR or ~/.openclaw)
together with the keys in its state database and .env files (read-only).

Options:
      --state-dir <dir>      lint this installation (its openclaw.json, state database, .env);
                             with paths: check those files against its keys
      --openclaw-version <v> judge version-dependent facts by this OpenClaw version (default:
                             the installed one, else the config's meta.lastTouchedVersion)
  -f, --format <name>        ${FORMAT_NAMES.join(", ")} (default: stylish)
  -o, --output <file>        write the report to a file; the summary still goes to the terminal
                             (also --output-file, ESLint's spelling)
  -c, --config <file>        project config to use instead of the nearest .openclaw-qwen-lint.json5
      --rule <id>=<level>    set a rule to off, info, warning or error (repeatable)
      --fail-on <level>      exit 1 on findings at or above error (default), warning or info
      --max-warnings <n>     exit 1 when there are more than n warnings (-1: no limit)
  -q, --quiet                report errors only
      --stdin                read the text from stdin (same as the path -)
      --stdin-filename <name>
                             name for the text read from - (display, $include base, file type,
                             project config lookup)
      --color, --no-color    force colours on or off (default: FORCE_COLOR when set, else on
                             for a terminal unless NO_COLOR is set)
      --fix                  apply safe fixes
      --fix-dry-run          show what --fix would change, change nothing
      --fix-read-only        let --fix rewrite read-only files too (mode kept)
      --debug                show stack traces of internal errors
  -v, --version              print the tool and catalog versions
  -h, --help                 show this help

Commands:
  rules [--format json]                  list every rule
  explain <rule-id>                      show a rule's documentation
  catalog [--plan <plan>] [--format json]
                                         what each plan (coding, standard, token) serves
  lsp [--stdio | --socket=<port>]        start the language server

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage error, unreadable file,
invalid project config or internal error.
`;

const TOPICS: Record<Subcommand, string> = {
  rules: `Usage: openclaw-qwen-lint rules [--format text|json]

List every rule: id, default severity, category, whether --fix can fix it, description.
`,
  explain: `Usage: openclaw-qwen-lint explain <rule-id>

Print the rule's documentation page (docs/rules/<rule-id>.md).
`,
  catalog: `Usage: openclaw-qwen-lint catalog [--plan coding|standard|token] [--format text|json]

Show what each Qwen plan serves: chat models (input, context window, max output, availability
notes), endpoints with base URLs and onboarding auth choices, and for Standard the media
understanding and video generation models.
`,
  lsp: `Usage: openclaw-qwen-lint lsp [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]

Start the language server (diagnostics, hover, completion for openclaw.json in editors).
The transport defaults to --stdio; with --socket the server connects to the editor listening
on that local port.
`,
};

export const helpText = (topic?: Subcommand) => (topic ? TOPICS[topic] : MAIN);
