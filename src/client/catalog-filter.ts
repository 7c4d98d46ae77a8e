/**
 * /kelas/: the filters combine at once (any value within a group, every
 * group), and the URL (/kelas/?level=pemula&skill=python) says which, so a
 * filtered view can be shared. Without JavaScript each filter link opens its
 * pre-rendered page.
 */
import { emptySelection, GROUPS, matches, parseSelection, toggle, toQuery, type Group, type Selection } from "../lib/catalog-filter.ts";

const list = document.querySelector<HTMLElement>(".course-list[data-selection]")!;
const cards = [...list.querySelectorAll<HTMLElement>(".course")];
const links = [...document.querySelectorAll<HTMLAnchorElement>("a[data-filter]")];
const built = list.dataset.selection;
let selection: Selection = built ? parseSelection(built) : parseSelection(location.search);

function apply(): void {
  let shown = 0;
  for (const card of cards) {
    const facets = Object.fromEntries(GROUPS.map((g) => [g, card.dataset[g]!.split(" ")])) as Record<Group, string[]>;
    card.hidden = !matches(facets, selection);
    if (!card.hidden) shown++;
  }
  for (const link of links) {
    link.removeAttribute("aria-current");
    link.setAttribute("aria-pressed", String(selection[link.dataset.filter as Group].includes(link.dataset.value!)));
  }
  document.querySelector("[data-result-count]")!.textContent = `${shown} program`;
  document.querySelector<HTMLElement>("[data-empty]")!.hidden = shown > 0;
}

function update(next: Selection): void {
  selection = next;
  history.replaceState(null, "", `/kelas/${toQuery(selection)}`);
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
