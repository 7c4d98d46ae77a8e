/**
 * The search page: Pagefind's index searched as the visitor types, with the
 * site's own markup. Nothing of Pagefind loads until the first search; the
 * query lives in the address (?q=…&type=…), so a search can be shared and
 * the back button works. Budget: see src/budgets.ts.
 */
import { debounce, excerptHtml, type Result } from "./lib/search-view.ts";
import { words } from "./lib/words.ts";

/** Kept out of the bundle: Pagefind serves its own script with the index. */
const PAGEFIND = "/pagefind/pagefind.js";
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<Result> }[] } | null>;
}
let loading: Promise<Pagefind> | undefined;
const pagefind = () =>
  (loading ??= import(PAGEFIND).then(async (p: Pagefind) => (await p.options({ excerptLength: 24 }), await offerFilters(p), p)));

const form = document.querySelector<HTMLFormElement>("[data-search-form]")!;
const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
const status = document.querySelector<HTMLElement>("[data-search-status]")!;
const list = document.querySelector<HTMLOListElement>("[data-search-results]")!;
const empty = document.querySelector<HTMLElement>("[data-search-empty]")!;
let latest = 0;
const start = new URLSearchParams(location.search);

/** The filters the form sets: type (radio buttons), tag and category (lists filled from the index). */
const FILTERS = ["type", "tag", "category"] as const;
const selected = () =>
  Object.fromEntries(FILTERS.map((name) => [name, new FormData(form).get(name)?.toString() ?? ""]).filter(([, value]) => value));

/** Fills the topic and category lists with what the index holds, once Pagefind is loaded. */
async function offerFilters(p: Pagefind): Promise<void> {
  const available = await p.filters();
  for (const name of ["tag", "category"] as const) {
    const list = form.querySelector<HTMLSelectElement>(`select[name=${name}]`)!;
    for (const value of Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b, "id")))
      list.add(new Option(value, value, false, value === start.get(name)));
  }
  form.querySelector<HTMLElement>("[data-search-filters]")!.hidden = false;
}

async function run(): Promise<void> {
  const query = input.value.trim();
  const ticket = ++latest;
  // Loaded with the first query; the topic and category lists are filled then.
  const engine = query ? await pagefind() : null;
  const filters = selected();
  const params = new URLSearchParams(query ? { q: query, ...filters } : filters);
  history.replaceState(null, "", params.size ? `?${params}` : location.pathname);
  if (!engine) {
    list.replaceChildren();
    empty.hidden = true;
    status.textContent = "";
    return;
  }
  const search = await engine.search(query, { filters });
  const results = search ? await Promise.all(search.results.slice(0, 20).map((r) => r.data())) : [];
  if (ticket !== latest) return; // a newer search has started
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement("li");
      item.innerHTML = `<p class="search-type">${result.meta.type ?? ""}</p><h2><a></a></h2><p>${excerptHtml(result.excerpt)}</p>`;
      const link = item.querySelector("a")!;
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      return item;
    }),
  );
  empty.hidden = results.length > 0;
  const count = search?.results.length ?? 0;
  status.textContent = words(status, count ? "some" : "none", { count, query });
}

const later = debounce(run, 250);
input.addEventListener("input", later);
form.addEventListener("change", (event) => (event.target as HTMLElement).matches("input[type=radio], select") && run());
form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
});
input.value = start.get("q") ?? "";
const type = form.querySelector<HTMLInputElement>(`input[name=type][value="${CSS.escape(start.get("type") ?? "")}"]`);
if (type) type.checked = true;
if (input.value) run();
