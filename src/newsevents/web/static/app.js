// Hash router: #/?filters (search), #/event/ID, #/article/ID, #/actor/NAME, #/place/NAME.
import { getJSON } from "./api.js";
import { clear, el } from "./dom.js";
import { actorView, articleView, eventView, placeView, searchView } from "./views.js";

const FILTERS = ["q", "type", "status", "country", "support", "min_factuality", "date_from", "date_to", "actor", "place"];
let config = { writable: false, tile_url: null };

function currentFilters(query) {
  const params = new URLSearchParams(query);
  return Object.fromEntries(FILTERS.filter((k) => params.get(k)).map((k) => [k, params.get(k)]));
}

function syncForm(filters) {
  const ids = { q: "q", type: "f-type", status: "f-status", country: "f-country", support: "f-support", min_factuality: "f-certainty", date_from: "f-from", date_to: "f-to" };
  for (const [key, id] of Object.entries(ids)) document.getElementById(id).value = filters[key] || "";
}

async function route() {
  const view = clear(document.getElementById("view"));
  const [path, query = ""] = location.hash.slice(1).split("?");
  const [, page, ...rest] = (path || "/").split("/");
  const arg = decodeURIComponent(rest.join("/"));
  try {
    if (page === "event") await eventView(view, arg, config, route);
    else if (page === "article") await articleView(view, arg);
    else if (page === "actor") await actorView(view, arg);
    else if (page === "place") await placeView(view, arg);
    else {
      const filters = currentFilters(query);
      syncForm(filters);
      await searchView(view, filters, config);
    }
  } catch (error) {
    view.append(el("p", { class: "error" }, error.message));
  }
  document.body.dataset.ready = "true";
}

document.getElementById("search").addEventListener("submit", (submit) => {
  submit.preventDefault();
  const data = Object.fromEntries([...new FormData(submit.target)].filter(([, v]) => v));
  location.hash = "#/?" + new URLSearchParams(data);
});
for (const id of ["f-type", "f-status", "f-country", "f-support", "f-certainty"]) {
  document.getElementById(id).addEventListener("change", () => document.getElementById("search").requestSubmit());
}

window.addEventListener("hashchange", () => {
  document.body.dataset.ready = "false";
  route();
});
config = await getJSON("/api/config");
route();
