// The environment OpenClaw's daemon installer gave the Gateway service (`openclaw gateway install`,
// `openclaw onboard --install-daemon`), read back from the files it writes (OpenClaw 2026.9.6,
// src/daemon/systemd-unit.ts, systemd-service-files.ts, launchd-plist.ts, daemon-install-helpers.ts):
//   - systemd: the user unit ~/.config/systemd/user/<name>.service, <name> = $OPENCLAW_SYSTEMD_UNIT or
//     openclaw-gateway[-<profile>]. Its [Service] section has `Environment=KEY=VALUE` lines (quoted with "
//     and backslashes when needed) and `EnvironmentFile=-<stateDir>/gateway.systemd.env`, where the
//     installer writes the state-dir .env, the config's env vars and the provider keys exported in the shell
//     that ran the install;
//   - launchd: ~/Library/LaunchAgents/<label>.plist, <label> = ai.openclaw.gateway or ai.openclaw.<profile>,
//     with an EnvironmentVariables dict.
// Each becomes an EnvFile of role "service": a key set there reaches the daemon even when no .env has it.
import { join } from "node:path";
import { readDotenvFile, type EnvEntry } from "./dotenv.js";
import { readRegularFile } from "../engine/safe-read.js";
import { Secret } from "./secret.js";

type Env = Readonly<Record<string, string | undefined>>;

export interface ServiceEnvFile {
  path: string;
  entries: EnvEntry[];
}

/** OpenClaw's profile name for service names: blank or "default" means none. */
function profileOf(env: Env): string | undefined {
  const p = env.OPENCLAW_PROFILE?.trim();
  return p && p.toLowerCase() !== "default" ? p : undefined;
}

export function systemdUnitPath(home: string, env: Env): string {
  const override = env.OPENCLAW_SYSTEMD_UNIT?.trim();
  const profile = profileOf(env);
  const name = override ? override.replace(/\.service$/, "") : `openclaw-gateway${profile ? `-${profile}` : ""}`;
  return join(home, ".config", "systemd", "user", `${name}.service`);
}

export function launchdPlistPath(home: string, env: Env): string {
  const profile = profileOf(env);
  return join(home, "Library", "LaunchAgents", `ai.openclaw.${profile ?? "gateway"}.plist`);
}

const read = (path: string): string | undefined => {
  try {
    return readRegularFile(path);
  } catch {
    return undefined;
  }
};

/** The service files that exist: the unit (its Environment= lines), the files its EnvironmentFile= names, the plist. */
export function readServiceEnv(home: string, env: Env): ServiceEnvFile[] {
  const out: ServiceEnvFile[] = [];
  const unitPath = systemdUnitPath(home, env);
  const unit = read(unitPath);
  if (unit !== undefined) {
    const { inline, files } = parseUnit(unit, home);
    out.push({ path: unitPath, entries: inline });
    for (const f of files) {
      const r = readDotenvFile(f);
      if (r.ok) out.push({ path: f, entries: r.entries });
    }
  }
  const plistPath = launchdPlistPath(home, env);
  const plist = read(plistPath);
  if (plist !== undefined) out.push({ path: plistPath, entries: parsePlistEnv(plist) });
  return out;
}

/** `Environment=` assignments (with their line and column) and `EnvironmentFile=` paths of the [Service] section. */
export function parseUnit(text: string, home: string): { inline: EnvEntry[]; files: string[] } {
  const inline: EnvEntry[] = [];
  const files: string[] = [];
  let section = "";
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line.startsWith("[") && line.endsWith("]")) section = line.slice(1, -1);
    if (section !== "Service") return;
    const m = /^(Environment|EnvironmentFile)\s*=\s*/.exec(line);
    if (!m) return;
    const indent = raw.length - raw.trimStart().length;
    const rest = line.slice(m[0].length);
    if (m[1] === "EnvironmentFile") {
      // `-` = optional file; %h is the home; OpenClaw escapes glob characters with a backslash.
      const path = rest.replace(/^-/, "").replace(/%h/g, home).replace(/\\(.)/g, "$1").replace(/\[(.)\]/g, "$1");
      if (path) files.push(path);
      return;
    }
    for (const w of words(rest)) {
      const eq = w.value.indexOf("=");
      if (eq <= 0) continue;
      const column = indent + m[0].length + w.start + 1;
      inline.push({ name: w.value.slice(0, eq), value: new Secret(w.value.slice(eq + 1)), line: i + 1, column, endColumn: indent + m[0].length + w.end + 1 });
    }
  });
  return { inline, files };
}

/** systemd's word splitting of an Environment= value: whitespace, "…" and '…' with backslash escapes. */
function words(s: string): { value: string; start: number; end: number }[] {
  const out: { value: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i])) i++;
    if (i >= s.length) break;
    const start = i;
    let value = "";
    while (i < s.length && !/\s/.test(s[i])) {
      const q = s[i];
      if (q === '"' || q === "'") {
        for (i++; i < s.length && s[i] !== q; i++) value += s[i] === "\\" && i + 1 < s.length ? s[++i] : s[i];
        i++;
      } else value += s[i] === "\\" && i + 1 < s.length ? s[++i] : s[i], i++;
    }
    out.push({ value, start, end: i });
  }
  return out;
}

const XML = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as const;
const unxml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: keyof typeof XML) => XML[e]);

/** The EnvironmentVariables dict of a launchd plist, with the line of each key. */
export function parsePlistEnv(text: string): EnvEntry[] {
  const m = /<key>\s*EnvironmentVariables\s*<\/key>\s*<dict>([\s\S]*?)<\/dict>/.exec(text);
  if (!m) return [];
  const base = m.index + m[0].indexOf("<dict>") + "<dict>".length;
  const out: EnvEntry[] = [];
  for (const p of m[1].matchAll(/<key>([^<]*)<\/key>\s*<string>([^<]*)<\/string>/g)) {
    const at = base + p.index!;
    const before = text.slice(0, at);
    const line = before.split("\n").length;
    const column = at - before.lastIndexOf("\n");
    out.push({ name: unxml(p[1].trim()), value: new Secret(unxml(p[2])), line, column, endColumn: column + p[0].split("\n")[0].length });
  }
  return out;
}
