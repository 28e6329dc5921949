// catalog.yaml / endpoints.yaml: loading, shape validation and cross-checks, each broken case
// reported as `file:line:col: message`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTablesFromText, TableError } from "../scripts/lib/tables.js";

const ROOT = join(import.meta.dirname, "..");
const CATALOG = readFileSync(join(ROOT, "catalog.yaml"), "utf8");
const ENDPOINTS = readFileSync(join(ROOT, "endpoints.yaml"), "utf8");

/** Line (1-based) of the first occurrence of `needle` in `text` after `after`. */
const lineOf = (text: string, needle: string, after = "") => {
  const start = after ? text.indexOf(after) : 0;
  const i = text.indexOf(needle, start);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, i).split("\n").length;
};

function problems(catalog: string, endpoints: string): string[] {
  try {
    loadTablesFromText(catalog, endpoints);
  } catch (e) {
    if (e instanceof TableError) return e.problems;
    throw e;
  }
  return [];
}

const swap = (text: string, from: string, to: string) => {
  expect(text, `fixture text must contain ${from}`).toContain(from);
  return text.replace(from, to);
};

describe("shipped tables", () => {
  it("load without problems", () => {
    expect(problems(CATALOG, ENDPOINTS)).toEqual([]);
  });
  it("hold every fact the issue lists", () => {
    const { catalog, endpoints } = loadTablesFromText(CATALOG, ENDPOINTS);
    expect(catalog.chat.find((c) => c.provider === "qwen")!.models).toHaveLength(14);
    expect(catalog.chat.find((c) => c.provider === "qwen-token-plan")!.models).toHaveLength(8);
    expect(catalog.video.models.map((m) => m.id)).toEqual(["wan2.6-t2v", "wan2.6-i2v", "wan2.6-r2v", "wan2.6-r2v-flash", "wan2.7-r2v"]);
    expect(endpoints.endpoints).toHaveLength(6);
    expect(endpoints.endpoints.map((e) => `${e.plan}-${e.region}`).sort()).toEqual(
      ["coding-cn", "coding-global", "standard-cn", "standard-global", "token-cn", "token-global"].sort(),
    );
    const lagging = catalog.chat.flatMap((c) => c.models.filter((m) => Object.values(m.availability).some((a) => a !== "available" && a.status === "lagging")).map((m) => m.id));
    expect(lagging).toEqual(["qwen3.6-plus"]);
    const codingUnavailable = catalog.chat[0].models.filter((m) => m.availability.coding !== "available" && (m.availability.coding as { status: string }).status === "unavailable").map((m) => m.id);
    expect(codingUnavailable.sort()).toEqual(["qwen3.6-flash", "qwen3.7-max", "qwen3.8-flash", "qwen3.8-max"]);
    expect(endpoints.providers.filter((p) => p.overlay).map((p) => p.id).sort()).toEqual(["dashscope", "modelstudio", "qwen", "qwen-token-plan", "qwencloud"]);
    expect(endpoints.providers.filter((p) => p.status === "removed").map((p) => p.id)).toEqual(["qwen-portal", "qwen-oauth", "qwen-cli"]);
  });
});

