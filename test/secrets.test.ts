// What counts as a secret in shown source text, per file type.
import { describe, expect, it } from "vitest";
import {
  isNonSecretMarker,
  isSecretKey,
  isSecretPointer,
  keyRunsByLoop,
  keyRunsByRegex,
  looksLikeKey,
  redact,
  redactPointer,
  redactSource,
  redactText,
  sourceRedactions as secretRedactions,
  urlUserinfo,
  type Redaction,
} from "../src/engine/secrets.js";
import { rng } from "../bench/rng.mjs";

describe("JSON5 configs (parse tree)", () => {
  it("secret-bearing keys, headers, env.vars and flat env", () => {
    const text = `{
  models: { providers: { qwen: {
    apiKey: "sk-abcdefghijklmnopqrstu",
    headers: { Authorization: "Bearer abcdefghijklmnop", "X-Trace": "trace-1234567890", "x-dashscope-key": 'k3y-abcdefghijkl' },
    request: { auth: { mode: "header", headerName: "X-Api-Key", value: "val-abcdefghijkl" }, tls: { key: "pem-abcdefghijkl", passphrase: "pass-abcdefghij", serverName: "example.com" } },
  } } },
  env: { vars: { QWEN_API_KEY: "sk-0123456789abcdefghij", OTHER: "plain-value-123" }, QWEN_TOKEN_PLAN_API_KEY: "sk-sp-0123456789abcdef" },
  gateway: { auth: { mode: "token", token: "000000000000000000000000" } },
  agents: { defaults: { model: "qwen/qwen3.5-plus" } },
}`;
    expect(redactSource(text, "openclaw.json5")).toBe(`{
  models: { providers: { qwen: {
    apiKey: "sk-ab...rstu",
    headers: { Authorization: "Be...mnop", "X-Trace": "trace-1234567890", "x-dashscope-key": 'k3...ijkl' },
    request: { auth: { mode: "header", headerName: "X-Api-Key", value: "va...ijkl" }, tls: { key: "pe...ijkl", passphrase: "pa...ghij", serverName: "example.com" } },
  } } },
  env: { vars: { QWEN_API_KEY: "sk-01...ghij", OTHER: "pl...-123" }, QWEN_TOKEN_PLAN_API_KEY: "sk-sp-01...cdef" },
  gateway: { auth: { mode: "token", token: "00...0000" } },
  agents: { defaults: { model: "qwen/qwen3.5-plus" } },
}`);
  });

  it("keeps ${VAR} placeholders and empty values", () => {
    const text = `{ models: { providers: { qwen: { apiKey: "\${QWEN_API_KEY}", headers: { Authorization: "" } } } } }`;
    expect(secretRedactions(text, "a.json5")).toEqual([]);
  });

  it("short secrets become stars", () => {
    expect(redactSource(`{ token: "abc123" }`, "a.json5")).toBe(`{ token: "******" }`);
  });

  it("a file that does not parse: key: \"value\" patterns line by line", () => {
    const text = `{\n  apiKey: "sk-abcdefghijklmnopqrstu",,\n  "token": 'zzzzzzzzzzzzzzzzzz'\n  model: "qwen/qwen3.5-plus"\n`;
    expect(redactSource(text, "broken.json5")).toBe(`{\n  apiKey: "sk-ab...rstu",,\n  "token": 'zz...zzzz'\n  model: "qwen/qwen3.5-plus"\n`);
  });

  it("DashScope-shaped keys anywhere, even under harmless keys", () => {
    expect(redactSource(`{ notes: "old key sk-sp-abcdef0123456789 was revoked" }`, "a.json5")).toBe(`{ notes: "old key sk-sp-ab...6789 was revoked" }`);
  });
});

describe("scripts", () => {
  it("onboarding flags, env assignments, bearer tokens", () => {
    const text = [
      "export QWEN_API_KEY=sk-abcdefghijklmnopqrstu",
      'openclaw onboard --auth-choice qwen-api-key --modelstudio-api-key "sk-sp-abcdefghijklmnop" --qwen-token-plan-api-key=plan-abcdefghijkl',
      'openclaw onboard --modelstudio-api-key "$QWEN_API_KEY"',
      "ENV DASHSCOPE_API_KEY abcdefghijklmnopqrs",
      'curl -H "Authorization: Bearer abcdefghijklmnopqr" https://x',
    ].join("\n");
    expect(redactSource(text, "setup.sh")).toBe(
      [
        "export QWEN_API_KEY=sk-ab...rstu",
        'openclaw onboard --auth-choice qwen-api-key --modelstudio-api-key "sk-sp-ab...mnop" --qwen-token-plan-api-key=pl...ijkl',
        'openclaw onboard --modelstudio-api-key "$QWEN_API_KEY"',
        "ENV DASHSCOPE_API_KEY ab...pqrs",
        'curl -H "Authorization: Bearer ab...opqr" https://x',
      ].join("\n"),
    );
    expect(redactSource("RUN openclaw onboard --modelstudio-api-key sk-abcdefghijklmnopqrstu", "Dockerfile")).toBe("RUN openclaw onboard --modelstudio-api-key sk-ab...rstu");
  });
});

