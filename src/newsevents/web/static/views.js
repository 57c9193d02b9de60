// The pages: search (facets, timeline, map, results), event, article, actor and place.
import { articleURL, eventURL, getJSON, postJSON } from "./api.js";
import { worldMap, timeline } from "./charts.js";
import { annotatedText, clear, el } from "./dom.js";

const STATUSES = ["asserted", "reported", "speculated", "planned", "negated", "hypothetical"];
const KINDS = ["event", "actor", "place", "time", "quote", "claim"];
const eventHref = (id) => `#/event/${encodeURIComponent(id)}`;
const articleHref = (id) => `#/article/${encodeURIComponent(id)}`;
const actorHref = (name) => `#/actor/${encodeURIComponent(name)}`;
const placeHref = (name) => `#/place/${encodeURIComponent(name)}`;

const statusBadge = (status) => el("span", { class: `badge status-${status}`, title: "epistemic status" }, status);
const named = (party, href) => (party ? el("a", { href: href(party.name) }, party.name) : el("span", { class: "muted" }, "unknown"));
// An event's side with what the coder read of it: "Police (KEN · COP)".
const side = (party) => {
  const known = [party?.country, party?.sector].filter(Boolean).join(" · ");
  return known ? el("span", {}, named(party, actorHref), " ", el("span", { class: "muted" }, `(${known})`)) : named(party, actorHref);
};

function eventLine(event) {
  return el(
    "li",
    { class: "event", dataset: { id: event.id } },
    el("div", { class: "event-head" },
      el("a", { href: eventHref(event.id), class: "event-type" }, event.type),
      statusBadge(event.status),
      event.review ? el("span", { class: `badge review-${event.review.verdict}` }, event.review.verdict) : null,
      el("span", { class: "muted" }, event.date.value || "undated"),
      event.place ? el("a", { href: placeHref(event.place.name) }, event.place.name) : null,
    ),
    el("div", { class: "who" }, named(event.actor, actorHref), " → ", named(event.target, actorHref)),
    el("blockquote", { class: "evidence" }, event.evidence.text),
    el("div", { class: "muted small" }, "from ", el("a", { href: articleHref(event.article_id) }, event.article.title || "untitled article")),
  );
}

// A list with a "More" button that follows next_cursor.
async function pagedEvents(container, filters) {
  const list = el("ul", { class: "events", id: "results" });
  const more = el("button", { class: "more", type: "button" }, "More results");
  container.append(list, more);
  let cursor = null;
  const load = async () => {
    const page = await getJSON("/api/events", { ...filters, cursor, limit: 25 });
    list.append(...page.items.map(eventLine));
    cursor = page.next_cursor;
    more.hidden = !cursor;
    if (!list.children.length) list.append(el("li", { class: "muted" }, "No events match."));
  };
  more.addEventListener("click", load);
  await load();
}

function fillSelect(select, counts, current) {
  const first = select.options[0];
  select.replaceChildren(first);
  for (const [value, n] of Object.entries(counts)) {
    if (!value) continue;
    select.append(el("option", { value, selected: value === current ? "" : null }, `${value} (${n})`));
  }
}

export async function searchView(view, filters, config) {
  const facets = await getJSON("/api/events/facets", filters);
  fillSelect(document.getElementById("f-type"), facets.type, filters.type);
  fillSelect(document.getElementById("f-status"), facets.status, filters.status);
  fillSelect(document.getElementById("f-country"), facets.country, filters.country);
  const total = Object.values(facets.type).reduce((a, b) => a + b, 0);
  const days = await getJSON("/api/events/timeline", filters);
  const located = await getJSON("/api/events", { ...filters, limit: 500 });
  const pickDay = (day, byWeek) => {
    const end = byWeek ? new Date(Date.parse(day) + 6 * 864e5).toISOString().slice(0, 10) : day;
    location.hash = "#/?" + new URLSearchParams({ ...filters, date_from: day, date_to: end });
  };
  const results = el("section", { class: "results" }, el("h2", {}, `${total} events`), exportLinks(filters));
  view.append(
    el("div", { class: "charts" }, timeline(days, pickDay), await worldMap(located.items, (e) => (location.hash = eventHref(e.id)), config.tile_url)),
    results,
  );
  await pagedEvents(results, filters);
}

