// crisis-facts explorer: one ES module, no dependencies, only the public API (/api/v1).
// Every view has its own URL (path + query); links are intercepted and pushed to history, so
// back/forward work and any URL can be shared.

const API = "/api/v1";
const main = document.getElementById("main");

// ---------------------------------------------------------------- helpers

class ApiError extends Error {
  constructor(status, title, detail) {
    super(title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

async function api(path, params = {}) {
  const url = new URL(API + path, location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, value);
  }
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" } });
  } catch (err) {
    throw new ApiError(0, "The API could not be reached", String(err));
  }
  if (!response.ok) {
    let problem = {};
    try { problem = await response.json(); } catch (_) { /* not JSON */ }
    throw new ApiError(response.status, problem.title || `HTTP ${response.status}`, problem.detail || "");
  }
  return response.json();
}

async function all(path, params = {}, cap = 2000) {
  const items = [];
  for (let offset = 0; offset < cap; offset += 500) {
    const page = await api(path, { ...params, limit: 500, offset });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) break;
  }
  return items;
}

function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function link(href, text, attrs = "") {
  return `<a href="${esc(href)}" data-link ${attrs}>${esc(text)}</a>`;
}

// 12000 → "12,000" (grouping done here: headless and minimal browsers may lack locale data)
const number = {
  format(n) {
    const [whole, fraction] = String(n).split(".");
    return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction ? `.${fraction}` : "");
  },
};

function actorLink(actor) {
  return actor ? link(`/actors/${actor.slug}`, actor.name) : `<span class="muted">unattributed</span>`;
}

// "more than 180 km", "3,000–4,000 migrants": figures as people write them.
const QUALIFIER_WORDS = {
  exact: "", approximate: "about ", at_least: "at least ", more_than: "more than ",
  at_most: "at most ", up_to: "up to ", less_than: "less than ",
};

function unitText(unit) {
  if (!unit) return "";
  return unit === "%" ? "%" : ` ${unit}`;
}

function figure(claim) {
  const words = QUALIFIER_WORDS[claim.qualifier] ?? "";
  const unit = unitText(claim.unit);
  if (claim.value_min !== null && claim.value_max !== null && claim.value_min !== claim.value_max) {
    return `${words}${number.format(claim.value_min)}–${number.format(claim.value_max)}${unit}`;
  }
  return `${words}${claim.value === null ? "?" : number.format(claim.value)}${unit}`;
}

// Quotations are coloured by speaker: a few AA-safe tints, picked by actor id.
const SPEAKER_TINTS = [
  ["#e6eefc", "#3b5bdb"], ["#fde8ef", "#b02a5b"], ["#e8f6f8", "#0b7285"], ["#f3ecfd", "#6741d9"],
  ["#fdf0e1", "#b35c00"], ["#eef6e4", "#4f7a12"], ["#f1f1f1", "#555555"],
];

function tint(actorId) {
  const [bg, line] = SPEAKER_TINTS[(actorId ?? SPEAKER_TINTS.length - 1) % SPEAKER_TINTS.length];
  return `--speaker-bg:${bg};--speaker-line:${line}`;
}

function snippet(text) {
  // the search API marks matches as [words]
  return esc(text).replace(/\[([^\]]*)\]/g, "<mark>$1</mark>");
}

function highlightIn(sentence, exact) {
  const at = sentence.indexOf(exact);
  if (at < 0) return `${esc(sentence)} <mark>${esc(exact)}</mark>`;
  return `${esc(sentence.slice(0, at))}<mark>${esc(exact)}</mark>${esc(sentence.slice(at + exact.length))}`;
}

function setTitle(text) {
  document.title = `${text} · crisis-facts`;
}

function problemBox(err) {
  const title = err instanceof ApiError ? err.title : "Something went wrong";
  const detail = err instanceof ApiError ? err.detail : String(err);
  return `<div class="problem" role="alert"><h1>${esc(title)}</h1><p>${esc(detail)}</p>
    <p>${link("/", "Back to the start")}</p></div>`;
}

// ---------------------------------------------------------------- views

