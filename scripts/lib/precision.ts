// Precision on configs from the wild: lint every input under test/fixtures/real/ and compare each finding with
// the human verdict recorded in test/fixtures/real/labels.yaml (keyed by file, rule id and start line:column).
// Used by `npm run precision` (report) and by test/real.test.ts (keeps the labels current).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { lintText } from "../../src/index.js";
import type { Diagnostic } from "../../src/report.js";

export const REAL_DIR = join(import.meta.dirname, "..", "..", "test", "fixtures", "real");
export const LABELS_FILE = join(REAL_DIR, "labels.yaml");

/** right: the finding is correct; wrong: a false alarm; noise: an info nobody needs (must not come back at all). */
export type Verdict = "right" | "wrong" | "noise";

export interface Label {
  /** `rule@line:col` of the finding's start. */
  at: string;
  severity: string;
  verdict: Verdict;
  why: string;
  /** A known false alarm whose fix is still open (who or what fixes it); the test lets it through until then. */
  pending?: string;
}

export interface InputLabels {
  /** Did the config work for its author (when the source says so)? */
  worked: "yes" | "no" | "unknown";
  findings?: Label[];
}

export type Labels = Record<string, InputLabels>;

export interface Finding {
  file: string;
  key: string;
  severity: string;
  message: string;
}

export interface Measurement {
  inputs: number;
  findings: Finding[];
  /** Warnings and errors with a "right" label. */
  right: Finding[];
  /** Warnings and errors with a "wrong" label (false alarms). */
  wrong: Finding[];
  /** Warnings and errors with no label at all. */
  unlabelled: Finding[];
  /** Any finding whose label says "noise" (infos that should not be printed). */
  noise: Finding[];
  /** Infos without a label (reported, not counted in precision). */
  infos: Finding[];
  /** Labels marked right that no finding matches any more (lost true positives). */
  lost: { file: string; label: Label }[];
  /** Inputs whose author says they worked and that still get a wrong warning or error. */
  falseAlarmInputs: string[];
  workedInputs: string[];
  precision: number;
}

const LINTABLE = /\.(json5?|sh|md)$/;

export function realInputs(dir = REAL_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => LINTABLE.test(f) && statSync(join(dir, f)).isFile())
    .sort();
}

export function readLabels(file = LABELS_FILE): Labels {
  return (parse(readFileSync(file, "utf8")) ?? {}) as Labels;
}

export const keyOf = (d: Diagnostic) => `${d.ruleId}@${d.range.start.line}:${d.range.start.column}`;

export function measure(labels: Labels = readLabels(), dir = REAL_DIR): Measurement {
  const m: Measurement = { inputs: 0, findings: [], right: [], wrong: [], unlabelled: [], noise: [], infos: [], lost: [], falseAlarmInputs: [], workedInputs: [], precision: 1 };
  for (const file of realInputs(dir)) {
    m.inputs++;
    const path = join(dir, file);
    // No environment and no project config: every input is judged on its own text, like a fresh checkout.
    const result = lintText(readFileSync(path, "utf8"), { filePath: path, env: {} });
    const own = labels[file]?.findings ?? [];
    const byKey = new Map(own.map((l) => [l.at, l]));
    const seen = new Set<string>();
    let wrongHere = false;
    for (const d of result.diagnostics) {
      const f: Finding = { file, key: keyOf(d), severity: d.severity, message: d.message };
      m.findings.push(f);
      const label = byKey.get(f.key);
      if (label) seen.add(f.key);
      if (label?.verdict === "noise") m.noise.push(f);
      if (d.severity === "info") {
        if (!label) m.infos.push(f);
        continue;
      }
      if (!label) m.unlabelled.push(f);
      else if (label.verdict === "right") m.right.push(f);
      else {
        m.wrong.push(f);
        wrongHere = true;
      }
    }
    for (const l of own) if (l.verdict === "right" && !seen.has(l.at)) m.lost.push({ file, label: l });
    if (labels[file]?.worked === "yes") {
      m.workedInputs.push(file);
      if (wrongHere) m.falseAlarmInputs.push(file);
    }
  }
  const judged = m.right.length + m.wrong.length;
  m.precision = judged ? m.right.length / judged : 1;
  return m;
}

/** YAML lines for findings that have no label yet, to paste into labels.yaml and judge. */
export function skeleton(m: Measurement): string {
  const out: string[] = [];
  let last = "";
  for (const f of [...m.unlabelled, ...m.infos].sort((a, b) => a.file.localeCompare(b.file))) {
    if (f.file !== last) out.push(`${f.file}:`, `  findings:`);
    last = f.file;
    out.push(`    - at: ${f.key}`, `      severity: ${f.severity}`, `      verdict: ?`, `      why: ${JSON.stringify(f.message.slice(0, 140))}`);
  }
  return out.join("\n");
}

export function report(m: Measurement): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `inputs: ${m.inputs} (${m.workedInputs.length} worked for their authors)`,
    `warnings+errors: ${m.right.length + m.wrong.length + m.unlabelled.length} (right ${m.right.length}, wrong ${m.wrong.length}, unlabelled ${m.unlabelled.length})`,
    `precision: ${pct(m.precision)}`,
    `false alarms on configs that worked: ${m.falseAlarmInputs.length} of ${m.workedInputs.length}${m.falseAlarmInputs.length ? ` (${m.falseAlarmInputs.join(", ")})` : ""}`,
    `infos: ${m.findings.filter((f) => f.severity === "info").length} (labelled noise and still printed: ${m.noise.length})`,
  ];
  for (const f of m.wrong) lines.push(`  wrong: ${f.file} ${f.key} ${f.severity}: ${f.message.slice(0, 120)}`);
  for (const f of m.noise) lines.push(`  noise: ${f.file} ${f.key} ${f.severity}: ${f.message.slice(0, 120)}`);
  for (const f of m.unlabelled) lines.push(`  unlabelled: ${f.file} ${f.key} ${f.severity}: ${f.message.slice(0, 120)}`);
  for (const l of m.lost) lines.push(`  lost (labelled right, no longer reported): ${l.file} ${l.label.at}`);
  return lines.join("\n");
}
