import { z } from "zod";
import { ProfileFileSchema } from "./profile-file.js";

/** The JSON Schema (draft 2020-12) of a profile file, from its zod schema (`hyo schema profile`). */
export function profileJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(ProfileFileSchema, { io: "input" }), title: "hyo profile file" };
}