async function home() {
  setTitle("Explorer");
  const [articles, sources, actors, statements, claims, top, corroborated, conflicts] = await Promise.all([
    api("/articles", { limit: 1 }),
    api("/sources", { limit: 1 }),
    api("/actors", { limit: 1 }),
    api("/statements", { limit: 1 }),
    api("/claims", { limit: 1 }),
    api("/actors", { limit: 8, sort: "mentions" }),
    api("/statements", { limit: 5, sort: "sources" }),
    all("/claims", { conflicting: true }, 500),
  ]);
  // the latest conflicting figures: newest first by when they were first reported
  const day = (c) => c.first_reported_at ?? c.refers_to ?? "";
  const latestConflicts = conflicts.sort((a, b) => day(b).localeCompare(day(a)) || b.id - a.id).slice(0, 5);
  if (articles.total === 0) {
    return `<h1>No articles yet</h1><div class="empty"><p>The database is empty. Ingest articles with
      <code>uv run crisis-facts ingest FILES_OR_URLS</code>, or <code>POST /api/v1/articles</code> with an API key
      (see ${link("/docs", "the API docs")}); <code>make run</code> loads the seed articles.</p></div>`;
  }
  const count = (n, label, href) => `<li>${href ? `<a href="${href}" data-link>` : ""}<b>${number.format(n)}</b>${label}${href ? "</a>" : ""}</li>`;
  return `<h1>The corpus at a glance</h1>
    <ul class="counts" aria-label="Counts">
      ${count(articles.total, "articles", "/articles")}${count(sources.total, "outlets")}
      ${count(actors.total, "actors", "/actors")}${count(statements.total, "statements")}
      ${count(claims.total, "claims", "/claims")}
    </ul>
    <div class="grid2">
      <section aria-labelledby="h-corr"><h2 id="h-corr">Most corroborated statements</h2>
        <ul class="cards">${corroborated.items.map(statementCard).join("")}</ul></section>
      <section aria-labelledby="h-top"><h2 id="h-top">Most cited actors</h2>
        <ol>${top.items.map((a) => `<li>${actorLink(a)} <span class="muted">${a.counts.mentions} mentions</span></li>`).join("")}</ol>
        <h2 id="h-conf">Latest conflicting figures</h2>
        ${latestConflicts.length ? `<ul class="cards">${latestConflicts.map((c) => `<li>${link(`/claims#claim-${c.id}`, figure(c))}
          ${esc(c.subject ?? "")} <span class="badge warn">conflicts with ${c.conflicts.length}</span></li>`).join("")}</ul>`
          : `<p class="muted">No conflicting figures.</p>`}
      </section>
    </div>`;
}

function statementCard(s) {
  return `<li><blockquote>${link(`/statements/${s.id}`, s.text.length > 240 ? s.text.slice(0, 240) + "…" : s.text)}</blockquote>
    <span>${actorLink(s.speaker)}</span> <span class="muted">${esc(s.cue ?? "")} ${esc(s.said_on ?? s.first_reported_at ?? "")}</span>
    <span class="badge">${s.source_count} ${s.source_count === 1 ? "outlet" : "sources"}</span></li>`;
}

async function search(params) {
  const q = params.get("q") || "";
  document.getElementById("search-q").value = q;
  setTitle(`Search: ${q}`);
  if (!q.trim()) return `<h1>Search</h1><p>Type words in the search box above.</p>`;
  const hits = await api("/search", { q, limit: 50 });
  const href = (hit) => ({
    statement: `/statements/${hit.id}`, claim: `/claims#claim-${hit.id}`,
    actor: `/actors/${hit.id}`, article: `/articles/${hit.id}`,
  })[hit.kind];
  return `<h1>Search: ${esc(q)}</h1><p class="muted" role="status">${hits.total} results</p>
    <ol class="cards" id="results">${hits.items.map((hit) => `<li><span class="badge">${hit.kind}</span>
      <a href="${href(hit)}" data-link>${esc(hit.title)}</a><br>${snippet(hit.snippet)}</li>`).join("")}</ol>`;
}

async function actorsList() {
  setTitle("Actors");
  const actors = await api("/actors", { limit: 200, sort: "mentions" });
  return `<h1>Actors</h1><ol class="cards">${actors.items.map((a) => `<li>${actorLink(a)} <span class="badge">${a.kind}</span>
    <span class="muted">${esc(a.role ?? "")} · ${a.counts.statements} statements · ${a.counts.mentions} mentions</span></li>`).join("")}</ol>`;
}

