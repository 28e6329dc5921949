// The lint-time validator (src/schema/validator.ts) walks the generated lint schema instead of running
// compiled code: it must agree with ajv on what is valid, and report ajv-shaped errors.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import JSON5 from "json5";
import { describe, expect, it } from "vitest";
import { lintSchema } from "../../src/schema/lint-schema.js";
import { createValidator } from "../../src/schema/validator.js";

const ROOT = join(import.meta.dirname, "..", "..");
// A plain copy (every part parsed) for ajv; the validator gets the lazy schema the linter uses.
const schema = JSON.parse(JSON.stringify(lintSchema()));
const ajv = new Ajv({ allErrors: true, strict: false });
// OpenClaw's "uri": what the WHATWG URL parser takes after trim() (zod url(); the plugins' TypeBox format
// differs only on Unicode space at the edges). Without it ajv would ignore the format.
ajv.addFormat("uri", (v: string) => URL.canParse(v.trim()));
const reference = ajv.compile(schema);
const ours = createValidator(lintSchema());

const configs = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".json5") && !f.startsWith("parse-error"))
    .map((f) => ({ name: `${dir}/${f}`, value: JSON5.parse(readFileSync(join(ROOT, dir, f), "utf8")) }));

describe("lint-time validator", () => {
  const all = [...configs("test/fixtures/onboard"), ...configs("test/fixtures/ok"), ...configs("test/fixtures/err"), ...configs("examples")];
  it.each(all.map((c) => [c.name, c.value]))("agrees with ajv on %s", (_name, value) => {
    expect(ours(value)).toBe(reference(value));
  });

  it("agrees with ajv on small mistakes across sections", () => {
    const cases = [
      { gateway: { bind: "loopbak" } },
      { tools: { profile: "ful" } },
      { session: { dmScope: "MAIN" } },
      { gateway: { port: "18789" } },
      { secrets: { providers: { vault: { source: "exec", command: "/bin/vault", argz: [] } } } },
      { logging: { level: 3 } },
      { agents: { defaults: { model: { primary: "qwen/qwen3.5-plus", fallbacks: "qwen/qwen3.6-plus" } } } },
      { plugins: { entries: { anthropic: { config: { nope: true } } } } },
      { ui: { seamColor: "#12345" } },
    ];
    for (const c of cases) {
      expect(ours(c), JSON.stringify(c)).toBe(reference(c));
      expect(ours(c), JSON.stringify(c)).toBe(false);
    }
  });

  it("reports an unknown key where ajv does, with the object's schema", () => {
    ours({ gateway: { bnd: "loopback" } });
    expect(ours.errors).toHaveLength(1);
    const [e] = ours.errors;
    expect([e.keyword, e.instancePath, e.params.additionalProperty]).toEqual(["additionalProperties", "/gateway", "bnd"]);
    expect(Object.keys(e.parentSchema.properties as object)).toContain("bind");
  });

  it("keeps the errors of every branch of a failed union", () => {
    ours({ agents: { defaults: { model: 5 } } });
    const [e] = ours.errors;
    expect(e.keyword).toBe("anyOf");
    expect(e.branches?.map((b) => b.map((x) => x.keyword))).toEqual([["type"], ["type"]]);
  });
});
