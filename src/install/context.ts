// What rules see of the installation. The linter imports only these types; the caller that read the
// installation (CLI, library, language server) hands over an InstallationSource, so src/install is loaded
// only when an installation is linted.
import type { Catalog } from "../catalog/index.js";
import type { KeySource } from "../engine/facts.js";
import type { Installation } from "./installation.js";

export interface InstallationContext {
  readonly installation: Installation;
  /** The lint process's environment: a key set there but in no file is "in this shell only". */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** facts.keySources for a provider id, with the places the installation answers put in front. */
  keySources(providerId: string, fromConfig: readonly KeySource[]): KeySource[];
}

/** Given to lintText: builds the rules' view once the config is evaluated. */
export interface InstallationSource {
  readonly installation: Installation;
  forConfig(config: unknown, catalog: Catalog): InstallationContext;
}
