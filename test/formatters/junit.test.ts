// `--format junit`: well-formed XML (checked by a small strict parser below, and by Python's expat
// when python3 is around), one suite per linted file, escaping of every character XML 1.0 forbids
// or treats specially, and the built CLI end to end.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import junit, { escapeAttr, escapeText } from "../../src/formatters/junit.js";
import { cli, ensureBuilt } from "../cli/run-cli.js";
import { context, diagnostic, FILES, fileResult, makeProject, report, SECRET, SECRET_CORE } from "./ci-fixtures.js";

interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

// XML 1.0 Char production; surrogates only in pairs.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\uD800-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = /^[A-Za-z_:][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string, where: string): string {
  return s.replace(/&([^;]*);?/g, (ref, body: string) => {
    if (!ref.endsWith(";")) throw new Error(`bare & in ${where}`);
    if (body in ENTITIES) return ENTITIES[body];
    const m = /^#(x[0-9A-Fa-f]+|[0-9]+)$/.exec(body);
    if (!m) throw new Error(`unknown entity &${body}; in ${where}`);
    const c = String.fromCodePoint(m[1][0] === "x" ? parseInt(m[1].slice(1), 16) : Number(m[1]));
    if (NOT_XML_CHAR.test(c)) throw new Error(`character reference to a non-XML character in ${where}`);
    return c;
  });
}

/** A strict parser for the XML subset a formatter writes; throws on anything not well-formed. */
function parseXml(xml: string): Element {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) throw new Error(`character U+${bad[0].charCodeAt(0).toString(16)} is not allowed in XML at offset ${bad.index}`);
  let i = 0;
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n?/.exec(xml);
  if (decl) i = decl[0].length;
  const stack: Element[] = [];
  let root: Element | undefined;
  while (i < xml.length) {
    if (xml.startsWith("</", i)) {
      const name = NAME.exec(xml.slice(i + 2))?.[0];
      const end = xml.indexOf(">", i);
      const open = stack.pop();
      if (!name || !open || open.name !== name || xml.slice(i + 2 + name.length, end).trim()) throw new Error(`bad or mismatched end tag at ${i}`);
      i = end + 1;
    } else if (xml[i] === "<") {
      const name = NAME.exec(xml.slice(i + 1))?.[0];
      if (!name) throw new Error(`bad tag at ${i}`);
      i += 1 + name.length;
      const el: Element = { name, attrs: {}, children: [], text: "" };
      for (;;) {
        const ws = /^\s*/.exec(xml.slice(i))![0];
        i += ws.length;
        if (xml.startsWith("/>", i) || xml[i] === ">") break;
        const attr = /^([A-Za-z_:][\w.:-]*)=("([^"<]*)"|'([^'<]*)')/.exec(xml.slice(i));
        if (!attr || !ws) throw new Error(`bad attribute in <${name}> at ${i}`);
        if (attr[1] in el.attrs) throw new Error(`duplicate attribute ${attr[1]}`);
        // Attribute-value normalisation: literal whitespace becomes a space, references stay.
        el.attrs[attr[1]] = decode((attr[3] ?? attr[4]).replace(/[\t\n\r]/g, " "), `${name}@${attr[1]}`);
        i += attr[0].length;
      }
      if (stack.length) stack[stack.length - 1].children.push(el);
      else if (root) throw new Error("more than one root element");
      else root = el;
      if (xml.startsWith("/>", i)) i += 2;
      else {
        i += 1;
        stack.push(el);
      }
    } else {
      const next = xml.indexOf("<", i);
      const raw = xml.slice(i, next === -1 ? xml.length : next);
      if (raw.includes("]]>")) throw new Error("]]> in content");
      const text = decode(raw, "text");
      if (stack.length) stack[stack.length - 1].text += text;
      else if (text.trim()) throw new Error(`text outside the root element at ${i}`);
      i += raw.length;
    }
  }
  if (stack.length || !root) throw new Error("unclosed element or no root");
  return root;
}

/** Python's expat, when there is a python3: a real XML parser as a second opinion. */
function expatAccepts(xml: string): boolean | undefined {
  const r = spawnSync("python3", ["-c", "import sys, xml.dom.minidom as m; m.parseString(sys.stdin.buffer.read())"], { input: xml, encoding: "utf8" });
  if (r.error) return undefined;
  return r.status === 0;
}

const kids = (e: Element, name: string) => e.children.filter((c) => c.name === name);

describe("the XML checker", () => {
  it("rejects what is not well-formed", () => {
    for (const bad of ["<a><b></a>", '<a x="<"/>', "<a>x & y</a>", "<a>\u0001</a>", "<a>\uD800</a>", "<a>]]></a>", '<a x="1" x="2"/>', "<a/><b/>", "<a>&#1;</a>"])
      expect(() => parseXml(bad), bad).toThrow();
    expect(parseXml('<a x="&lt;&#10;&#x9;">t&amp;<b/></a>')).toEqual({ name: "a", attrs: { x: "<\n\t" }, text: "t&", children: [{ name: "b", attrs: {}, children: [], text: "" }] });
  });
});