describe("broken tables are reported as file:line:col: message", () => {
  const cases: { name: string; catalog?: (t: string) => string; endpoints?: (t: string) => string; expected: (c: string, e: string) => string[] }[] = [
    {
      name: "YAML syntax error",
      catalog: (t) => swap(t, "catalogVersion: \"2026.9.4\"", "catalogVersion: [\"2026.9.4\""),
      expected: () => [expect.stringMatching(/^catalog\.yaml:\d+:\d+: /) as unknown as string],
    },
    {
      name: "duplicate YAML key",
      catalog: (t) => swap(t, "updated: \"2026-11-24\"", "updated: \"2026-11-24\"\nupdated: \"2026-11-25\""),
      expected: (c) => [`catalog.yaml:${lineOf(c, "updated:") + 1}:1: Map keys must be unique`],
    },
    {
      name: "unknown key in a model",
      catalog: (t) => swap(t, "        name: qwen3.5-plus\n", "        name: qwen3.5-plus\n        contextLength: 5\n"),
      expected: (c) => [`catalog.yaml:${lineOf(c, "contextLength")}:9: unknown key "contextLength" in /chat/0/models/0`],
    },
    {
      name: "wrong type",
      catalog: (t) => swap(t, "        contextWindow: 202752\n        maxTokens: 16384", "        contextWindow: lots\n        maxTokens: 16384"),
      expected: (c) => [`catalog.yaml:${lineOf(c, "contextWindow: lots")}:24: /chat/0/models/11/contextWindow must be integer`],
    },
    {
      name: "missing required key",
      catalog: (t) => swap(t, "        name: glm-4.7\n", ""),
      expected: (c) => [`catalog.yaml:${lineOf(c, "- id: glm-4.7")}:9: missing required key "name" in /chat/0/models/12`],
    },
    {
      name: "availability for an unknown plan",
      catalog: (t) => swap(t, "          standard: available\n      - id: kimi-k2.5", "          standrd: available\n      - id: kimi-k2.5"),
      expected: (c) => [
        `catalog.yaml:${lineOf(c, "standrd:")}:11: unknown plan "standrd"`,
        `catalog.yaml:${lineOf(c, "availability:", "- id: glm-4.7")}:9: model "glm-4.7" has no availability for plan "standard"`,
      ],
    },
    {
      name: "deprecated replacement that does not exist",
      catalog: (t) => swap(t, "replacedBy: qwen3.7-plus", "replacedBy: qwen3.9-plus"),
      expected: (c) => [`catalog.yaml:${lineOf(c, "replacedBy: qwen3.9-plus")}:23: replacement "qwen3.9-plus" is not a qwen-token-plan model`],
    },
    {
      name: "retired replacement that does not exist",
      catalog: (t) => swap(t, "replacedBy: qwen/qwen3.6-plus", "replacedBy: qwen/qwen9"),
      expected: (c) => [`catalog.yaml:${lineOf(c, "replacedBy: qwen/qwen9")}:17: replacement "qwen/qwen9" is not in the catalog`],
    },
    {
      name: "catalog provider not in endpoints.yaml",
      catalog: (t) => swap(t, "  - provider: qwen-token-plan", "  - provider: qwen-tokenplan"),
      expected: (c) => [`catalog.yaml:${lineOf(c, "provider: qwen-tokenplan")}:15: unknown provider "qwen-tokenplan" (not in endpoints.yaml providers)`],
    },
    {
      name: "default model not in the provider's list",
      catalog: (t) => swap(t, "defaultModel: qwen3.5-plus", "defaultModel: qwen3.5-pro"),
      expected: (c) => [`catalog.yaml:${lineOf(c, "defaultModel: qwen3.5-pro")}:19: default model "qwen3.5-pro" is not a qwen model`],
    },
    {
      name: "duplicate model id",
      catalog: (t) => swap(t, "      - id: glm-4.7\n", "      - id: glm-5\n"),
      expected: (c) => [`catalog.yaml:${lineOf(c, "- id: glm-5", "name: glm-5")}:13: duplicate model id "glm-5" for provider qwen`],
    },
    {
      name: "endpoint naming an unknown plan is a shape error (plan ids are an enum)",
      endpoints: (t) => swap(t, "    plan: token\n    region: cn", "    plan: tokens\n    region: cn"),
      expected: (_c, e) => [`endpoints.yaml:${lineOf(e, "plan: tokens")}:11: /endpoints/5/plan must be equal to constant`],
    },
    {
      name: "alias of an unknown provider",
      endpoints: (t) => swap(t, "    aliasOf: qwen\n    runtimeAlias: true", "    aliasOf: qwenn\n    runtimeAlias: true"),
      expected: (_c, e) => [`endpoints.yaml:${lineOf(e, "aliasOf: qwenn")}:14: provider "modelstudio" aliasOf unknown provider "qwenn"`],
    },
    {
      name: "alias id equal to a canonical id",
      endpoints: (t) => swap(t, "  - id: qwencloud", "  - id: qwen"),
      expected: (_c, e) => [`endpoints.yaml:${lineOf(e, "- id: qwen\n", "- id: modelstudio")}:9: duplicate provider id "qwen" (first at endpoints.yaml:${lineOf(e, "- id: qwen\n")}:9)`],
    },
    {
      name: "duplicate auth choice",
      endpoints: (t) => swap(t, "authChoice: qwen-api-key-cn", "authChoice: qwen-api-key"),
      expected: (_c, e) => [`endpoints.yaml:${lineOf(e, "authChoice: qwen-api-key\n", "id: coding-cn")}:17: duplicate auth choice "qwen-api-key" (first at endpoints.yaml:${lineOf(e, "authChoice: qwen-api-key\n")}:17)`],
    },
    {
      name: "default endpoint that does not exist",
      endpoints: (t) => swap(t, "  chat: coding-global", "  chat: coding-globl"),
      expected: (_c, e) => [`endpoints.yaml:${lineOf(e, "chat: coding-globl")}:9: defaults.chat names unknown endpoint "coding-globl"`],
    },
    {
      name: "env var naming an unknown provider",
      endpoints: (t) => swap(t, "    providers: [qwen-token-plan]\n    status: token-plan-only", "    providers: [qwen-tokenplan]\n    status: token-plan-only"),
      expected: (_c, e) => [`endpoints.yaml:${lineOf(e, "providers: [qwen-tokenplan]")}:17: env var QWEN_TOKEN_PLAN_API_KEY names unknown provider "qwen-tokenplan"`],
    },
    {
      name: "a plan without an endpoint in a region",
      endpoints: (t) => swap(t, "    plan: coding\n    region: cn", "    plan: coding\n    region: global"),
      expected: (_c, e) => [`endpoints.yaml:${lineOf(e, "endpoints:\n")}:1: no endpoint for plan "coding" in region "cn"`],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const cat = c.catalog ? c.catalog(CATALOG) : CATALOG;
      const end = c.endpoints ? c.endpoints(ENDPOINTS) : ENDPOINTS;
      expect(problems(cat, end)).toEqual(c.expected(cat, end));
    });
});
