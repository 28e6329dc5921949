// What OpenClaw's daemon installer gives the Gateway service, read back from the files it writes: the systemd
// user unit (Environment= lines, EnvironmentFile=), the env file it names, the launchd plist's
// EnvironmentVariables. Unit and plist are written as OpenClaw 2026.9.6 renders them (src/daemon/systemd-unit.ts
// buildSystemdUnit, launchd-plist.ts); a key set there reaches the daemon even when no .env has it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInstallation } from "../../src/install/installation.js";
import { installationSource } from "../../src/install/keys.js";
import { parsePlistEnv, parseUnit } from "../../src/install/service-env.js";
import { lintText } from "../../src/index.js";
import { FIXTURES } from "../helpers.js";

const KEY = "sk-sp-00000000000000000000000000000005";
const CANARY_TAIL = "0000000005";

/** The unit buildSystemdUnit renders (its fixed policy lines, ExecStart, EnvironmentFile, Environment). */
const unit = (home: string, env: string[]) =>
  [
    "[Unit]",
    "Description=OpenClaw Gateway (v2026.9.6)",
    "After=network-online.target",
    "Wants=network-online.target",
    "",
    "[Service]",
    `ExecStart=/usr/bin/node ${home}/.npm-global/lib/node_modules/openclaw/dist/index.js gateway --port 18789`,
    "Restart=always",
    "RestartSec=5",
    `WorkingDirectory=${home}`,
    `EnvironmentFile=-${home}/.openclaw/gateway.systemd.env`,
    `Environment=HOME=${home}`,
    ...env,
    "",
    "[Install]",
    "WantedBy=default.target",
    "",
  ].join("\n");

const plist = (vars: Record<string, string>) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
  <dict>
    <key>Label</key>
    <string>ai.openclaw.gateway</string>
    <key>EnvironmentVariables</key>
    <dict>${Object.entries(vars).map(([k, v]) => `\n    <key>${k}</key>\n    <string>${v}</string>`).join("")}
    </dict>
  </dict>
</plist>
`;

function lintInstall(files: (home: string) => Record<string, string>) {
  const home = mkdtempSync(join(tmpdir(), "oql-svc-"));
  cpSync(join(FIXTURES, "install", "qwen-token-plan-ref"), join(home, ".openclaw"), { recursive: true });
  for (const [p, text] of Object.entries(files(home))) {
    mkdirSync(join(home, p, ".."), { recursive: true });
    writeFileSync(join(home, p), text);
  }
  const configPath = join(home, ".openclaw/openclaw.json");
  const inst = readInstallation({ env: { HOME: home }, cwd: home });
  const result = lintText(readFileSync(configPath, "utf8"), { filePath: configPath, env: { HOME: home }, installation: installationSource(inst, { HOME: home }) });
  return { home, inst, result, daemon: result.diagnostics.filter((d) => d.ruleId === "daemon-env") };
}

describe("the service environment OpenClaw's installer wrote", () => {
  it("no service files: the keyRef's variable reaches no daemon (the answer today)", () => {
    expect(lintInstall(() => ({})).daemon).toHaveLength(1);
  });

  it("systemd: the key in the EnvironmentFile the unit names (where the installer puts keys from the installing shell)", () => {
    const r = lintInstall((h) => ({ ".config/systemd/user/openclaw-gateway.service": unit(h, []), ".openclaw/gateway.systemd.env": `QWEN_TOKEN_PLAN_API_KEY=${KEY}\n` }));
    expect(r.daemon).toEqual([]);
    expect(r.inst.envFiles.filter((f) => f.role === "service").map((f) => f.display)).toEqual(["~/.config/systemd/user/openclaw-gateway.service", "~/.openclaw/gateway.systemd.env"]);
  });

  it("systemd: an inline Environment= line, quoted as OpenClaw writes values with spaces", () => {
    const r = lintInstall((h) => ({ ".config/systemd/user/openclaw-gateway.service": unit(h, [`Environment="QWEN_TOKEN_PLAN_API_KEY=${KEY}"`]) }));
    expect(r.daemon).toEqual([]);
    const e = r.inst.envFiles.find((f) => f.role === "service")!.entries.find((x) => x.name === "QWEN_TOKEN_PLAN_API_KEY")!;
    expect([e.line, e.column, e.value.reveal()]).toEqual([13, 13, KEY]);
  });

  it("a unit for another profile, or outside [Service], gives nothing", () => {
    expect(lintInstall((h) => ({ ".config/systemd/user/openclaw-gateway-work.service": unit(h, [`Environment=QWEN_TOKEN_PLAN_API_KEY=${KEY}`]) })).daemon).toHaveLength(1);
    expect(parseUnit(`[Unit]\nEnvironment=A=1\n[Service]\nEnvironment=B=2 "C=3 4"\n`, "/h").inline.map((e) => [e.name, e.value.reveal(), e.line, e.column])).toEqual([
      ["B", "2", 4, 13],
      ["C", "3 4", 4, 17],
    ]);
  });

  it("launchd: the plist's EnvironmentVariables", () => {
    const r = lintInstall(() => ({ "Library/LaunchAgents/ai.openclaw.gateway.plist": plist({ HOME: "/Users/me", QWEN_TOKEN_PLAN_API_KEY: KEY }) }));
    expect(r.daemon).toEqual([]);
    expect(parsePlistEnv(plist({ A: "x &amp; y" })).map((e) => [e.name, e.value.reveal(), e.line])).toEqual([["A", "x & y", 9]]);
  });

  it("a Standard key in the unit for a Token Plan install: cited at its line, never shown", () => {
    const r = lintInstall((h) => ({ ".config/systemd/user/openclaw-gateway.service": unit(h, ["Environment=QWEN_TOKEN_PLAN_API_KEY=sk-00000000000000000000000000000003"]) }));
    const hit = r.result.diagnostics.filter((d) => d.ruleId === "api-key-plan-mismatch");
    expect(hit.map((d) => d.message)).toEqual([expect.stringContaining("~/.config/systemd/user/openclaw-gateway.service:13")]);
    expect(JSON.stringify(r.result)).not.toContain("00000000000000000000000000000003");
    expect(JSON.stringify(r.result)).not.toContain(CANARY_TAIL);
  });
});
