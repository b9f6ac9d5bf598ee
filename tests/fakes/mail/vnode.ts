// A tiny view tree shared by the fake pages: the views are pure functions returning plain arrays, which
// the unit tests serialise to HTML and the page script mounts with createElement/textContent.

/** `[tag, attributes, ...children]`; a string child is text. */
export type VNode = [string, Record<string, string>, ...(VNode | string)[]];

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** Serialises a tree to HTML with all text and attributes escaped. */
export function toHtml(node: VNode | string): string {
  if (typeof node === 'string') return escapeText(node);
  const [tag, attrs, ...children] = node;
  const attrText = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  return `<${tag}${attrText}>${children.map(toHtml).join('')}</${tag}>`;
}

/** Builds real DOM nodes (text through `createTextNode`, never `innerHTML`); serialised into the pages. */
export function mount(doc: Document, node: VNode | string): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const [tag, attrs, ...children] = node;
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const child of children) el.appendChild(mount(doc, child));
  return el;
}

/** Updates `el` in place to match `node` (as an SPA does: same elements, changed attributes and text). */
export function patchNode(doc: Document, el: ChildNode, node: VNode | string): void {
  if (typeof node === 'string') {
    if (el.nodeType !== 3) el.replaceWith(mount(doc, node));
    else if (el.nodeValue !== node) el.nodeValue = node;
    return;
  }
  const [tag, attrs, ...children] = node;
  const element = el as Element;
  if (el.nodeType !== 1 || element.localName !== tag || element.getAttribute('id') !== (attrs.id ?? null)) {
    el.replaceWith(mount(doc, node));
    return;
  }
  for (const name of element.getAttributeNames()) if (!(name in attrs)) element.removeAttribute(name);
  for (const [k, v] of Object.entries(attrs)) if (element.getAttribute(k) !== v) element.setAttribute(k, v);
  patchChildren(doc, element, children);
}

/** Makes `parent`'s children match `nodes`, patching by position and keeping elements whose tag and id match. */
export function patchChildren(doc: Document, parent: ParentNode, nodes: (VNode | string)[]): void {
  nodes.forEach((node, i) => {
    const current = parent.childNodes[i];
    if (current) patchNode(doc, current, node);
    else parent.appendChild(mount(doc, node));
  });
  while (parent.childNodes.length > nodes.length) parent.lastChild?.remove();
}

/**
 * An inline `<script>` body: the given top-level functions as source (they must use nothing
 * outside themselves and each other), then `data` as JSON, then `main`. `__name` covers esbuild's
 * keepNames helper, which tsx adds to function sources.
 */
export function pageScript(
  functions: ((...args: never[]) => unknown)[],
  data: unknown,
  main: string,
): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const code = ['var __name = (f) => f;', ...functions.map(String), main].join('\n');
  return `var DATA = ${json};\n${code.replace(/<\/script/gi, '<\\/script')}`;
}