async function actorPage(slug) {
  const [actor, statements, claims] = await Promise.all([
    api(`/actors/${encodeURIComponent(slug)}`),
    all(`/actors/${encodeURIComponent(slug)}/statements`),
    all(`/actors/${encodeURIComponent(slug)}/claims`),
  ]);
  setTitle(actor.name);
  const day = (s) => s.said_on ?? s.first_reported_at ?? "";
  statements.sort((a, b) => day(b).localeCompare(day(a)) || b.id - a.id);
  return `<h1>${esc(actor.name)}</h1>
    <p><span class="badge">${actor.kind}</span> ${esc(actor.role ?? "")}</p>
    <dl><dt>Aliases</dt><dd>${actor.aliases.map(esc).join(", ") || "—"}</dd>
    ${actor.demonyms.length ? `<dt>Demonyms</dt><dd>${actor.demonyms.map(esc).join(", ")}</dd>` : ""}
    <dt>Counts</dt><dd>${actor.counts.mentions} mentions in ${actor.counts.articles} articles, ${actor.counts.statements} statements</dd></dl>
    <h2>Statements, newest first</h2>
    ${statements.length ? `<ul class="cards">${statements.map(statementCard).join("")}</ul>` : `<p class="muted">None.</p>`}
    <h2>Figures claimed</h2>
    ${claims.length ? `<ul class="cards">${claims.map((c) => `<li>${link(`/claims#claim-${c.id}`, figure(c))} ${esc(c.subject ?? "")}
      <span class="muted">${esc(c.refers_to ?? "")}</span></li>`).join("")}</ul>` : `<p class="muted">None.</p>`}`;
}

async function statementPage(id) {
  const s = await api(`/statements/${encodeURIComponent(id)}`);
  setTitle(`Statement ${s.id}`);
  return `<h1>Statement</h1>
    <blockquote class="statement-text">${esc(s.text)}</blockquote>
    <dl><dt>Speaker</dt><dd>${actorLink(s.speaker)}</dd>
      <dt>Kind · cue · channel</dt><dd>${esc(s.kind)} · ${esc(s.cue ?? "—")} · ${esc(s.channel ?? "—")}</dd>
      <dt>Said on</dt><dd>${esc(s.said_on ?? "unknown")} (first reported ${esc(s.first_reported_at ?? "—")})</dd>
      <dt>Provenance</dt><dd><a href="${API}/statements/${s.id}/provenance">PROV-O (JSON-LD)</a></dd></dl>
    <h2>${s.sources.length} ${s.sources.length === 1 ? "source" : "sources"}</h2>
    <ol class="cards" id="sources">${s.sources.map((src) => `<li class="source">
      <b>${esc(src.publisher ?? src.article_slug)}</b> <span class="muted">${esc(src.published_at ?? "")}</span><br>
      <blockquote>${highlightIn(src.sentence, src.exact)}</blockquote>
      ${link(`/articles/${src.article_slug}#q-${src.start}`, "Read it in the article")}
      ${src.url ? ` · <a href="${esc(src.url)}" rel="noopener">original</a>` : ""}</li>`).join("")}</ol>`;
}

async function articlesList() {
  setTitle("Articles");
  const articles = await all("/articles");
  return `<h1>Articles</h1><ol class="cards">${articles.map((a) => `<li>${link(`/articles/${a.slug}`, a.title || a.slug)}
    <span class="muted">${esc(a.publisher ?? "")} ${esc(a.published_at ?? "")} · ${a.counts.statements} statements · ${a.counts.claims} claims</span></li>`).join("")}</ol>`;
}

// The stored text cut at every span boundary; each piece carries the spans covering it.
function highlightedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) { cuts.add(span.start); cuts.add(span.end); }
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= from && to <= s.end);
    const piece = esc(text.slice(from, to));
    if (!covering.length) { html += piece; continue; }
    const order = { claim: 0, mention: 1, quote: 2 };
    covering.sort((a, b) => order[a.type] - order[b.type]);
    const top = covering[0];
    const quotes = covering.filter((s) => s.type === "quote").sort((a, b) => (a.end - a.start) - (b.end - b.start));
    const quote = quotes[0]; // the innermost quotation speaks here
    const classes = ["hl", ...new Set(covering.map((s) => s.type))].join(" ");
    const style = quote ? ` style="${tint(quote.speaker?.id)}"` : "";
    const opening = quotes.find((s) => s.start === from);
    const anchor = opening ? ` id="q-${from}"` : "";
    const speaker = quote ? ` data-speaker="${esc((opening ?? quote).speaker?.name ?? "")}"` : "";
    html += `<span class="${classes}"${style}${anchor}${speaker} data-key="${top.key}" tabindex="0" role="button"
      aria-label="${esc(top.label)}">${piece}</span>`;
  }
  return html;
}

