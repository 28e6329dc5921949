// Where a Qwen provider's key really is, once the installation is known: facts.keySources (config only)
// refined with what the state database and the .env files hold. A source the installation answers gets
// the place it was found put in front of it:
//   auth profile (auth.profiles names it)     -> the database row with the key, or the env var its keyRef
//                                                names, looked up like below;
//   ${VAR} / env SecretRef / env.vars / the
//   Gateway's environment                      -> the first of the names set in a file a Gateway daemon
//                                                reads: $OPENCLAW_STATE_DIR/.env, then
//                                                ~/.config/openclaw/gateway.env (default state dir only);
//                                                these come before config env.vars, which only fills gaps.
// A keyRef whose variable no such file sets becomes `environment` first: the daemon must get it from its
// service environment. The working-directory .env never counts: OpenClaw drops provider keys from it.
import type { KeySource } from "../engine/facts.js";
import type { InstallationSource } from "./context.js";
import type { Installation } from "./installation.js";

/** The first of `names` set in a .env file the Gateway loads, as a `file` key source. */
export function fileSource(inst: Installation, names: readonly string[]): Extract<KeySource, { kind: "file" }> | undefined {
  for (const f of inst.envFiles) {
    if (f.role === "workspace" || !f.loaded) continue;
    for (const name of names) {
      const e = f.entries.find((x) => x.name === name);
      if (e && e.value.reveal().trim() !== "") return { kind: "file", file: f.path, line: e.line, name, display: `${f.display}:${e.line}`, secret: e.value };
    }
  }
  return undefined;
}

const namesOf = (s: KeySource): string[] => {
  switch (s.kind) {
    case "placeholder":
    case "env-name":
    case "environment":
      return s.names;
    case "env-vars":
      return [s.name];
    case "secret-ref":
      return s.ref.source === "env" ? [s.ref.id] : [];
    default:
      return [];
  }
};

export function refineKeySources(inst: Installation, sources: readonly KeySource[]): KeySource[] {
  const out: KeySource[] = [];
  for (const s of sources) {
    if (s.kind === "auth-profile") {
      const p = inst.profiles.find((x) => x.id === s.profile);
      if (p?.key) out.push({ kind: "database", file: p.key.at.file, table: "config_machine_state", row: "authProfiles.store", display: describe(p.key.at), secret: p.key.value, profile: p.id });
      else if (p?.keyRef?.source === "env") out.push(fileSource(inst, [p.keyRef.id]) ?? { kind: "environment", names: [p.keyRef.id], via: `the keyRef of auth profile ${p.id} (${describe(p.keyRef.at)})` });
      else if (p?.keyRef?.source === "store") {
        const st = inst.secrets.find((x) => x.name === p.keyRef!.id);
        if (st) out.push({ kind: "database", file: st.at.file, table: "secret_store_entries", row: st.name, display: describe(st.at), secret: st.value, profile: p.id });
      }
    } else {
      const hit = namesOf(s).length ? fileSource(inst, namesOf(s)) : undefined;
      if (hit) out.push(hit);
    }
    out.push(s);
  }
  return out;
}

const describe = (at: { kind: string; display: string; row?: string; path?: string[]; line?: number }) =>
  at.kind === "file" ? `${at.display}:${at.line}` : `${at.display} ${at.row} ${(at.path ?? []).join(".")}`.trimEnd();

/** The InstallationSource lintText takes. */
export function installationSource(installation: Installation, env: Readonly<Record<string, string | undefined>> = process.env): InstallationSource {
  return {
    installation,
    forConfig() {
      return { installation, env, keySources: (_id, sources) => refineKeySources(installation, sources) };
    },
  };
}
