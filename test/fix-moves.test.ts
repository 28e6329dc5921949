// Structural fixes of legacy-config-key through the fix engine: retired keys land in their current
// place, everything else stays byte-identical, comments are never dropped, secrets are never copied.
import { describe, expect, it } from "vitest";
import { fixText } from "../src/engine/fix.js";

const fixed = (text: string) => {
  const out = fixText(text, { filePath: "/virtual/openclaw.json5", env: {} });
  return { text: out.changes.get("/virtual/openclaw.json5")?.after ?? text, out };
};

describe("videoGenerationModel -> mediaModels.video", () => {
  it("wraps the member in place when there is no mediaModels", () => {
    const src = `{
  agents: {
    defaults: {
      // video
      videoGenerationModel: { primary: "qwen/wan2.6-t2v" },
    },
  },
  models: { providers: { qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" } } },
}
`;
    const { text, out } = fixed(src);
    expect(text).toBe(src.replace(`videoGenerationModel: { primary: "qwen/wan2.6-t2v" }`, `mediaModels: { video: { primary: "qwen/wan2.6-t2v" } }`));
    expect(out.result.diagnostics.filter((d) => d.ruleId === "legacy-config-key")).toEqual([]);
    expect(fixText(text, { filePath: "/virtual/openclaw.json5", env: {} }).changes.size).toBe(0);
  });

  it("moves it into an existing mediaModels", () => {
    const src = `{
  agents: {
    defaults: {
      mediaModels: {
        music: "x/y",
      },
      videoGenerationModel: "qwen/wan2.6-t2v",
      model: "qwen/qwen3.5-plus",
    },
  },
}
`;
    expect(fixed(src).text).toBe(`{
  agents: {
    defaults: {
      mediaModels: {
        video: "qwen/wan2.6-t2v",
        music: "x/y",
      },
      model: "qwen/qwen3.5-plus",
    },
  },
}
`);
  });

  it("offers the move only as a suggestion when a comment would go with the removed text", () => {
    const src = `{ agents: { defaults: { mediaModels: {}, videoGenerationModel: /* keep me */ "qwen/wan2.6-t2v" } } }`;
    const { text, out } = fixed(src);
    expect(text).toBe(src);
    const d = out.result.diagnostics.find((x) => x.ruleId === "legacy-config-key")!;
    expect(d.fix).toBeUndefined();
    expect(d.suggestions?.[0].description).toMatch(/mediaModels\.video/);
  });
});

describe("flat env keys -> env.vars", () => {
  it("wraps all contiguous flat keys at once, without copying their values", () => {
    const src = `{
  env: {
    QWEN_API_KEY: "\${QWEN_KEY}",
    OTHER_FLAG: "1",
    shellEnv: { enabled: true },
  },
}
`;
    const { text, out } = fixed(src);
    expect(text).toBe(src.replace(`QWEN_API_KEY: "\${QWEN_KEY}",\n    OTHER_FLAG: "1"`, `vars: { QWEN_API_KEY: "\${QWEN_KEY}",\n    OTHER_FLAG: "1" }`));
    for (const d of out.fixed) for (const e of d.fix!.edits) expect(e.text).not.toMatch(/QWEN_KEY|"1"/);
  });
});

describe("agents.list -> agents.entries", () => {
  it("keys agents by id and drops the id fields when it is safe, keeping a roster's one default marker (OpenClaw refuses a roster without it)", () => {
    const src = `{
  agents: {
    list: [
      { id: "main", default: true, model: "qwen/qwen3.5-plus" },
      { id: "ops", model: "qwen/qwen3.7-plus" },
    ],
  },
}
`;
    const { text } = fixed(src);
    expect(text).toBe(`{
  agents: {
    entries: {
      "main": {
        "default": true,
        "model": "qwen/qwen3.5-plus"
      },
      "ops": {
        "model": "qwen/qwen3.7-plus"
      }
    },
  },
}
`);
  });

  it("leaves the list alone when an item has no valid id or a comment is inside", () => {
    for (const src of [
      `{ agents: { list: [{ name: "x" }] } }`,
      `{ agents: { list: [{ id: "main" /* primary */ }] } }`,
      `{ agents: { list: [{ id: "main" }], entries: {} } }`,
    ])
      expect(fixed(src).text).toBe(src);
  });
});