async function articlePage(slug) {
  const [article, notes] = await Promise.all([
    api(`/articles/${encodeURIComponent(slug)}`),
    api(`/articles/${encodeURIComponent(slug)}/annotations`),
  ]);
  setTitle(article.title || article.slug);
  const spans = [
    ...notes.quotations.map((q, i) => ({ ...q, type: "quote", key: `quote-${i}`, label: `Quotation by ${q.speaker?.name ?? "unattributed"}` })),
    ...notes.claims.map((c, i) => ({ ...c, type: "claim", key: `claim-${i}`, label: `Figure: ${figure(c)} ${c.subject ?? ""}` })),
    ...notes.mentions.map((m, i) => ({ ...m, type: "mention", key: `mention-${i}`, label: `Actor mention: ${m.exact}` })),
  ];
  window.__spans = Object.fromEntries(spans.map((s) => [s.key, s]));
  return `<h1>${esc(article.title || article.slug)}</h1>
    <p class="muted">${esc(article.publisher ?? "")} ${esc(article.published_at ?? "")}
      ${article.url ? ` · <a href="${esc(article.url)}" rel="noopener">original</a>` : ""}
      · <a href="${API}/articles/${esc(article.slug)}/annotations?format=w3c">W3C annotations</a></p>
    <div class="grid2">
      <article class="article-text" aria-label="Article text">${highlightedText(article.text, spans)}</article>
      <aside class="side" aria-label="Facts in this article">
        <div class="detail" id="detail" aria-live="polite"><p class="muted">Select a highlight to see its fact.</p></div>
        <h2>Quotations (${notes.quotations.length})</h2>
        <ol id="quote-list">${notes.quotations.map((q, i) => `<li><a href="#q-${q.start}" data-key="quote-${i}" class="jump">${esc(q.exact.slice(0, 90))}${q.exact.length > 90 ? "…" : ""}</a>
          — ${actorLink(q.speaker)}</li>`).join("")}</ol>
        <h2>Figures (${notes.claims.length})</h2>
        <ol>${notes.claims.map((c, i) => `<li><a href="#" data-key="claim-${i}" class="jump">${esc(figure(c))}</a> ${esc(c.subject ?? "")}</li>`).join("")}</ol>
      </aside>
    </div>`;
}

function showFact(key) {
  const span = window.__spans?.[key];
  const box = document.getElementById("detail");
  if (!span || !box) return;
  document.querySelectorAll(".hl.active").forEach((el) => el.classList.remove("active"));
  document.querySelectorAll(`[data-key="${key}"].hl`).forEach((el) => el.classList.add("active"));
  if (span.type === "quote") {
    box.innerHTML = `<p><b>${esc(span.kind)} quotation</b> — ${actorLink(span.speaker)}
      ${span.cue_span ? ` (“${esc(span.cue_span.exact)}”)` : ""}</p><blockquote>${esc(span.exact)}</blockquote>
      ${span.statement_id ? link(`/statements/${span.statement_id}`, "Open the statement and its sources") : ""}`;
  } else if (span.type === "claim") {
    box.innerHTML = `<p><b>${esc(figure(span))}</b> ${esc(span.subject ?? "")}</p>
      <p>Claimed by ${actorLink(span.claimant)}</p>${span.claim_id ? link(`/claims#claim-${span.claim_id}`, "Open in the claims table") : ""}`;
  } else {
    box.innerHTML = `<p>Mention of <b>${esc(span.exact)}</b></p>${span.actor_id ? link(`/actors/${span.actor_id}`, "Open the actor") : ""}`;
  }
}

