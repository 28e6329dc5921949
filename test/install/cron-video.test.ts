// Video requests in cron jobs, on a state directory whose jobs the real OpenClaw stored
// (test/fixtures/install/cron-video: `openclaw cron add` through a Gateway, see its README section):
// what OpenClaw refuses is cron-video-rejected, what it changes before sending is cron-video-adjusted,
// and each finding names the database row it is about in every format.
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FORMAT_NAMES } from "../../src/formatters/index.js";
import type { CronJob } from "../../src/install/installation.js";
import { readInstallation } from "../../src/install/installation.js";
import { installationSource } from "../../src/install/keys.js";
import { lintText } from "../../src/index.js";
import { cronVideoCalls } from "../../src/rules/util/cron-video.js";
import { cli, ensureBuilt } from "../cli/run-cli.js";
import { FIXTURES } from "../helpers.js";

const CRON = ["cron-video-rejected", "cron-video-adjusted"];

function home() {
  const h = mkdtempSync(join(tmpdir(), "oql-cron-"));
  cpSync(join(FIXTURES, "install", "cron-video"), join(h, ".openclaw"), { recursive: true });
  return h;
}

function lintHome(h: string, config?: string) {
  const inst = readInstallation({ env: { HOME: h }, cwd: h });
  const configPath = join(h, ".openclaw/openclaw.json");
  const result = lintText(config ?? readFileSync(configPath, "utf8"), { filePath: configPath, env: { HOME: h }, installation: installationSource(inst, { HOME: h }) });
  const byName = new Map(inst.cronJobs.map((j) => [j.id, j.name]));
  const found = result.diagnostics
    .filter((d) => CRON.includes(d.ruleId))
    .map((d) => [byName.get(d.pointer.split("/")[2]), d.ruleId, d.messageId, d.pointer.split("/").slice(3).join("/")]);
  return { inst, result, found };
}

describe("cron jobs stored by the real OpenClaw", () => {
  it("each video request is checked against the catalog; jobs without one, dynamic arguments and disabled jobs are not", () => {
    const { found } = lintHome(home());
    expect(found).toEqual([
      ["config-model-script", "cron-video-adjusted", "duration", "payload/script"],
      ["i2v-script", "cron-video-adjusted", "control", "payload/script"],
      ["r2v-from-cli", "cron-video-adjusted", "duration", "payload/argv/7"],
      ["wan27-shell", "cron-video-adjusted", "control", "payload/argv/2"],
      ["wan27-shell", "cron-video-adjusted", "value", "payload/argv/2"],
      ["config-model-script", "cron-video-rejected", "takesNoReferences", "payload/script"],
      ["i2v-script", "cron-video-rejected", "referenceCount", "payload/script"],
      ["i2v-script", "cron-video-rejected", "localReference", "payload/script"],
      ["r2v-from-cli", "cron-video-rejected", "referenceCount", "payload/argv/5"],
      ["wan27-shell", "cron-video-rejected", "referenceCount", "payload/argv/2"],
    ]);
  });

  it("messages name the job, the row and what OpenClaw does", () => {
    const h = home();
    const { result } = lintHome(h);
    const msgs = result.diagnostics.filter((d) => CRON.includes(d.ruleId)).map((d) => d.message.replaceAll(h, "~"));
    expect(msgs).toContainEqual(expect.stringMatching(/^Cron job "r2v-from-cli" asks qwen\/wan2\.6-r2v for 12 s \(~\/\.openclaw\/state\/openclaw\.sqlite cron_jobs [0-9a-f-]{36} payload\.argv\[7\]\), but it makes 2-10 s videos: OpenClaw sends 10 s instead\. Set 10\.$/));
    expect(msgs).toContainEqual(expect.stringContaining(`gives qwen/wan2.6-t2v (the config's video model) 1 reference image`));
    expect(msgs).toContainEqual(expect.stringContaining("passes the local file ./ref.png to qwen/wan2.6-i2v"));
    expect(msgs).toContainEqual(expect.stringContaining("`openclaw infer video generate` has no flag for reference images or videos."));
    // Every finding sits on the database file, at 1:1 (a row has no text position), with the row in the pointer.
    for (const d of result.diagnostics.filter((x) => CRON.includes(x.ruleId))) {
      expect(d.filePath).toBe(join(h, ".openclaw/state/openclaw.sqlite"));
      expect(d.range).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
      expect(d.pointer).toMatch(/^\/cron_jobs\/[0-9a-f-]{36}\/payload\/(argv\/\d+|script)$/);
    }
  });

  it("a job naming a qwen/wan model on a Coding Plan host is refused on every run, even with no video slot in the config", () => {
    const h = home();
    const config = readFileSync(join(h, ".openclaw/openclaw.json"), "utf8")
      .replace(/"mediaModels": \{[^}]*\}\s*\}/, '"mediaModels": {}')
      .replace("https://dashscope-intl.aliyuncs.com/compatible-mode/v1", "https://coding-intl.dashscope.aliyuncs.com/v1");
    const { result, found } = lintHome(h, config);
    const refused = found.filter(([, rule, id]) => rule === "cron-video-rejected" && id === "hostNotVideoPlan");
    // Every enabled job that names its qwen/ model itself; the jobs left to the config's video model have none now.
    expect(refused.map(([name]) => name).sort()).toEqual(["i2v-script", "r2v-from-cli", "t2v-clean", "wan27-shell"]);
    const msg = result.diagnostics.find((d) => d.messageId === "hostNotVideoPlan")!.message.replaceAll(h, "~");
    expect(msg).toMatch(/^Cron job "[^"]+" asks for qwen\/wan[^ ]+ \(~\/\.openclaw\/state\/openclaw\.sqlite cron_jobs [0-9a-f-]{36} payload\.[^)]+\), which the Qwen plugin refuses on every run: models\.providers\.qwen\.baseUrl is the Coding Plan Global endpoint \(coding-intl\.dashscope\.aliyuncs\.com\), and Wan video needs a Standard/);
    // The config itself has no video slot, so video-requires-standard has nothing to say.
    expect(result.diagnostics.filter((d) => d.ruleId === "video-requires-standard")).toEqual([]);
  });

  it("a video model the config does not name and the call leaves out: nothing to check", () => {
    const h = home();
    const config = readFileSync(join(h, ".openclaw/openclaw.json"), "utf8").replace(/"mediaModels": \{[^}]*\}\s*\}/, '"mediaModels": {}');
    expect(config).not.toContain("wan2.6-t2v");
    expect(lintHome(h, config).found.filter(([name]) => name === "config-model-script")).toEqual([]);
  });
});

