import { describe, expect, it } from "vitest";
import { escapeForTerminal } from "../src/cli-messages.js";
import { outputName } from "../src/input-files.js";
import { parseLimitArgs, resolveBudgets } from "../src/pipeline/budgets.js";
import { writeErrorAsInput } from "../src/output/output-set.js";
import { InputError } from "../src/errors.js";

describe("outputName: always a plain path inside --out", () => {
  it.each([
    ["report.pdf", "report"],
    ["a/b/report.PDF", "a/b/report"],
    ["...pdf", "_.."],
    ["..pdf", "_."],
    [".pdf", ".pdf"],
    [".hyo-123-new-x.pdf", "_.hyo-123-new-x"],
    ["a\u0000b\nc\u001b[31m.pdf", "a_b_c_[31m"],
    ["\u202Efdp.exe.pdf", "_fdp.exe"],
    ["x:y*z?.pdf", "x_y_z_"],
  ])("%j → %j", (rel, want) => {
    expect(outputName(rel)).toBe(want);
  });
});

describe("escapeForTerminal", () => {
  it("escapes controls, bidi and invisible characters, keeps Japanese and symbols", () => {
    expect(escapeForTerminal("a\nb\r\tc\u001b[2J\u202Ed\u200Be 表▲")).toBe("a\\nb\\r\\tc\\u{1B}[2J\\u{202E}d\\u{200B}e 表▲");
  });
});

describe("--limit", () => {
  it("takes name=value pairs, repeated or comma-separated, and keeps the other defaults", () => {
    const given = parseLimitArgs(["time-s=30,memory-mb=800", "image-mp=12.5"]);
    const b = resolveBudgets(given);
    expect([b["time-s"], b["memory-mb"], b["image-mp"], b["file-mb"]]).toEqual([30, 800, 12.5, 256]);
  });

  it("refuses unknown names, missing values and non-positive numbers", () => {
    expect(() => parseLimitArgs(["speed=3"])).toThrow(/unknown limit "speed"/);
    expect(() => parseLimitArgs(["time-s"])).toThrow(/--limit takes name=value/);
    expect(() => parseLimitArgs(["time-s=0"])).toThrow(/positive/);
    expect(() => parseLimitArgs(["__proto__=1"])).toThrow(InputError);
  });
});

describe("writeErrorAsInput", () => {
  it("turns the user's write errors into one-line InputErrors, leaves the rest", () => {
    const err = (code: string) => Object.assign(new Error(`${code}: boom`), { code });
    expect((writeErrorAsInput(err("ENOSPC"), "x") as Error).message).toBe("cannot write x: no space left on the device (ENOSPC)");
    expect(writeErrorAsInput(err("EROFS"), "x")).toBeInstanceOf(InputError);
    expect(writeErrorAsInput(err("EACCES"), "x")).toBeInstanceOf(InputError);
    const other = err("EIO");
    expect(writeErrorAsInput(other, "x")).toBe(other);
  });
});
