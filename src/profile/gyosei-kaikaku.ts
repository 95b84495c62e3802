import data from "./data/gyosei-kaikaku.json" with { type: "json" };
import { parseProfileFile, sectionedProfile } from "./profile-file.js";
import type { Profile } from "./types.js";

/** 行政改革実施計画 取組結果 (administrative reform plan results): a profile file like any other (data/gyosei-kaikaku.json). */
export const GYOSEI_KAIKAKU: Profile = sectionedProfile(parseProfileFile(data, "gyosei-kaikaku.json"));

export const PROFILES: readonly Profile[] = [GYOSEI_KAIKAKU];
