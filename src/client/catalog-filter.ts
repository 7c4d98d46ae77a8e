/**
 * /kelas/: the filters combine at once (any value within a group, every
 * group), the counts follow (what each value would show next to the other
 * groups' selections), and the URL (/kelas/?level=pemula&skill=python) says
 * which, so a filtered view can be shared. Without JavaScript each filter
 * link opens its pre-rendered page.
 */
import {
  emptySelection,
  facetCounts,
  GROUPS,
  matches,
  parseSelection,
  toggle,
  toQuery,
  type Facets,
  type Group,
  type Selection,
} from "../lib/catalog-filter.ts";
import { URLS } from "../lib/urls.ts";
import { words } from "./lib/words.ts";

const list = document.querySelector<HTMLElement>(".course-list[data-selection]")!;
const cards = [...list.querySelectorAll<HTMLElement>(".course")];
const facets = cards.map((card) => Object.fromEntries(GROUPS.map((g) => [g, card.dataset[g]!.split(" ")])) as Facets);
const links = [...document.querySelectorAll<HTMLAnchorElement>("a[data-filter]")];
const built = list.dataset.selection;
let selection: Selection = built ? parseSelection(built) : parseSelection(location.search);

function apply(): void {
  let shown = 0;
  cards.forEach((card, i) => {
    card.hidden = !matches(facets[i]!, selection);
    if (!card.hidden) shown++;
  });
  const counts = facetCounts(facets, selection);
  for (const link of links) {
    const group = link.dataset.filter as Group;
    link.removeAttribute("aria-current");
    link.setAttribute("aria-pressed", String(selection[group].includes(link.dataset.value!)));
    link.querySelector("[data-count]")!.textContent = `(${counts[group][link.dataset.value!] ?? 0})`;
  }
  const count = document.querySelector<HTMLElement>("[data-result-count]")!;
  count.textContent = words(count, "template", { count: shown });
  document.querySelector<HTMLElement>("[data-empty]")!.hidden = shown > 0;
}

function update(next: Selection): void {
  selection = next;
  history.replaceState(null, "", `${URLS.catalog}${toQuery(selection)}`);
  apply();
}

for (const link of links) {
  link.setAttribute("role", "button");
  link.onclick = (event) => {
    event.preventDefault();
    update(toggle(selection, link.dataset.filter as Group, link.dataset.value!));
  };
}
document.querySelector<HTMLAnchorElement>("[data-clear-filters]")!.onclick = (event) => {
  event.preventDefault();
  update(emptySelection());
};
apply();