describe("escaping", () => {
  it("escapes markup characters and keeps line breaks and tabs in attributes", () => {
    expect(escapeText(`a<b>&"'\r\n\t`)).toBe(`a&lt;b&gt;&amp;"'&#13;\n\t`);
    expect(escapeAttr(`a<b>&"'\r\n\t`)).toBe("a&lt;b&gt;&amp;&quot;&apos;&#13;&#10;&#9;");
  });

  it("shows characters XML cannot carry instead of writing them", () => {
    expect(escapeText("nul\u0000 esc\u001b ff\uFFFE lone\uD800 pair😀")).toBe("nul\\u0000 esc\\u001b ff\uFFFD lone\uFFFD pair😀");
  });

  it("writes a well-formed document for hostile paths and messages", () => {
    const message = `Use "qwen/qwen3.6-plus" & <not> 'this' ]]> \u0000\u0007\u001b \uDC00 tab\tcr\rlf\n😀`;
    const filePath = `dir <&>"'/open\u0001claw.json5`;
    const xml = junit(report([fileResult(filePath, [diagnostic({ filePath, message, severity: "error" })])]), context("/repo"));
    const root = parseXml(xml);
    expect(expatAccepts(xml) ?? true).toBe(true);
    const [suite] = kids(root, "testsuite");
    const [failure] = kids(kids(suite, "testcase")[0], "failure");
    const shown = message.replace("\u0000", "\\u0000").replace("\u0007", "\\u0007").replace("\u001b", "\\u001b").replace("\uDC00", "\uFFFD");
    expect(suite.attrs.name).toBe(filePath.replace("\u0001", "\\u0001"));
    expect(failure.attrs).toEqual({ message: shown, type: "error" });
    expect(failure.text).toContain(shown);
  });
});

describe("structure", () => {
  const r = report([
    fileResult("a.json5", [
      diagnostic({ severity: "error", ruleId: "model-not-on-plan", filePath: "a.json5" }),
      diagnostic({ severity: "warning", filePath: "inc.json5" }),
      diagnostic({ severity: "info", ruleId: "daemon-env", filePath: "a.json5" }),
    ]),
    fileResult("b.json5", []),
  ]);
  const root = parseXml(junit(r, context("/repo")));

  it("has one suite per linted file with its counts", () => {
    expect(root.name).toBe("testsuites");
    expect(root.attrs).toEqual({ name: "openclaw-qwen-lint", tests: "4", failures: "2", errors: "0" });
    expect(kids(root, "testsuite").map((s) => s.attrs)).toEqual([
      { name: "a.json5", tests: "3", failures: "2", errors: "0", skipped: "0" },
      { name: "b.json5", tests: "1", failures: "0", errors: "0", skipped: "0" },
    ]);
  });

  it("fails a testcase per error or warning, named by rule and position, classed by the file it is in", () => {
    const cases = kids(kids(root, "testsuite")[0], "testcase");
    expect(cases.map((c) => c.attrs)).toEqual([
      { classname: "a.json5", name: "model-not-on-plan 2:3" },
      { classname: "inc.json5", name: "legacy-provider-alias 2:3" },
      { classname: "a.json5", name: "daemon-env 2:3" },
    ]);
    expect(kids(cases[0], "failure")[0]).toMatchObject({ attrs: { message: "Use qwen/qwen3.6-plus.", type: "error" } });
    expect(kids(cases[0], "failure")[0].text).toBe("error model-not-on-plan at a.json5:2:3-2:9\nUse qwen/qwen3.6-plus.\nDocs: https://example.test/docs/legacy-provider-alias.md");
    expect(kids(cases[1], "failure")[0].attrs.type).toBe("warning");
  });

  it("keeps info findings as passing testcases with the finding in system-out", () => {
    const info = kids(kids(root, "testsuite")[0], "testcase")[2];
    expect(kids(info, "failure")).toEqual([]);
    expect(kids(info, "system-out")[0].text).toMatch(/^info daemon-env at a\.json5:2:3-2:9\n/);
  });

  it("gives a clean file one passing testcase", () => {
    expect(kids(root, "testsuite")[1].children).toEqual([{ name: "testcase", attrs: { classname: "b.json5", name: "openclaw-qwen-lint" }, children: [], text: "" }]);
  });
});

describe("junit from the built CLI", () => {
  let dir: string;
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
  beforeAll(() => {
    ensureBuilt();
    dir = makeProject();
  }, 180_000);

  it("reports each linted file, findings of the $include'd file under the file that includes it", () => {
    const run = cli(["-f", "junit", FILES.root, FILES.odd, FILES.clean], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const root = parseXml(run.stdout);
    expect(expatAccepts(run.stdout) ?? true).toBe(true);
    const suites = kids(root, "testsuite");
    expect(suites.map((s) => s.attrs.name)).toEqual([FILES.root, FILES.odd, FILES.clean]);
    const plan = kids(suites[0], "testcase").find((c) => c.attrs.name === "model-not-on-plan 4:25");
    expect(plan?.attrs.classname).toBe(FILES.include);
    expect(kids(plan!, "failure")[0].attrs.message).toMatch(/^qwen3\.8-max is not served on the Coding Plan endpoint/);
    expect(kids(suites[1], "testcase").map((c) => c.attrs.name)).toEqual(["legacy-provider-alias 5:58"]);
    expect(kids(suites[2], "testcase").map((c) => c.attrs)).toEqual([{ classname: FILES.clean, name: "openclaw-qwen-lint" }]);
    for (const s of suites) expect(Number(s.attrs.failures)).toBe(kids(s, "testcase").filter((c) => kids(c, "failure").length).length);
  });

  it("never prints the literal API key", () => {
    const run = cli(["-f", "junit", FILES.root], { cwd: dir });
    expect(run.stdout).toContain('name="plaintext-api-key ');
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.stdout + run.stderr).not.toContain(SECRET_CORE);
  });
});
