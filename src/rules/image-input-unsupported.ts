import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "image-input-unsupported",
    severity: "error",
    category: "catalog",
    description: "A text-only model in imageModel, pdfModel or an image/video media-understanding entry.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