function exportLinks(filters) {
  const query = new URLSearchParams(filters).toString();
  const link = (fmt, label) => el("a", { href: `/api/export/${fmt}${query ? "?" + query : ""}`, download: "" }, label);
  return el("p", { class: "exports" }, "Export: ", link("acled", "ACLED CSV"), " · ", link("plover", "PLOVER JSON"), " · ", link("jsonl", "JSON Lines"), " · ", link("parquet", "Parquet"));
}

export async function eventView(view, id, config, rerender) {
  const event = await getJSON(eventURL(id));
  const spans = event.evidence_spans.map((s) => ({ ...s, kind: "evidence", label: "evidence" }));
  const text = annotatedText(event.article.text, spans);
  text.classList.add("article-text");
  view.append(
    el("article", { class: "event-page" },
      el("h1", {}, event.type, " ", statusBadge(event.status)),
      el("dl", { class: "facts" },
        fact("Who", side(event.actor)),
        fact("To whom", side(event.target)),
        fact("Where", event.place ? el("a", { href: placeHref(event.place.name) }, `${event.place.name} (${event.place.country || "?"})`) : "unknown"),
        fact("When", `${event.date.value || "undated"}${event.date.granularity ? ` (${event.date.granularity})` : ""}`),
        fact("Fatalities", event.fatalities ?? "not stated"),
        fact("Certainty", certaintyLabel(event.factuality)),
        fact("ACLED", event.acled ? `${event.acled.event_type} / ${event.acled.sub_event_type}` : "outside ACLED's taxonomy"),
        fact("Vouched for by", event.source === "author" ? "the article's own voice" : named({ name: event.source_name || event.source }, actorHref)),
        fact("Source", el("a", { href: articleHref(event.article_id) }, event.article.title || "article"), " ", event.article.url ? el("a", { href: event.article.url, rel: "noopener noreferrer", class: "muted" }, `(${event.article.site || "original"})`) : null),
        fact("Review", event.review ? `${event.review.verdict} by ${event.review.reviewer}` : "not reviewed"),
        fact("Reported by", sourcesLabel(event.corroboration.sources)),
      ),
      el("h2", {}, "Evidence in the article"),
      text,
      otherReports(event.other_reports),
    ),
  );
  text.querySelector("mark")?.scrollIntoView({ block: "center" });
  const audit = el("section", { class: "audit" });
  view.append(reviewForm(event, config, rerender), audit);
  await auditList(audit, id);
}

// The record's graded factuality (-3 surely did not happen, +3 surely did) in words beside the number.
function certaintyLabel(value) {
  if (value === null || value === undefined) return "not scored";
  const reading = value >= 2 ? "told as fact" : value >= 1 ? "likely" : value > -1 ? "uncertain" : value > -2 ? "unlikely" : "said not to have happened";
  return `${value > 0 ? "+" : ""}${value.toFixed(1)} on a scale from −3 to +3 (${reading})`;
}

function sourcesLabel(sources) {
  return sources > 1 ? `${sources} independent sources` : "this source only";
}

function otherReports(reports) {
  if (!reports.length) return null;
  return el("section", { class: "other-reports" },
    el("h2", {}, "The same event in other articles"),
    el("ul", {}, reports.map((r) => el("li", {},
      el("a", { href: eventHref(r.id) }, r.article.title || "article"), " ",
      el("span", { class: "muted" }, `(${r.article.site || "unknown site"})`), " ", statusBadge(r.status),
      el("blockquote", {}, r.evidence.text)))));
}

function fact(label, ...value) {
  return el("div", {}, el("dt", {}, label), el("dd", {}, ...value));
}

