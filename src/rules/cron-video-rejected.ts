import { defineRule } from "../engine/rule.js";
import { videoOnlyAlternative, videoRefusal } from "./util/video-refusal.js";
import { callTarget, cronVideoCalls, describeArg, firstPointer, ROW_SPAN, shownModel } from "./util/cron-video.js";

// What OpenClaw 2026.9.6 refuses before a Wan request is sent (core video-generation: assertDashscopeWanVideoInputs,
// buildDashscopeVideoGenerationInput; the video_generate tool's strict durationSeconds): the job fails every run.
export default defineRule({
  meta: {
    id: "cron-video-rejected",
    severity: "error",
    category: "catalog",
    description: "A cron job's video request that OpenClaw refuses: an unknown Wan model, a Coding Plan or Token Plan host or key, the wrong number of references, local files where URLs are needed.",
    fixable: false,
    input: "installation",
    messages: {
      unknownModel: `Cron job "{{job}}" asks for {{raw}} ({{place}}), which is not a Wan model the Qwen plugin serves, so every run fails. Use one of {{models}}.`,
      takesNoReferences: `Cron job "{{job}}" gives {{raw}} {{given}} ({{place}}), but it is text-to-video and takes none: OpenClaw refuses the request. Drop them, or use {{alternatives}}.`,
      referenceCount: `Cron job "{{job}}" gives {{raw}} {{given}} ({{place}}), but it needs {{needed}}: OpenClaw refuses the request.{{cli}} {{fix}}`,
      localReference: `Cron job "{{job}}" passes the local file {{file}} to {{raw}} ({{place}}); Wan takes reference images and videos only as remote http(s) URLs, so OpenClaw refuses the request. Upload the file and pass its https URL.`,
      hostNotVideoPlan: `Cron job "{{job}}" asks for {{raw}} ({{place}}), which the Qwen plugin refuses on every run: models.providers.{{provider}}.baseUrl is the {{endpoint}}, and Wan video needs a {{plans}} DashScope endpoint and a same-region {{plans}} API key. Set models.providers.{{provider}}.baseUrl to {{baseUrl}} with {{key}}{{alternative}}.`,
      hostOnPlan: `Cron job "{{job}}" asks for {{raw}} ({{place}}), which the Qwen plugin refuses on every run: models.providers.{{provider}}.baseUrl is on a {{hostPlan}} host ({{host}}), and Wan video needs a {{plans}} DashScope endpoint and a same-region {{plans}} API key. Set models.providers.{{provider}}.baseUrl to a {{plans}} endpoint of your region ({{baseUrls}}) with {{key}}{{alternative}}.`,
      keyNotVideoPlan: `Cron job "{{job}}" asks for {{raw}} ({{place}}), which the Qwen plugin refuses on every run: the key in {{path}} ({{shown}}) is a {{keyPlans}} key, and Wan video needs a {{plans}} DashScope endpoint and a same-region {{plans}} API key. Put {{key}} of the same region in {{path}}{{alternative}}.`,
      keyAndHostNotVideoPlan: `Cron job "{{job}}" asks for {{raw}} ({{place}}), which the Qwen plugin refuses on every run: the key in {{path}} ({{shown}}) is a {{keyPlans}} key, and Wan video needs a {{plans}} DashScope endpoint and a same-region {{plans}} API key. Set models.providers.{{provider}}.baseUrl to {{baseUrl}} and put {{key}} of the same region in {{path}}{{alternative}}.`,
      wholeSeconds: `Cron job "{{job}}" asks for durationSeconds {{value}} ({{place}}); the video_generate tool takes a positive whole number of seconds and refuses the call. Use {{nearest}}.`,
    },
  },
  check(ctx) {
    const inst = ctx.installation?.installation;
    if (!inst) return;
    const { catalog } = ctx;
    for (const call of cronVideoCalls(inst.cronJobs)) {
      const target = callTarget(ctx, call);
      if (!target) continue;
      const job = call.job.name;
      const at = { file: call.job.at.file, span: ROW_SPAN };
      const place = (pointer: string) => describeArg(call.job, pointer);
      const raw = shownModel(target);
      const d = call.durationSeconds;
      if (call.via === "script" && d && (!Number.isInteger(d.value) || d.value <= 0))
        ctx.report({ pointer: d.pointer, at, messageId: "wholeSeconds", data: { job, value: d.value, place: place(d.pointer), nearest: Math.max(1, Math.round(d.value)) } });
      // A model named by the job itself on the Qwen chat provider meets the plugin's credential policy;
      // the config's own video model is video-requires-standard's finding, at its slot.
      const provider = target.from === "call" ? catalog.canonicalProvider(target.raw.slice(0, target.raw.indexOf("/"))) : undefined;
      const refusal = provider?.role === "chat" ? videoRefusal(ctx, provider.id) : undefined;
      if (provider && refusal)
        ctx.report({
          pointer: target.pointer,
          at,
          messageId: refusal.cause,
          data: { ...refusal.data, job, raw, place: place(target.pointer), alternative: videoOnlyAlternative(catalog, target.modelId, refusal.data.plans as string, provider.id) },
        });
      const m = target.model;
      if (!m) {
        ctx.report({ pointer: target.pointer, at, messageId: "unknownModel", data: { job, raw, place: place(target.pointer), models: catalog.video.models.map((x) => x.id).join(", ") } });
        continue;
      }
      const images = call.images.length;
      const videos = call.videos.length;
      const given = describeRefs(images, videos);
      const refsAt = [...call.images, ...call.videos][0]?.pointer ?? target.pointer ?? firstPointer(call);
      const r = m.references;
      if (r.max === 0 && images + videos > 0) {
        const alternatives = catalog.video.models.filter((x) => x.references.max > 0).map((x) => x.id).join(" or ");
        ctx.report({ pointer: refsAt, at, messageId: "takesNoReferences", data: { job, raw, given, place: place(refsAt), alternatives } });
      } else if (images + videos < r.min || images + videos > r.max || images > r.maxImages || videos > r.maxVideos) {
        const needed = neededRefs(r);
        // The CLI has no flag for references: a model that needs them cannot run from it.
        const cli = call.via === "command" ? " `openclaw infer video generate` has no flag for reference images or videos." : "";
        const t2v = catalog.video.models.find((x) => x.references.max === 0)?.id;
        const fix =
          call.via === "command"
            ? `Call video_generate from a script job (\`openclaw cron add --script\`) with the references as https URLs${t2v ? `, or generate from text with ${t2v}` : ""}.`
            : `Pass ${needed}.`;
        ctx.report({ pointer: refsAt, at, messageId: "referenceCount", data: { job, raw, given: given || "no references", needed, place: place(refsAt), cli, fix } });
      }
      if (catalog.video.referencesMustBeRemote)
        for (const ref of [...call.images, ...call.videos])
          if (!/^https?:\/\//i.test(ref.value))
            ctx.report({ pointer: ref.pointer, at, messageId: "localReference", data: { job, raw, file: ref.value, place: place(ref.pointer) } });
    }
  },
});

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

function describeRefs(images: number, videos: number): string {
  return [images ? plural(images, "reference image") : "", videos ? plural(videos, "reference video") : ""].filter(Boolean).join(" and ");
}

function neededRefs(r: { min: number; max: number; maxImages: number; maxVideos: number }): string {
  if (r.maxVideos === 0) return r.min === r.max ? `exactly ${plural(r.min, "reference image")} and no video` : `${r.min}-${r.max} reference images and no video`;
  return `${r.min}-${r.max} reference images or videos, at most ${plural(r.maxVideos, "video")}`;
}
