// Configs from the wild (test/fixtures/real/) against their human labels (labels.yaml): the labels must stay
// current, so a new unlabelled warning/error, a false alarm coming back, an info labelled noise coming back, or a
// finding labelled right disappearing all fail here. Known false alarms that another change still has to fix carry
// `pending:` and must disappear together with that mark.
import { describe, expect, it } from "vitest";
import { measure, readLabels } from "../scripts/lib/precision.js";

const labels = readLabels();
const m = measure(labels);
const label = (file: string, at: string) => labels[file]?.findings?.find((l) => l.at === at);
const show = (f: { file: string; key: string; severity: string; message: string }) => `${f.file} ${f.key} ${f.severity}: ${f.message}`;

describe("configs from the wild", () => {
  it("every input has a labels entry saying whether it worked", () => {
    const files = new Set(m.findings.map((f) => f.file));
    for (const f of files) expect(labels[f], f).toBeDefined();
    expect(m.inputs).toBeGreaterThanOrEqual(26);
  });

  it("every warning and error is labelled", () => {
    expect(m.unlabelled.map(show)).toEqual([]);
  });

  it("no false alarm comes back (except the ones marked pending)", () => {
    expect(m.wrong.filter((f) => !label(f.file, f.key)?.pending).map(show)).toEqual([]);
  });

  it("a pending false alarm that is gone loses its pending mark", () => {
    const open = new Set([...m.wrong, ...m.noise].map((f) => `${f.file} ${f.key}`));
    const stale = Object.entries(labels).flatMap(([file, l]) =>
      (l.findings ?? []).filter((x) => x.pending && !open.has(`${file} ${x.at}`)).map((x) => `${file} ${x.at}`),
    );
    expect(stale).toEqual([]);
  });

  it("no info labelled noise is printed again", () => {
    expect(m.noise.filter((f) => !label(f.file, f.key)?.pending).map(show)).toEqual([]);
  });

  it("no finding labelled right disappears", () => {
    expect(m.lost.map((l) => `${l.file} ${l.label.at}`)).toEqual([]);
  });
});
