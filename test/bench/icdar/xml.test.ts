import { describe, expect, it } from "vitest";
import { childrenNamed, decodeXml, descendantsNamed, parseXml } from "../../../scripts/bench/scorer/icdar/xml.js";

describe("parseXml", () => {
  it("decodes entities and character references in text and attributes", () => {
    const root = parseXml(`<?xml version="1.0"?><a v='&lt;&#65;&#x42;&quot;&apos;&amp;'>&amp;&lt;&gt;&#x3C3;&#962;</a>`);
    expect(root.attributes.get("v")).toBe(`<AB"'&`);
    expect(root.text).toBe("&<>σς");
  });

  it("gives ElementTree's .text: data before the first child, CDATA kept, comments and PIs skipped", () => {
    const root = parseXml("<a>x<!-- c -->y<?pi z?><![CDATA[<q>]]>&#65;<b>inner</b>tail</a>");
    expect(root.text).toBe("xy<q>A");
    expect(root.children.map((c) => [c.name, c.text])).toEqual([["b", "inner"]]);
  });

  it("normalises line ends, and literal whitespace inside attribute values", () => {
    const root = parseXml(`<a p="1\r\n2\t3&#10;4">x\r\ny\rz</a>`);
    expect(root.attributes.get("p")).toBe("1 2 3\n4");
    expect(root.text).toBe("x\ny\nz");
  });

  it("expands namespaced names as ElementTree does, dropping xmlns declarations", () => {
    const root = parseXml(`<doc xmlns:xsi="http://x" xsi:loc="s" id="1"><t xmlns="u"><c/></t></doc>`);
    expect([...root.attributes]).toEqual([["{http://x}loc", "s"], ["id", "1"]]);
    expect(descendantsNamed(root, "c")).toEqual([]);
    expect(descendantsNamed(root, "{u}c")).toHaveLength(1);
  });

  it("finds descendants in document order (the element itself included) and direct children", () => {
    const root = parseXml("<region><cell id='1'><region><cell id='2'/></region></cell><cell id='3'/></region>");
    expect(descendantsNamed(root, "cell").map((c) => c.attributes.get("id"))).toEqual(["1", "2", "3"]);
    expect(descendantsNamed(root, "region")).toHaveLength(2);
    expect(childrenNamed(root, "cell").map((c) => c.attributes.get("id"))).toEqual(["1", "3"]);
  });

  it.each([
    ["<a><b></a></b>", /mismatched end tag/],
    ["<a>x & y</a>", /bare &|undefined entity/],
    ["<a>&nbsp;</a>", /undefined entity &nbsp;/],
    ["<a>&#1;</a>", /invalid character/],
    ["<a/><b/>", /junk after the root/],
    ["<a/>text", /text outside the root/],
    ["<p:a/>", /unbound namespace prefix/],
    ["<a x='1' x='2'/>", /duplicate attribute/],
    ["<a>", /unclosed element <a>/],
    ["", /no root element/],
  ])("rejects %j", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });
});

describe("decodeXml", () => {
  it("reads UTF-8 (BOM dropped) unless Latin-1 is declared", () => {
    expect(decodeXml(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("<a>ß</a>")]))).toBe("<a>ß</a>");
    const latin1 = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><a>\u00df\u0080</a>`, "latin1");
    expect(decodeXml(latin1)).toContain("<a>\u00df\u0080</a>");
  });

  it("rejects invalid UTF-8 and unknown encodings", () => {
    expect(() => decodeXml(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c]))).toThrow();
    expect(() => decodeXml(Buffer.from(`<?xml version="1.0" encoding="Shift_JIS"?><a/>`))).toThrow(/unsupported XML encoding/);
  });
});
