import type { Departments } from "../schema/index.js";

/** Heading of the lead departments and of the related ones, as printed in 取組主管課・関係課等 cells. */
const LEAD_HEADING = /^【?(取組)?主管課】?$|^【取組主管課】/u;
const RELATED_HEADING = /^【?関係課等?】?$|^【関係課等?】/u;
const MAIN_MARK = /^[●◎]/u;

/**
 * 【取組主管課】\n●政策推進課\n・財政課\n【関係課等】\n・全ての課等 → lead [政策推進課, 財政課], main 政策推進課,
 * related [全ての課等]. Lines without a heading count as lead departments.
 */
export function parseDepartments(text: string): Departments {
  const lead: string[] = [];
  const related: string[] = [];
  let main: string | undefined;
  let target = lead;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    if (RELATED_HEADING.test(line)) { target = related; continue; }
    if (LEAD_HEADING.test(line)) { target = lead; continue; }
    for (const part of line.split(/[、,，]/u)) {
      const name = part.replace(/^[・●◎○\s]+/u, "").trim();
      if (!name) continue;
      if (MAIN_MARK.test(part.trim()) && target === lead && main === undefined) main = name;
      target.push(name);
    }
  }
  return main === undefined ? { lead, related } : { lead, main, related };
}
