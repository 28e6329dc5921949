// Version-aware severity: the history scripts/version-history.mjs extracted from the npm tarballs decides
// whether the OpenClaw version in use refuses what the config selects.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION_HISTORY } from "../../src/generated/version-history.js";
import { compareVersions, refusals } from "../../src/rules/util/versions.js";
import { ROOT } from "../build.js";
import { cli, ensureBuilt } from "../cli/run-cli.js";
import { lint } from "../helpers.js";

const CODING_36 = (meta = "") => `{
  ${meta}
  models: { providers: { qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1" } } },
  agents: { defaults: { model: { primary: "qwen/qwen3.6-plus" } } },
}`;
const pse = (r: ReturnType<typeof lint>) => r.diagnostics.filter((d) => d.ruleId === "prefer-standard-endpoint").map((d) => [d.severity, d.message]);

describe("the extracted history", () => {
  it("is the script's JSON, and records the spring 2026 Coding Plan filter, the move to the plugin and the Token Plan", () => {
    expect(JSON.parse(readFileSync(join(ROOT, "scripts/data/openclaw-version-history.json"), "utf8"))).toEqual(JSON.parse(JSON.stringify(VERSION_HISTORY)));
    const by = (v: string) => VERSION_HISTORY.openclaw.find((e) => e.version === v) as Record<string, unknown>;
    expect(by("2026.4.29")).toMatchObject({ qwen: "core", coreExtension: "qwen", codingPlanRemoves: ["qwen3.6-plus"] });
    expect(by("2026.6.11")).toMatchObject({ qwen: "external" });
    // agents.defaults.videoGenerationModel: in the config schema 2026.4.29-2026.7.35, replaced by mediaModels from 2026.8.2.
    expect(VERSION_HISTORY.openclaw.filter((e) => e.acceptsVideoGenerationModel).map((e) => e.version)).toEqual(["2026.4.29", "2026.5.28", "2026.6.11", "2026.6.35", "2026.7.35"]);
    expect(by("2026.8.2")).toMatchObject({ acceptsVideoGenerationModel: false, acceptsMediaModels: true });
    const newestPlugin = VERSION_HISTORY.plugin[VERSION_HISTORY.plugin.length - 1] as Record<string, unknown>;
    expect(newestPlugin).toMatchObject({ codingPlanRemoves: [], tokenPlan: true });
  });

  it("compares OpenClaw versions numerically, pre-releases first", () => {
    expect(compareVersions("2026.10.1", "2026.9.6")).toBeGreaterThan(0);
    expect(compareVersions("2026.8.1-beta.2", "2026.8.1")).toBeLessThan(0);
    expect(compareVersions("2026.6.35", "2026.6.35")).toBe(0);
  });

  it("what a version refuses follows the samples", () => {
    const r = refusals("qwen", "qwen3.6-plus", "coding");
    expect(r.length).toBeGreaterThan(0);
    expect(r[0].refusedBy("2026.4.29")).toBe(true);
    expect(r[0].refusedBy("2026.5.30")).toBe(true);
    expect(r[0].refusedBy("2026.9.6", "2026.9.4")).toBe(false);
    // On Standard 2026.4.29 serves it; the qwen provider id itself only arrived after the modelstudio era.
    expect(refusals("qwen", "qwen3.6-plus", "standard").some((x) => x.refusedBy("2026.4.29"))).toBe(false);
    expect(refusals("qwen", "qwen3.6-plus", "standard").some((x) => x.refusedBy("2026.3.31"))).toBe(true);
  });
});

