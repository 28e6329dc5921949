// The library's way to lint an installation: open it once, then pass it to lintText as
// LintOptions.installation (index.ts loads this module only when openInstallation is called).
import type { InstallationSource } from "./context.js";
import { readInstallation, type Installation, type LocateOptions } from "./installation.js";
import { installationSource } from "./keys.js";

export interface OpenedInstallation extends InstallationSource {
  /** The config OpenClaw loads for this installation ($OPENCLAW_CONFIG_PATH or <stateDir>/openclaw.json). */
  readonly configPath: string;
  /** What could not be read (database missing, locked, newer or damaged; unreadable .env files). */
  readonly problems: Installation["problems"];
}

export function openInstallation(opts: LocateOptions = {}): OpenedInstallation {
  const installation = readInstallation(opts);
  return { ...installationSource(installation, opts.env ?? process.env), configPath: installation.configPath, problems: installation.problems };
}
