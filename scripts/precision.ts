// npm run precision [-- --skeleton]: precision of warnings/errors on the configs from the wild in
// test/fixtures/real/, against the human verdicts in labels.yaml. --skeleton prints YAML for unlabelled findings.
import { existsSync } from "node:fs";
import { LABELS_FILE, measure, readLabels, report, skeleton } from "./lib/precision.js";

const labels = existsSync(LABELS_FILE) ? readLabels() : {};
const m = measure(labels);
if (process.argv.includes("--skeleton")) console.log(skeleton(m));
else console.log(report(m));
