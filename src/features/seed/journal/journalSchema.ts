import { SchemaAdapter, type MappedSchemaSpec } from "@automerge/prosemirror";
import type { DOMOutputSpec, Mark, MarkType, Node, NodeType } from "prosemirror-model";
import { safeHref } from "./safeLink";

/**
 * The journal's ProseMirror schema, mapped onto Automerge's rich-text block markers and marks.
 *
 * Deliberately small: paragraphs, headings (levels 2 and 3), bulleted and numbered lists, bold,
 * italic and links. No images, no raw HTML nodes: pasted HTML is parsed through these rules, so
 * anything else (scripts, `<img onerror>`, styles, event attributes) is dropped, never inserted.
 * Every `toDOM` builds its output from checked values only — document content never becomes markup.
 */

/** Heading levels the journal uses; anything else a peer writes is shown as the nearest allowed. */
export const HEADING_LEVELS = [2, 3] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

export function headingLevel(raw: unknown): HeadingLevel {
  const n = typeof raw === "number" ? raw : Number(raw);
  return n >= 3 ? 3 : 2;
}

function linkMarkValue(mark: Mark): string {
  const href = safeHref(mark.attrs.href);
  return JSON.stringify({ href: href ?? "" });
}

function linkAttrsFromAutomerge(value: unknown): { href: string | null } {
  if (typeof value !== "string") return { href: null };
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === "object" && "href" in parsed) {
      return { href: safeHref((parsed as { href: unknown }).href) };
    }
  } catch {
    // A malformed mark from a peer: keep the text, drop the target.
  }
  return { href: null };
}

const spec: MappedSchemaSpec = {
  nodes: {
    doc: { content: "block+" },
    paragraph: {
      automerge: { block: "paragraph" },
      content: "inline*",
      group: "block",
      parseDOM: [{ tag: "p" }],
      toDOM: (): DOMOutputSpec => ["p", 0],
    },
    unknownBlock: {
      automerge: { unknownBlock: true },
      group: "block",
      content: "block+",
      parseDOM: [{ tag: "div[data-unknown-block]" }],
      toDOM: (): DOMOutputSpec => ["div", { "data-unknown-block": "true" }, 0],
    },
    heading: {
      automerge: {
        block: "heading",
        attrParsers: {
          fromAutomerge: (block) => ({ level: headingLevel(block.attrs.level) }),
          fromProsemirror: (node: Node) => ({ level: headingLevel(node.attrs.level) }),
        },
      },
      attrs: { level: { default: 2 } },
      content: "inline*",
      group: "block",
      defining: true,
      parseDOM: [
        { tag: "h1", attrs: { level: 2 } },
        { tag: "h2", attrs: { level: 2 } },
        { tag: "h3", attrs: { level: 3 } },
        { tag: "h4", attrs: { level: 3 } },
        { tag: "h5", attrs: { level: 3 } },
        { tag: "h6", attrs: { level: 3 } },
      ],
      toDOM: (node): DOMOutputSpec => [headingLevel(node.attrs.level) === 3 ? "h3" : "h2", 0],
    },
    text: { group: "inline" },
    ordered_list: {
      group: "block",
      content: "list_item+",
      parseDOM: [{ tag: "ol" }],
      toDOM: (): DOMOutputSpec => ["ol", 0],
    },
    bullet_list: {
      group: "block",
      content: "list_item+",
      parseDOM: [{ tag: "ul" }],
      toDOM: (): DOMOutputSpec => ["ul", 0],
    },
    list_item: {
      automerge: {
        block: {
          within: { ordered_list: "ordered-list-item", bullet_list: "unordered-list-item" },
        },
      },
      content: "paragraph block*",
      parseDOM: [{ tag: "li" }],
      toDOM: (): DOMOutputSpec => ["li", 0],
      defining: true,
    },
  },
  marks: {
    link: {
      attrs: { href: { default: null } },
      inclusive: false,
      parseDOM: [
        {
          tag: "a[href]",
          // Returning false rejects the rule: the text is kept, the unsafe target is not.
          getAttrs: (dom) => {
            const href = safeHref((dom as HTMLElement).getAttribute("href"));
            return href === null ? false : { href };
          },
        },
      ],
      toDOM: (mark): DOMOutputSpec => {
        const href = safeHref(mark.attrs.href);
        return href === null
          ? ["span", { class: "journal-link-refused" }, 0]
          : ["a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, 0];
      },
      automerge: {
        markName: "link",
        parsers: { fromAutomerge: linkAttrsFromAutomerge, fromProsemirror: linkMarkValue },
      },
    },
    em: {
      parseDOM: [{ tag: "i" }, { tag: "em" }, { style: "font-style=italic" }],
      toDOM: (): DOMOutputSpec => ["em", 0],
      automerge: { markName: "em" },
    },
    strong: {
      parseDOM: [
        { tag: "strong" },
        {
          tag: "b",
          getAttrs: (node) => (node as HTMLElement).style.fontWeight !== "normal" && null,
        },
        {
          style: "font-weight",
          getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value as string) && null,
        },
      ],
      toDOM: (): DOMOutputSpec => ["strong", 0],
      automerge: { markName: "strong" },
    },
  },
};

/** One adapter for the whole app: ProseMirror compares node and mark types by identity. */
export const journalSchemaAdapter = new SchemaAdapter(spec);
export const journalSchema = journalSchemaAdapter.schema;

function nodeType(name: string): NodeType {
  const type = journalSchema.nodes[name];
  if (!type) throw new Error(`journal schema lacks node ${name}`);
  return type;
}
function markType(name: string): MarkType {
  const type = journalSchema.marks[name];
  if (!type) throw new Error(`journal schema lacks mark ${name}`);
  return type;
}

/** The journal's node and mark types by name, checked once at load. */
export const journalNodes = {
  paragraph: nodeType("paragraph"),
  heading: nodeType("heading"),
  bullet_list: nodeType("bullet_list"),
  ordered_list: nodeType("ordered_list"),
  list_item: nodeType("list_item"),
} as const;
export const journalMarks = {
  strong: markType("strong"),
  em: markType("em"),
  link: markType("link"),
} as const;
