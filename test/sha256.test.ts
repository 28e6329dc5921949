// src/engine/sha256.ts against node:crypto: the SARIF fingerprints must stay exactly what they were.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../src/engine/sha256.js";

const node = (s: string) => createHash("sha256").update(s).digest("hex");

/** A deterministic generator (mulberry32), so a failure names a reproducible input. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("sha256Hex", () => {
  it("matches the FIPS 180-4 examples", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  });

  it("equals node:crypto on every length around the block and padding edges", () => {
    for (let n = 0; n <= 300; n++) {
      const s = "x".repeat(n);
      expect(sha256Hex(s), `length ${n}`).toBe(node(s));
    }
  });

  it("equals node:crypto on 20,000 random strings (ASCII, control characters, non-BMP, lone surrogates)", () => {
    const rnd = random(7);
    const pick = () => {
      const r = rnd();
      if (r < 0.6) return String.fromCharCode(32 + Math.floor(rnd() * 95));
      if (r < 0.7) return String.fromCharCode(Math.floor(rnd() * 32));
      if (r < 0.85) return String.fromCharCode(0x80 + Math.floor(rnd() * 0x7f80));
      if (r < 0.95) return String.fromCodePoint(0x10000 + Math.floor(rnd() * 0xfffff));
      return String.fromCharCode(0xd800 + Math.floor(rnd() * 0x800));
    };
    for (let i = 0; i < 20_000; i++) {
      let s = "";
      const len = Math.floor(rnd() * (i % 10 === 0 ? 2000 : 120));
      for (let j = 0; j < len; j++) s += pick();
      expect(sha256Hex(s), JSON.stringify(s)).toBe(node(s));
    }
  });
});