async function auditList(section, id) {
  const page = await getJSON(`${eventURL(id)}/audit`);
  clear(section).append(el("h2", {}, "Audit trail"));
  if (!page.items.length) section.append(el("p", { class: "muted" }, "No review yet."));
  const rows = page.items.map((entry) => {
    const changed = Object.keys(entry.after).filter((k) => JSON.stringify(entry.after[k]) !== JSON.stringify(entry.before[k]));
    return el("li", { class: "audit-entry" }, `${entry.at.slice(0, 19).replace("T", " ")} · ${entry.reviewer} · ${entry.action}`,
      el("ul", {}, changed.map((k) => el("li", {}, `${k}: ${entry.before[k] ?? "—"} → ${entry.after[k] ?? "—"}`))));
  });
  section.append(el("ol", {}, rows));
}

function reviewForm(event, config, done) {
  if (!config.writable) return el("p", { class: "muted" }, "Reviews are disabled on this server (read-only).");
  const input = (name, label, value = "", attrs = {}) => el("label", {}, label, el("input", { name, value: value ?? "", ...attrs }));
  const status = el("select", { name: "status" }, STATUSES.map((s) => el("option", { value: s, selected: s === event.status ? "" : null }, s)));
  const message = el("p", { class: "message", role: "status" });
  const form = el("form", { class: "review" },
    el("h2", {}, "Review"),
    input("token", "API token", sessionStorage.getItem("token") || "", { type: "password", autocomplete: "off" }),
    input("reviewer", "Reviewer", sessionStorage.getItem("reviewer") || ""),
    input("type", "Type", event.type),
    el("label", {}, "Status", status),
    input("actor", "Actor", event.actor?.name),
    input("target", "Target", event.target?.name),
    input("place", "Place", event.place?.name),
    input("date", "Date", event.date.value, { placeholder: "YYYY-MM-DD" }),
    input("fatalities", "Fatalities", event.fatalities, { type: "number", min: 0 }),
    el("div", { class: "buttons" },
      el("button", { type: "submit", name: "verdict", value: "confirmed" }, "Confirm"),
      el("button", { type: "submit", name: "verdict", value: "corrected" }, "Save correction"),
      el("button", { type: "submit", name: "verdict", value: "rejected", class: "danger" }, "Reject")),
    message,
  );
  form.addEventListener("submit", async (submit) => {
    submit.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    sessionStorage.setItem("token", data.token);
    sessionStorage.setItem("reviewer", data.reviewer);
    const body = { verdict: submit.submitter.value, reviewer: data.reviewer };
    for (const key of ["type", "status", "actor", "target", "place", "date"]) if (data[key]) body[key] = data[key];
    if (data.fatalities !== "") body.fatalities = Number(data.fatalities);
    try {
      await postJSON(`${eventURL(event.id)}/review`, body, data.token);
      done();
    } catch (error) {
      message.textContent = error.message;
    }
  });
  return form;
}

function recordSpans(record) {
  const actors = Object.fromEntries(record.actors.map((a) => [a.id, a.name]));
  const spans = [];
  for (const e of record.entities) {
    const kind = e.actor ? "actor" : e.place ? "place" : null;
    if (kind) spans.push({ start: e.start, end: e.end, kind, label: `${kind}: ${e.actor ? actors[e.actor] : e.text}` });
  }
  for (const t of record.times) spans.push({ start: t.start, end: t.end, kind: "time", label: `time: ${t.value ?? "unresolved"}` });
  for (const q of record.quotes) spans.push({ start: q.start, end: q.end, kind: "quote", label: `quote by ${actors[q.speaker] || q.speaker_text || "?"}` });
  for (const c of record.claims) spans.push({ start: c.start, end: c.end, kind: "claim", label: `claim (${c.status})` });
  for (const ev of record.events) for (const s of ev.evidence) spans.push({ ...s, kind: "event", label: `${ev.type} (${ev.status})` });
  return spans;
}