async function claimsPage(params) {
  const filters = {};
  for (const key of ["subject", "unit", "claimant", "since", "until"]) if (params.get(key)) filters[key] = params.get(key);
  const claims = await all("/claims", filters);
  const sortKey = params.get("sort") || "id";
  const dir = params.get("dir") === "desc" ? -1 : 1;
  const value = (c) => ({
    id: c.id, figure: c.value ?? c.value_min ?? 0, subject: c.subject ?? "", claimant: c.claimant?.name ?? "",
    refers_to: c.refers_to ?? "", sources: c.source_count,
  })[sortKey];
  claims.sort((a, b) => (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : a.id - b.id) * dir);
  setTitle("Claims");
  const header = (key, label) => {
    const active = sortKey === key;
    const next = active && dir === 1 ? "desc" : "asc";
    const sort = active ? (dir === 1 ? "ascending" : "descending") : "none";
    return `<th scope="col" aria-sort="${sort}"><button type="button" data-sort="${key}" data-dir="${next}">${label}</button></th>`;
  };
  const field = (name, label, type = "text") => `<label>${label}<input name="${name}" type="${type}" value="${esc(params.get(name) ?? "")}"></label>`;
  return `<h1>Numeric claims</h1>
    <form class="filters" id="claim-filters" aria-label="Filter claims">
      ${field("subject", "Subject")}${field("unit", "Unit")}${field("claimant", "Claimant (slug)")}
      ${field("since", "Refers to, from", "date")}${field("until", "to", "date")}
      <button type="submit">Filter</button> ${link("/claims", "Clear")}
    </form>
    <p class="muted" role="status">${claims.length} claims, ${claims.filter((c) => c.conflicts.length).length} in conflict.
      Download: <a href="${API}/claims.csv${location.search}">CSV</a> · <a href="${API}/claims.jsonl${location.search}">JSON Lines</a></p>
    <div class="table-wrap"><table id="claims-table">
      <caption class="visually-hidden">Numeric claims, sortable by column</caption>
      <thead><tr>${header("figure", "Figure")}${header("subject", "Subject")}${header("claimant", "Claimant")}${header("refers_to", "Refers to")}${header("sources", "Sources")}<th scope="col">Conflicts</th></tr></thead>
      <tbody>${claims.map((c) => `<tr id="claim-${c.id}" class="${c.conflicts.length ? "conflict" : ""}">
        <td>${esc(figure(c))}</td><td>${esc(c.subject ?? "—")}</td><td>${actorLink(c.claimant)}</td>
        <td>${esc(c.refers_to ?? "—")}</td><td>${c.sources.map((s) => link(`/articles/${s.article_slug}`, s.publisher ?? s.article_slug)).join(", ")}</td>
        <td>${c.conflicts.length ? `<span class="badge warn">⚠ conflict</span> ${c.conflicts.map((id) => `<a href="#claim-${id}">#${id}</a>`).join(" ")}` : ""}</td>
      </tr>`).join("")}</tbody></table></div>`;
}

async function timelinePage(params) {
  const actor = params.get("actor") || "";
  const day = params.get("day") || "";
  const [entries, actors] = await Promise.all([all("/timeline", { actor }), api("/actors", { limit: 50, sort: "mentions" })]);
  setTitle("Timeline");
  const days = new Map();
  for (const e of entries) {
    const d = days.get(e.date) ?? { statements: 0, claims: 0 };
    d[e.kind === "statement" ? "statements" : "claims"] += 1;
    days.set(e.date, d);
  }
  const dates = [...days.keys()].sort();
  const max = Math.max(1, ...[...days.values()].map((d) => d.statements + d.claims));
  const width = Math.max(320, dates.length * 36 + 40);
  const height = 200;
  const scale = (n) => (n / max) * (height - 50);
  const bars = dates.map((date, i) => {
    const d = days.get(date);
    const x = 30 + i * 36;
    const hs = scale(d.statements);
    const hc = scale(d.claims);
    const href = `/timeline?${new URLSearchParams({ ...(actor ? { actor } : {}), day: date })}`;
    return `<a class="bar${date === day ? " selected" : ""}" href="${href}" data-link data-date="${date}"
        aria-label="${date}: ${d.statements} statements, ${d.claims} claims">
      <title>${date}: ${d.statements} statements, ${d.claims} claims</title>
      <rect class="bar-s" x="${x}" y="${height - 30 - hs}" width="24" height="${hs}"></rect>
      <rect class="bar-c" x="${x}" y="${height - 30 - hs - hc}" width="24" height="${hc}"></rect>
      <text x="${x + 12}" y="${height - 16}" text-anchor="middle">${date.slice(5)}</text>
      ${i === 0 || dates[i - 1].slice(0, 4) !== date.slice(0, 4) ? `<text x="${x + 12}" y="${height - 3}" text-anchor="middle">${date.slice(0, 4)}</text>` : ""}</a>`;
  }).join("");
  const listed = day ? entries.filter((e) => e.date === day) : [];
  return `<h1>Timeline</h1>
    <form class="filters" id="timeline-filter" aria-label="Filter the timeline">
      <label>Actor<select name="actor"><option value="">Everyone</option>
        ${actors.items.map((a) => `<option value="${esc(a.slug)}"${a.slug === actor ? " selected" : ""}>${esc(a.name)}</option>`).join("")}
      </select></label><button type="submit">Show</button></form>
    ${dates.length ? `<div class="legend"><span class="s">statements</span><span class="c">claims</span></div>
    <div class="table-wrap"><svg class="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
      <title id="chart-title">Statements and claims per day${actor ? ` (${esc(actor)})` : ""}</title>
      <line x1="25" y1="${height - 30}" x2="${width}" y2="${height - 30}" stroke="#767676"></line>${bars}</svg></div>
      <p class="muted">${dates.length} days from ${dates[0]} to ${dates[dates.length - 1]}. Select a bar to list its facts.</p>`
      : `<p class="empty">No dated statements or claims${actor ? " for this actor" : ""}.</p>`}
    ${day ? `<h2 id="day-facts">${esc(day)}</h2><ul class="cards">${listed.map((e) => e.statement ? statementCard(e.statement)
      : `<li>${link(`/claims#claim-${e.claim.id}`, figure(e.claim))} ${esc(e.claim.subject ?? "")} — ${actorLink(e.claim.claimant)}</li>`).join("")}</ul>` : ""}`;
}

// ---------------------------------------------------------------- router

const ROUTES = [
  [/^\/$/, () => home()],
  [/^\/search$/, (m, params) => search(params)],
  [/^\/actors$/, () => actorsList()],
  [/^\/actors\/([^/]+)$/, (m) => actorPage(decodeURIComponent(m[1]))],
  [/^\/statements\/(\d+)$/, (m) => statementPage(m[1])],
  [/^\/articles$/, () => articlesList()],
  [/^\/articles\/([^/]+)$/, (m) => articlePage(decodeURIComponent(m[1]))],
  [/^\/claims$/, (m, params) => claimsPage(params)],
  [/^\/timeline$/, (m, params) => timelinePage(params)],
];

let rendering = 0;

async function render() {
  const ticket = ++rendering;
  const params = new URLSearchParams(location.search);
  const route = ROUTES.find(([pattern]) => pattern.test(location.pathname));
  main.setAttribute("aria-busy", "true");
  let html;
  try {
    html = route ? await route[1](location.pathname.match(route[0]), params)
      : problemBox(new ApiError(404, "Not found", `There is no page at ${location.pathname}.`));
  } catch (err) {
    html = problemBox(err);
  }
  if (ticket !== rendering) return; // a newer navigation won
  main.innerHTML = html;
  main.setAttribute("aria-busy", "false");
  document.body.dataset.ready = location.pathname + location.search;
  if (location.hash) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) {
      target.scrollIntoView({ block: "center" });
      if (target.dataset.key) showFact(target.dataset.key);
      target.focus?.({ preventScroll: true });
    }
  }
}

function go(href) {
  const url = new URL(href, location.origin);
  if (url.pathname === location.pathname && url.search === location.search && url.hash) {
    history.pushState({}, "", url);
    render();
    return;
  }
  history.pushState({}, "", url);
  render().then(() => { if (!url.hash) { window.scrollTo(0, 0); main.focus({ preventScroll: true }); } });
}

document.addEventListener("click", (event) => {
  const jump = event.target.closest("a.jump");
  if (jump) {
    event.preventDefault();
    const el = document.querySelector(`.hl[data-key="${jump.dataset.key}"]`);
    if (el) { el.scrollIntoView({ block: "center" }); el.focus({ preventScroll: true }); }
    showFact(jump.dataset.key);
    return;
  }
  const hl = event.target.closest(".hl");
  if (hl) { showFact(hl.dataset.key); return; }
  const sort = event.target.closest("button[data-sort]");
  if (sort) {
    const params = new URLSearchParams(location.search);
    params.set("sort", sort.dataset.sort);
    params.set("dir", sort.dataset.dir);
    go(`/claims?${params}`);
    return;
  }
  const a = event.target.closest("a[data-link]");
  if (a && a.origin === location.origin && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
    event.preventDefault();
    go(a.href);
  }
});

document.addEventListener("keydown", (event) => {
  const hl = event.target.closest?.(".hl");
  if (hl && (event.key === "Enter" || event.key === " ")) {
    event.preventDefault();
    showFact(hl.dataset.key);
  }
});

document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!["search-form", "claim-filters", "timeline-filter"].includes(form.id)) return;
  event.preventDefault();
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (String(value).trim()) params.set(key, String(value).trim());
  const base = { "search-form": "/search", "claim-filters": "/claims", "timeline-filter": "/timeline" }[form.id];
  go(`${base}?${params}`);
});

window.addEventListener("popstate", render);
render();
