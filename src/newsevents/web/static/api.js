// The REST API, as small functions returning parsed JSON; errors carry the API's error message.

export async function getJSON(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== "" && value != null) query.set(key, value);
  const response = await fetch(`${path}${query.size ? "?" + query : ""}`);
  return parse(response);
}

export async function postJSON(path, body, token) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return parse(response);
}

async function parse(response) {
  const data = await response.json();
  if (!response.ok) throw new Error(data.error ? `${data.error.code}: ${data.error.message}` : response.statusText);
  return data;
}

export const eventURL = (id) => `/api/events/${encodeURIComponent(id)}`;
export const articleURL = (id) => `/api/articles/${encodeURIComponent(id)}`;