describe("one definition of a secret (src/engine/secrets.ts)", () => {
  it("misspelt secret-bearing keys hide their value; ordinary keys near those words do not", () => {
    for (const k of ["apiKye", "apikey", "api_key", "QWEN_API_KEY", "apiKy", "tokne", "secert", "pasword", "accessKey", "passphrase", "value", "key"]) expect(isSecretKey(k), k).toBe(true);
    for (const k of ["auth", "api", "baseUrl", "model", "monkey", "keyRef", "headerName", "mode", "provider", "taken", "primary"]) expect(isSecretKey(k), k).toBe(false);
  });

  it("OpenClaw's non-secret markers stay visible, in frames and in text", () => {
    for (const v of ["QWEN_API_KEY", "DASHSCOPE_API_KEY", "qwen-oauth", "ollama-local", "profile:qwen:default", "oauth:qwen", "secretref-env:QWEN_API_KEY", "secretref-managed", "${QWEN_API_KEY}", "env:QWEN_API_KEY"])
      expect(isNonSecretMarker(v), v).toBe(true);
    for (const v of ["sk-abcdefghijklmnop", "AKIAABCDEFGHIJKLMNOP", "9f8e7d6c5b4a"]) expect(isNonSecretMarker(v), v).toBe(false);
    const text = `{ models: { providers: { qwen: { apiKey: "QWEN_API_KEY" }, ollama: { apiKey: "ollama-local" }, p: { apiKey: "profile:qwen:default" }, o: { apiKey: "qwen-oauth" } } } }`;
    expect(secretRedactions(text, "a.json5")).toEqual([]);
  });

  it("URL userinfo and secret query parameters, anywhere in a config or a message", () => {
    const url = "https://user:hunter2pass99@proxy.example.com/v1?region=cn&api_key=qs0123456789&sig=abcdef123456";
    expect(redactText(`Proxy ${url} refused`)).toBe("Proxy https://user:hu...ss99@proxy.example.com/v1?region=cn&api_key=************&sig=************ refused");
    expect(redactSource(`{ baseUrl: "${url}" }`, "a.json5")).toBe(`{ baseUrl: "https://user:hu...ss99@proxy.example.com/v1?region=cn&api_key=************&sig=************" }`);
    expect(redactText("https://dashscope-intl.aliyuncs.com/compatible-mode/v1")).toBe("https://dashscope-intl.aliyuncs.com/compatible-mode/v1");
  });

  it("a token in an unterminated string of a file that does not parse", () => {
    expect(redactSource(`{\n  apiKye: "tok9f8d7c6b5a4z\n`, "broken.json5")).toBe(`{\n  apiKye: "to...5a4z\n`);
  });

  it("long high-entropy tokens, but not model ids, env var names, pointers or camelCase keys", () => {
    expect(redactText("got Zx81nQ0pLr7sT2vW9yB4cD6eF3gH back")).toBe("got Zx...F3gH back");
    expect(redactText("hash 0123456789abcdef0123456789abcdef")).toBe("hash 01...cdef");
    const clean = "qwen/qwen3-coder-480b-a35b-instruct QWEN_TOKEN_PLAN_API_KEY /models/providers/qwen/models/0/contextWindow modelstudioStandardApiKey qwen3.5-plus-2026-01-15";
    expect(redactText(clean)).toBe(clean);
  });

  it("a prefixed key is a whole run of key characters: not inside a word, and with a fallback prefix", () => {
    // Only at the start of a run of [A-Za-z0-9_-]: "…usk-…" is not a key prefix, ":sk-…" and ".ghp_…" are.
    expect(redactText("id usk-abcdefgh12")).toBe("id usk-abcdefgh12");
    expect(redactText("id:sk-abcdefgh12.")).toBe("id:sk-ab...gh12.");
    expect(redactText("(.ghp_abcdefgh12)")).toBe("(.gh...gh12)");
    // "sk-sp-" followed by "-" falls back to the "sk-" prefix and still covers the whole run.
    expect(redactText("x sk-sp--abcdefgh12 y")).toBe("x sk-sp--a...gh12 y");
    // Too short after the prefix (7 characters): not a key by shape.
    expect(redactText("x sk-abcdef1 y")).toBe("x sk-abcdef1 y");
    // Long tokens run over + and = too, and end at any other character.
    expect(redactText("t Zx81nQ0p+Lr7sT2v=W9yB4cD6eF3gH.x")).toBe("t Zx...F3gH.x");
    // The same text gives the same answer however often it is asked (results are remembered).
    for (let i = 0; i < 3; i++) expect(redactText("again sk-abcdefghijklmnop1")).toBe("again sk-ab...nop1");
  });

  it("redacting twice changes nothing", () => {
    const once = redactText('key sk-sp-0123456789abcdef, Authorization: "Bearer abcdefghijklmnop1", https://u:pw123456789@h/?token=abcdefgh1234');
    expect(redactText(once)).toBe(once);
    expect(once).not.toMatch(/0123456789ab|cdefghijklm|pw12345/);
  });

  it("the schema's secret places: pointers at or under credentials", () => {
    for (const p of ["/models/providers/qwen/apiKey", "/models/providers/qwen/headers/X-Trace", "/env/vars/X", "/env/FOO", "/gateway/auth/token", "/models/providers/qwen/apiKye"]) expect(isSecretPointer(p), p).toBe(true);
    for (const p of ["/models/providers/qwen/baseUrl", "/agents/defaults/model/primary", "/models/providers/qwen/api"]) expect(isSecretPointer(p), p).toBe(false);
  });

  it("linear: a 1 MB token-like line and a 1 MB word are scanned quickly", () => {
    const big = "a".repeat(1_000_000);
    const t = Date.now();
    redactText(`x://${big}`);
    redactSource(`{ k: "${big}`, "b.json5");
    redactSource(`KEY${big}`, "s.sh");
    expect(Date.now() - t).toBeLessThan(5000);
  });
});

