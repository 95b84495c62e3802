/**
 * A small XML reader for the competition's ground-truth files, giving what Python's ElementTree (expat)
 * gives score_icdar.py: namespace-expanded names, decoded entities and character references,
 * normalised line ends and attribute whitespace, and each element's .text (character data before its
 * first child; comments and processing instructions skipped, CDATA kept). No DTDs, no custom entities.
 */

export interface XmlElement {
  /** Tag name, "{uri}local" when the element is in a namespace (as ElementTree names it). */
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** ElementTree's .text: the character data before the first child element. */
  readonly text: string;
}

interface OpenElement {
  readonly rawName: string;
  readonly element: { name: string; attributes: Map<string, string>; children: XmlElement[]; text: string };
  readonly namespaces: ReadonlyMap<string, string>;
}

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const START_TAG_NAME = /<([^\s/>]+)/y;
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const START_TAG_END = /\s*(\/?)>/y;
const END_TAG = /<\/([^\s>]+)\s*>/y;

/** File bytes → text, honouring a BOM or the declared encoding (UTF-8 or ISO-8859-1). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes);
  const head = Buffer.from(bytes.subarray(0, 200)).toString("latin1");
  const declared = /^(?:\xEF\xBB\xBF)?<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1]?.toLowerCase() ?? "utf-8";
  if (declared === "utf-8" || declared === "utf8") return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  // true Latin-1: TextDecoder's "latin1" is windows-1252
  if (["iso-8859-1", "iso8859-1", "latin-1", "latin1"].includes(declared)) return Buffer.from(bytes).toString("latin1");
  throw new Error(`unsupported XML encoding "${declared}"`);
}

/** XML text → its root element; throws on anything that is not well-formed. */
export function parseXml(source: string): XmlElement {
  const xml = source.replace(/\r\n?/g, "\n");
  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;
  let pos = 0;

  const addText = (text: string): void => {
    const open = stack.at(-1);
    if (!open) {
      if (/[^ \t\n]/.test(text)) throw new Error("text outside the root element");
    } else if (open.element.children.length === 0) open.element.text += text;
  };
  const skipPast = (terminator: string, from: number): number => {
    const end = xml.indexOf(terminator, from);
    if (end < 0) throw new Error(`unterminated markup: no "${terminator}"`);
    return end + terminator.length;
  };

  while (pos < xml.length) {
    const lt = xml.indexOf("<", pos);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > pos) addText(decodeReferences(xml.slice(pos, textEnd)));
    if (lt < 0) break;
    if (xml.startsWith("<!--", lt)) pos = skipPast("-->", lt + 4);
    else if (xml.startsWith("<?", lt)) pos = skipPast("?>", lt + 2);
    else if (xml.startsWith("<![CDATA[", lt)) {
      pos = skipPast("]]>", lt + 9);
      addText(xml.slice(lt + 9, pos - 3));
    } else if (xml.startsWith("<!DOCTYPE", lt)) {
      pos = skipPast(">", lt);
      if (xml.slice(lt, pos).includes("[")) throw new Error("DOCTYPE internal subsets are not supported");
    } else if (xml.startsWith("</", lt)) {
      END_TAG.lastIndex = lt;
      const end = END_TAG.exec(xml);
      const open = stack.pop();
      if (!end || !open || end[1] !== open.rawName) throw new Error(`mismatched end tag at offset ${lt}`);
      pos = END_TAG.lastIndex;
    } else {
      if (root && stack.length === 0) throw new Error("junk after the root element");
      const { open, selfClosing, next } = readStartTag(xml, lt, stack.at(-1)?.namespaces);
      const parent = stack.at(-1);
      if (parent) parent.element.children.push(open.element);
      else root = open.element;
      if (!selfClosing) stack.push(open);
      pos = next;
    }
  }
  if (!root || stack.length > 0) throw new Error(root ? `unclosed element <${stack.at(-1)?.rawName}>` : "no root element");
  return root;
}

function readStartTag(
  xml: string,
  lt: number,
  inherited: ReadonlyMap<string, string> | undefined,
): { open: OpenElement; selfClosing: boolean; next: number } {
  START_TAG_NAME.lastIndex = lt;
  const rawName = START_TAG_NAME.exec(xml)?.[1];
  if (!rawName) throw new Error(`malformed tag at offset ${lt}`);
  let pos = START_TAG_NAME.lastIndex;
  const raw: [string, string][] = [];
  for (;;) {
    ATTRIBUTE.lastIndex = pos;
    const attribute = ATTRIBUTE.exec(xml);
    if (!attribute) break;
    // attribute-value normalisation: literal tabs and newlines become spaces, references keep theirs
    raw.push([attribute[1]!, decodeReferences((attribute[2] ?? attribute[3]!).replace(/[\t\n]/g, " "))]);
    pos = ATTRIBUTE.lastIndex;
  }
  START_TAG_END.lastIndex = pos;
  const end = START_TAG_END.exec(xml);
  if (!end) throw new Error(`malformed start tag <${rawName}> at offset ${lt}`);

  const namespaces = new Map(inherited ?? [["xml", XML_NAMESPACE]]);
  for (const [name, value] of raw) {
    if (name === "xmlns") namespaces.set("", value);
    else if (name.startsWith("xmlns:")) namespaces.set(name.slice(6), value);
  }
  const attributes = new Map<string, string>();
  for (const [name, value] of raw) {
    if (name === "xmlns" || name.startsWith("xmlns:")) continue; // ElementTree does not list declarations
    const expanded = expandName(name, namespaces, false);
    if (attributes.has(expanded)) throw new Error(`duplicate attribute ${name} in <${rawName}>`);
    attributes.set(expanded, value);
  }
  const element = { name: expandName(rawName, namespaces, true), attributes, children: [], text: "" };
  return { open: { rawName, element, namespaces }, selfClosing: end[1] === "/", next: START_TAG_END.lastIndex };
}

/** "p:local" → "{uri}local"; unprefixed elements take the default namespace, unprefixed attributes none. */
function expandName(name: string, namespaces: ReadonlyMap<string, string>, isElement: boolean): string {
  const colon = name.indexOf(":");
  const prefix = colon < 0 ? (isElement ? "" : undefined) : name.slice(0, colon);
  const uri = prefix === undefined ? undefined : namespaces.get(prefix);
  if (colon >= 0 && uri === undefined) throw new Error(`unbound namespace prefix in ${name}`);
  return uri ? `{${uri}}${name.slice(colon + 1)}` : name;
}

function decodeReferences(text: string): string {
  return text.replace(/&([^;]*);|&/g, (_, reference: string | undefined) => {
    if (reference === undefined) throw new Error("bare & in character data");
    const predefined = PREDEFINED_ENTITIES[reference];
    if (predefined !== undefined) return predefined;
    const code = /^#x[0-9a-fA-F]+$/.test(reference)
      ? parseInt(reference.slice(2), 16)
      : /^#[0-9]+$/.test(reference)
        ? parseInt(reference.slice(1), 10)
        : undefined;
    if (code === undefined) throw new Error(`undefined entity &${reference};`);
    if (!isXmlChar(code)) throw new Error(`reference to invalid character &${reference};`);
    return String.fromCodePoint(code);
  });
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 || code === 0xa || code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** ElementTree's element.iter(name): the element itself and all descendants, in document order. */
export function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
  const found = element.name === name ? [element] : [];
  for (const child of element.children) found.push(...descendantsNamed(child, name));
  return found;
}

/** ElementTree's element.findall(name): direct children only. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}
