// Building DOM from untrusted data: text only ever goes through text nodes, never through markup.

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "href") node.setAttribute("href", safeHref(value));
    else node.setAttribute(key, value);
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Only in-app routes and http(s) links: a javascript: URL from an article never becomes a link.
export function safeHref(value) {
  const href = String(value);
  if (href.startsWith("#")) return href;
  try {
    const url = new URL(href, location.origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : "#";
  } catch {
    return "#";
  }
}

export function svg(tag, attrs = {}) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

// Text with marked spans: [{start, end, kind, id}] become <mark> elements, overlaps split into segments.
export function annotatedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const container = el("div", { class: "text" });
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [start, end] = [bounds[i], bounds[i + 1]];
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    const piece = text.slice(start, end);
    if (!covering.length) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const title = covering.map((s) => s.label || s.kind).join("; ");
    container.append(el("mark", { class: kinds.map((k) => `ann ann-${k}`).join(" "), title }, piece));
  }
  return container;
}