describe("the two ways of finding key-shaped runs, and URL userinfo", () => {
  // Characters at and around the run classes' edges: key characters, the token-only + and =, separators.
  const ALPHABET = ["a", "Z", "9", "_", "-", "+", "=", ".", " ", "/", ":", "@", "\u00e9", "sk-", "sk-sp-", "x".repeat(11), "Ab3".repeat(8), "://", "?", "'"];
  const texts = (seed: number, count: number, max: number) => {
    const r = rng(seed);
    return Array.from({ length: count }, () => Array.from({ length: r.int(max) }, () => r.pick(ALPHABET)).join(""));
  };

  it("regex and loop find the same runs in 20,000 generated texts", () => {
    let runs = 0;
    for (const text of texts(7, 20_000, 40)) {
      const byLoop = keyRunsByLoop(text);
      expect(keyRunsByRegex(text), JSON.stringify(text)).toEqual(byLoop);
      runs += byLoop.shaped.length + byLoop.long.length;
    }
    expect(runs).toBeGreaterThan(10_000);
  });

  /** urlUserinfo as it was, testing each character: the oracle for the one-search version. */
  function userinfoByScan(text: string): Redaction[] {
    const out: Redaction[] = [];
    const push = (start: number, value: string) => {
      if (value && !(value.includes("...") || /^\*{4,}$/.test(value))) out.push({ start, end: start + value.length, text: redact(value) });
    };
    for (let at = text.indexOf("://"); at !== -1; at = text.indexOf("://", at + 3)) {
      let i = at + 3;
      let colon = -1;
      while (i < text.length && i - at < 2048) {
        const c = text[i];
        if (c === "@") break;
        if (c === ":" && colon < 0) colon = i;
        if (/[\s/?#"'`<>\\]/.test(c)) {
          i = -1;
          break;
        }
        i++;
      }
      if (i < 0 || text[i] !== "@") continue;
      const start = at + 3;
      if (colon >= 0) {
        const pass = text.slice(colon + 1, i);
        if (pass && !isNonSecretMarker(pass)) push(colon + 1, pass);
        const user = text.slice(start, colon);
        if (looksLikeKey(user)) push(start, user);
      } else {
        const user = text.slice(start, i);
        if (user.length >= 8 && /\d/.test(user) && !isNonSecretMarker(user)) push(start, user);
      }
    }
    return out;
  }

  it("URL userinfo: the same secrets as a scan character by character, at the 2,048-character window too", () => {
    // Userinfo of 2,044 and 2,045 characters ends inside the scan's window or just after it (taken); 2,046 is not.
    const edges = [`https://${"k9".repeat(1022)}@h`, `https://${"k9".repeat(1022)}a@h`, `https://${"k9".repeat(1023)}@h`, `https://u:${"p1".repeat(1020)}@h`, `x://a:b1234567@c`, `a://b://user:pass1234@h`];
    expect(edges.slice(0, 3).map((t) => userinfoByScan(t).length)).toEqual([1, 1, 0]);
    let found = 0;
    for (const text of [...texts(8, 20_000, 12), ...edges]) {
      const mine: Redaction[] = [];
      urlUserinfo(text, mine);
      expect(mine, JSON.stringify(text)).toEqual(userinfoByScan(text));
      found += mine.length;
    }
    expect(found).toBeGreaterThan(50);
  });
});

describe("pointers", () => {
  it("redacts a key pasted as an object key segment, keeping the other segments and the escapes", () => {
    const key = "sk-sp-" + "a1B2c3D4e5F6g7H8i9J0";
    const p = redactPointer(`/agents/defaults/models/qwen~1${key}/params`);
    expect(p).not.toContain(key);
    expect(p.startsWith("/agents/defaults/models/qwen~1sk-sp-")).toBe(true);
    expect(p.endsWith("/params")).toBe(true);
    expect(redactPointer("/agents/defaults/models/qwen~1qwen3.5-plus")).toBe("/agents/defaults/models/qwen~1qwen3.5-plus");
  });
});