/** A job as the reader returns it, for the extraction cases below. */
const job = (payload: unknown, enabled = true): CronJob => ({
  id: "j1",
  name: "j",
  enabled,
  payloadKind: String((payload as { kind: string }).kind),
  job: { payload },
  at: { kind: "database", file: "/s/openclaw.sqlite", display: "~/s/openclaw.sqlite", table: "cron_jobs", row: "j1", path: [] },
});

describe("reading video requests from payloads", () => {
  it("argv with --flag=value, npx and global flags; sh -c text; dynamic shell words are unknown", () => {
    const [a] = cronVideoCalls([job({ kind: "command", argv: ["npx", "openclaw", "--profile", "x", "capability", "video", "generate", "--model=qwen/wan2.6-r2v", "--duration", "4", "--audio"] })]);
    expect([a.model, a.durationSeconds, a.audio]).toEqual([
      { value: "qwen/wan2.6-r2v", pointer: "/cron_jobs/j1/payload/argv/7" },
      { value: 4, pointer: "/cron_jobs/j1/payload/argv/9" },
      { value: true, pointer: "/cron_jobs/j1/payload/argv/10" },
    ]);
    const [b] = cronVideoCalls([job({ kind: "command", argv: ["bash", "-c", 'cd /x && openclaw infer video generate --model "$M" --duration 7'] })]);
    expect([b.model, b.durationSeconds?.value, b.durationSeconds?.pointer]).toEqual([undefined, 7, "/cron_jobs/j1/payload/argv/2"]);
    expect(cronVideoCalls([job({ kind: "command", argv: ["openclaw", "infer", "image", "generate", "--model", "x"] })])).toEqual([]);
  });

  it("scripts: literal object arguments only; list/status actions and disabled jobs are skipped", () => {
    const script = [
      'await video_generate({ model: "qwen/wan2.6-r2v", image: "https://a/1.png", images: ["https://a/2.png"], videos: [\'./v.mp4\'], /* c } */ audio: false, });',
      "await video_generate({ model: `qwen/${m}` });",
      'await video_generate({ action: "list" });',
      'await my_video_generate({ model: "qwen/wan2.6-t2v" });',
    ].join("\n");
    const calls = cronVideoCalls([job({ kind: "script", script })]);
    expect(calls.map((c) => [c.model?.value, c.images.map((i) => i.value), c.videos.map((v) => v.value), c.audio?.value, c.scriptLine])).toEqual([
      ["qwen/wan2.6-r2v", ["https://a/1.png", "https://a/2.png"], ["./v.mp4"], false, 1],
    ]);
    expect(cronVideoCalls([job({ kind: "script", script }, false)])).toEqual([]);
    expect(cronVideoCalls([job({ kind: "agentTurn", message: "video_generate({ model: 'qwen/wan2.6-r2v' })" })])).toEqual([]);
  });
});

describe("every format names the row", () => {
  beforeAll(() => ensureBuilt(), 120_000);
  it.each(FORMAT_NAMES)("%s", (format) => {
    const h = home();
    const r = cli(["-f", format, "--state-dir", join(h, ".openclaw")], { env: { HOME: h } });
    expect(r.stdout).toContain("cron-video-rejected");
    // The row: its id and the argument's place, in the message (and the pointer where the format has one).
    expect(r.stdout).toMatch(/cron_jobs [0-9a-f-]{36} payload\.argv\[5\]/);
    if (format === "json" || format === "sarif") expect(r.stdout).toMatch(/\/cron_jobs\/[0-9a-f-]{36}\/payload\/argv\/5/);
    // The database is never shown as text.
    expect(r.stdout).not.toContain("SQLite format");
  });
});
