// The timeline (SVG bars per day or week) and the map (offline country outlines plus event points).
import { el, svg } from "./dom.js";

let outlines = null;

function titled(node, text) {
  const title = svg("title");
  title.textContent = text;
  node.append(title);
  return node;
}

async function countryOutlines() {
  outlines ??= fetch("countries.json").then((r) => r.json());
  return outlines;
}

function weekStart(day) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

// Days become weeks when the range is long, so bars stay readable.
export function timeline(days, onPick) {
  const spanDays = days.length ? (Date.parse(days.at(-1).day) - Date.parse(days[0].day)) / 864e5 : 0;
  const byWeek = spanDays > 120;
  const buckets = new Map();
  for (const { day, events } of days) {
    const key = byWeek ? weekStart(day) : day;
    buckets.set(key, (buckets.get(key) || 0) + events);
  }
  const entries = [...buckets.entries()];
  const width = 800, height = 120, max = Math.max(1, ...buckets.values());
  const bar = width / Math.max(entries.length, 1);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height + 20}`, class: "timeline", role: "img" });
  titled(chart, `Events per ${byWeek ? "week" : "day"}`);
  entries.forEach(([key, count], i) => {
    const h = Math.max(2, (count / max) * height);
    const rect = svg("rect", { x: i * bar + 1, y: height - h, width: Math.max(1, bar - 2), height: h, class: "bar" });
    titled(rect, `${byWeek ? "week of " : ""}${key}: ${count} events`);
    rect.addEventListener("click", () => onPick(key, byWeek));
    chart.append(rect);
  });
  if (entries.length) {
    for (const [i, anchor] of [[0, "start"], [entries.length - 1, "end"]]) {
      const label = svg("text", { x: anchor === "start" ? 0 : width, y: height + 16, "text-anchor": anchor });
      label.textContent = entries[i][0];
      chart.append(label);
    }
  }
  return el("figure", { class: "chart" }, el("figcaption", {}, `Events per ${byWeek ? "week" : "day"}`), chart);
}

// Web Mercator on a 360 x 360 square (what countries.json holds and a zoom-0 tile covers), cropped at 60°S.
const mercatorY = (lat) => {
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  return 180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + phi / 2));
};

export async function worldMap(events, onPick, tileURL) {
  const chart = svg("svg", { viewBox: `0 0 360 ${mercatorY(-60).toFixed(0)}`, class: "map", role: "img" });
  if (tileURL) {
    const tile = tileURL.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0");
    chart.append(svg("image", { href: tile, x: 0, y: 0, width: 360, height: 360, class: "tile" }));
  }
  const land = svg("g", { class: "land" });
  for (const country of await countryOutlines()) {
    land.append(titled(svg("path", { d: country.d }), country.name));
  }
  chart.append(land);
  for (const event of events) {
    const place = event.place;
    if (!place || place.lat == null || place.lon == null) continue;
    const dot = svg("circle", { cx: place.lon + 180, cy: mercatorY(place.lat), r: 2.2, class: `dot status-${event.status}` });
    titled(dot, `${event.type} in ${place.name} (${event.date.value || "undated"})`);
    dot.addEventListener("click", () => onPick(event));
    chart.append(dot);
  }
  return el("figure", { class: "chart" }, el("figcaption", {}, "Where (events with a located place)"), chart);
}
