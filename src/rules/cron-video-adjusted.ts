import type { VideoControl } from "../catalog/types.js";
import { defineRule } from "../engine/rule.js";
import { callTarget, cronVideoCalls, describeArg, ROW_SPAN, shownModel, type Arg } from "./util/cron-video.js";

// What OpenClaw 2026.9.6 changes in a Wan request before sending it (core video-generation runtime:
// normalizeVideoGenerationDuration picks the nearest supported duration; resolveMediaGeometryOverrides
// moves size, aspect ratio and resolution to the closest supported value; a control the model does not
// take is dropped): the job runs, but not as written.
export default defineRule({
  meta: {
    id: "cron-video-adjusted",
    severity: "warning",
    category: "catalog",
    description: "A cron job's video request that OpenClaw changes before sending: a duration the Wan model cannot make, a control it does not take, a size, ratio or resolution it does not offer.",
    fixable: false,
    input: "installation",
    messages: {
      duration: `Cron job "{{job}}" asks {{raw}} for {{value}} s ({{place}}), but it makes {{range}} s videos: OpenClaw sends {{applied}} s instead. Set {{applied}}.`,
      control: `Cron job "{{job}}" sets {{control}} for {{raw}} ({{place}}), which that model does not take ({{why}}): OpenClaw drops it. Remove it.`,
      value: `Cron job "{{job}}" sets {{control}} "{{value}}" for {{raw}} ({{place}}); Wan offers {{allowed}}, so OpenClaw sends the closest of those instead. Use one of them.`,
    },
  },
  check(ctx) {
    const inst = ctx.installation?.installation;
    if (!inst) return;
    const { video } = ctx.catalog;
    for (const call of cronVideoCalls(inst.cronJobs)) {
      const target = callTarget(ctx, call);
      const m = target?.model;
      if (!target || !m) continue;
      const job = call.job.name;
      const raw = shownModel(target);
      const at = { file: call.job.at.file, span: ROW_SPAN };
      const place = (pointer: string) => describeArg(call.job, pointer);

      const d = call.durationSeconds;
      if (d && d.value > 0 && m.durations.length) {
        const rounded = Math.max(1, Math.round(d.value));
        const applied = m.durations.reduce((best, x) => (Math.abs(x - rounded) < Math.abs(best - rounded) || (Math.abs(x - rounded) === Math.abs(best - rounded) && x > best) ? x : best));
        // A fraction in a script is cron-video-rejected's (the tool refuses it); the CLI rounds it.
        const whole = call.via === "command" || Number.isInteger(d.value);
        if (whole && applied !== rounded) {
          const range = `${Math.min(...m.durations)}-${Math.max(...m.durations)}`;
          ctx.report({ pointer: d.pointer, at, messageId: "duration", data: { job, raw, value: d.value, range, applied, place: place(d.pointer) } });
        }
      }

      const controls: [VideoControl, Arg<unknown> | undefined][] = [
        ["size", call.size],
        ["aspectRatio", call.aspectRatio],
        ["resolution", call.resolution],
        ["audio", call.audio],
        ["watermark", call.watermark],
      ];
      for (const [control, arg] of controls) {
        if (!arg) continue;
        if (!m.controls.includes(control)) {
          const why = control === "audio" && m.audio === "always" ? WHY.audioAlways : WHY[control];
          ctx.report({ pointer: arg.pointer, at, messageId: "control", data: { job, control, raw, why, place: place(arg.pointer) } });
          continue;
        }
        const allowed = allowedValues(video, control);
        const value = String(arg.value);
        if (allowed && !allowed.some((a) => same(control, a, value)))
          ctx.report({ pointer: arg.pointer, at, messageId: "value", data: { job, control, value, raw, allowed: allowed.join(", "), place: place(arg.pointer) } });
      }
    }
  },
});

const WHY = {
  size: "the video takes the reference image's size",
  aspectRatio: "the video takes the reference image's aspect ratio",
  resolution: "no resolution setting",
  audio: "no audio setting",
  audioAlways: "its audio is always on",
  watermark: "no watermark setting",
} as const;

function allowedValues(video: { resolutions: readonly string[]; aspectRatios: readonly string[]; sizes: Readonly<Record<string, readonly string[]>> }, control: string): readonly string[] | undefined {
  if (control === "resolution") return video.resolutions;
  if (control === "aspectRatio") return video.aspectRatios;
  if (control === "size") return Object.values(video.sizes).flat();
  return undefined;
}

/** OpenClaw upper-cases resolutions and reads `1280x720` like `1280*720`. */
function same(control: string, allowed: string, value: string): boolean {
  const v = value.trim();
  if (control === "resolution") return allowed === v.toUpperCase();
  if (control === "size") return allowed === v.replace(/\s*[x\u00d7]\s*/i, "*") /* x or ×, escaped: the bundle is ASCII */;
  return allowed === v;
}