describe("prefer-standard-endpoint's severity follows the version", () => {
  it("error on a version that refuses qwen3.6-plus on the Coding Plan, advice on one that serves it", () => {
    expect(pse(lint(CODING_36(), { openclawVersion: "2026.4.29" }))).toEqual([["error", expect.stringContaining("OpenClaw 2026.4.29 (--openclaw-version) is one of them")]]);
    expect(pse(lint(CODING_36(), { openclawVersion: "2026.9.6" }))).toEqual([["info", expect.not.stringContaining("is one of them")]]);
  });

  it("meta.lastTouchedVersion is a hint when nothing better is known; no version: the newest", () => {
    expect(pse(lint(CODING_36(`meta: { lastTouchedVersion: "2026.5.28" },`)))).toEqual([["error", expect.stringContaining("(meta.lastTouchedVersion, a hint)")]]);
    expect(pse(lint(CODING_36()))[0][0]).toBe("info");
  });
});

describe("without any version known: the newest, said once", () => {
  const newest = VERSION_HISTORY.openclaw[VERSION_HISTORY.openclaw.length - 1].version;
  it("the result names the version a version-dependent finding assumed, only when one did", () => {
    expect(lint(CODING_36()).versionAssumed).toBe(newest);
    expect(lint(CODING_36(), { openclawVersion: "2026.9.6" }).versionAssumed).toBeUndefined();
    expect(lint(CODING_36(`meta: { lastTouchedVersion: "2026.9.6" },`)).versionAssumed).toBeUndefined();
    // Nothing depended on the version: nothing to say.
    expect(lint(`{ agents: { defaults: { model: { primary: "qwen/qwen3.5-plus" } } } }`).versionAssumed).toBeUndefined();
  });

  it("the CLI says it once on stderr for stylish and compact, never in machine formats", () => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), "oql-vnote-"));
    for (const n of ["a", "b"]) writeFileSync(join(dir, `${n}.json5`), CODING_36());
    const note = `openclaw-qwen-lint: note: no OpenClaw version known (--openclaw-version, the installation, meta.lastTouchedVersion); findings that depend on it assume the newest, ${newest}.\n`;
    for (const format of ["stylish", "compact"]) expect(cli(["-f", format, join(dir, "a.json5"), join(dir, "b.json5")]).stderr).toBe(note);
    const json = cli(["-f", "json", join(dir, "a.json5")]);
    expect(json.stderr).toBe("");
    expect(JSON.parse(json.stdout).results[0].versionAssumed).toBe(newest);
    for (const format of ["sarif", "github", "junit"]) expect(cli(["-f", format, join(dir, "a.json5")]).stderr).toBe("");
    expect(cli(["-f", "stylish", "--openclaw-version", "2026.9.6", join(dir, "a.json5")]).stderr).toBe("");
  }, 60_000);
});

describe("agents.defaults.videoGenerationModel follows the version", () => {
  const CONFIG = `{ agents: { defaults: { videoGenerationModel: "qwen/wan2.6-t2v" } } }`;
  const lck = (r: ReturnType<typeof lint>) => r.diagnostics.filter((d) => d.ruleId === "legacy-config-key").map((d) => [d.severity, d.messageId, !!d.fix, d.message]);
  it("advice without a fix on a version whose schema takes it and has no mediaModels yet (moving it would break the config there)", () => {
    expect(lck(lint(CONFIG, { openclawVersion: "2026.7.35" }))).toEqual([
      [
        "info",
        "videoKeyStillAccepted",
        false,
        "agents.defaults.videoGenerationModel works on OpenClaw 2026.7.35 (--openclaw-version), which has no agents.defaults.mediaModels yet: keep it for now. OpenClaw 2026.8.2 and newer reject it (2026.7.35 was the last version that took it); after upgrading, openclaw doctor --fix migrates it to agents.defaults.mediaModels.video.",
      ],
    ]);
  });
  it("an error with the move on versions that reject it, and without any version (the newest, said once)", () => {
    for (const r of [lint(CONFIG, { openclawVersion: "2026.8.2" }), lint(CONFIG)])
      expect(lck(r)).toEqual([["error", "mediaKeyMove", true, expect.stringContaining("rejects it (since OpenClaw 2026.8.2; 2026.7.35 was the last version that took it)")]]);
    expect(lint(CONFIG).versionAssumed).toBe(VERSION_HISTORY.openclaw[VERSION_HISTORY.openclaw.length - 1].version);
  });
});