// How a related article is related: a link of the link pass (duplicate, same happening or related, with its score),
// else shared names.
function relatedHow(r) {
  if (r.kind === "duplicate") return el("span", { class: "badge link-duplicate", title: `near-identical text (${r.score.toFixed(2)})` }, "duplicate");
  if (r.kind === "same happening") return el("span", { class: "badge link-happening", title: "same story, leads alike: reports the same happening" }, `same happening (${r.score.toFixed(2)})`);
  if (r.kind === "related") return el("span", { class: "muted link-related", title: "same story" }, `related (${r.score.toFixed(2)})`);
  return el("span", { class: "muted link-shared" }, `${r.shared} shared name${r.shared === 1 ? "" : "s"}`);
}

export async function articleView(view, id) {
  const record = await getJSON(articleURL(id));
  const article = record.article;
  const text = annotatedText(article.text, recordSpans(record));
  text.classList.add("article-text");
  const toggles = el("fieldset", { class: "toggles" }, el("legend", {}, "Annotations"),
    KINDS.map((kind) => el("label", { class: `toggle ann-${kind}` },
      el("input", { type: "checkbox", checked: "", onchange: (e) => text.classList.toggle(`hide-${kind}`, !e.target.checked) }), kind)));
  const related = await getJSON(`${articleURL(id)}/related`);
  view.append(
    el("article", { class: "reader" },
      el("h1", {}, article.title || "Untitled"),
      el("p", { class: "muted" }, [article.site, article.published, article.authors.join(", ")].filter(Boolean).join(" · "), " ",
        article.url ? el("a", { href: article.url, rel: "noopener noreferrer" }, "original") : null),
      toggles, text),
    el("aside", {},
      el("h2", {}, "Events"),
      el("ul", {}, record.events.map((e) => el("li", {}, el("a", { href: eventHref(`${article.id}:${e.id}`) }, e.type), " ", statusBadge(e.status)))),
      el("h2", {}, "Related articles"),
      related.length
        ? el("ul", { class: "related" }, related.map((r) => el("li", {}, el("a", { href: articleHref(r.id) }, r.title || r.id), " ", relatedHow(r))))
        : el("p", { class: "muted" }, "None found."),
    ),
  );
}

export async function actorView(view, name) {
  const actors = await getJSON("/api/actors", { name, limit: 50 });
  const quotes = await getJSON("/api/quotes", { speaker: name, limit: 20 });
  const claims = await getJSON("/api/claims", { holder: name, limit: 20 });
  const exact = actors.items.filter((a) => a.name.toLowerCase() === name.toLowerCase());
  const section = el("section", {}, el("h1", {}, name),
    el("p", { class: "muted" }, exact.map((a) => `${a.kind}${a.country ? ", " + a.country : ""}${a.sector ? ", sector " + a.sector : ""} · named in ${a.articles} articles`).join("; ")),
    el("h2", {}, "Quotes"), el("ul", {}, quotes.items.map((q) => el("li", {}, el("q", {}, q.text), " ", el("a", { href: articleHref(q.article_id) }, "article")))),
    el("h2", {}, "Claims"), el("ul", {}, claims.items.map((c) => el("li", {}, c.text, " ", el("span", { class: "badge" }, c.status)))),
    el("h2", {}, "Events"));
  view.append(section);
  await pagedEvents(section, { actor: name });
}

export async function placeView(view, name) {
  const places = await getJSON("/api/places", { name, limit: 20 });
  const exact = places.items.filter((p) => p.name.toLowerCase() === name.toLowerCase());
  const section = el("section", {}, el("h1", {}, name),
    el("p", { class: "muted" }, exact.map((p) => `${p.feature}, ${p.country || "?"} (${p.lat?.toFixed(2)}, ${p.lon?.toFixed(2)}) · named in ${p.articles} articles`).join("; ")),
    el("h2", {}, "Events here"));
  view.append(section);
  await pagedEvents(section, { place: name });
}

