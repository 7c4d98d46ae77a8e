/**
 * The promo countdown: binds src/lib/countdown.ts to the markup rendered by
 * _includes/partials/promo-*.njk. One timer drives every countdown on the
 * page; each tick recomputes from the clock, so it never drifts. Budget:
 * 1 KB gzipped with the copy button, so every byte here is deliberate.
 */
import { pad, timeLeft, untilNextSecond } from "../lib/countdown.ts";
import { stateAt } from "../lib/promo-state.ts";
import { copyText } from "./lib/clipboard.ts";
import { serverNow, syncAfterLoad } from "./lib/server-clock.ts";

const roots = document.querySelectorAll<HTMLElement>("[data-promo]");
let timer = 0;

/** Updates every countdown; returns the ms until the next change, or 0 once all ended. */
function render(): number {
  const now = serverNow();
  let next = 0;
  let changed = "";
  for (const root of roots) {
    const period = { startsAt: +root.dataset.startsAt!, endsAt: +root.dataset.endsAt! };
    const state = stateAt(period, now);
    if (state !== root.dataset.state) {
      changed = root.dataset.state = state;
      // data-when lists the states an element shows in: "active", "upcoming active". What a fresh build shows in
      // this state and not before (the home page at the end) waits in a template: put in place first, it follows the state too.
      const when = `[data-when~=${state}]`;
      for (const el of root.querySelectorAll<HTMLTemplateElement>(`template${when}`)) el.replaceWith(el.content);
      for (const el of root.querySelectorAll<HTMLElement>("[data-when]")) el.hidden = !el.matches(when);
    }
    // Once ended, CSS hides the timer and the promo bar ([data-state=ended]).
    if (state === "ended") continue;
    const target = state === "upcoming" ? period.startsAt : period.endsAt;
    const left = timeLeft(target, now);
    root.querySelectorAll("[data-unit]").forEach((digits, i) => {
      const text = pad(left[i]!);
      if (digits.textContent !== text) digits.textContent = text;
    });
    next = untilNextSecond(target, now);
  }
  if (changed) {
    // Said once for the page, however many parts changed; the cart's buttons in new parts are shown (cart-badge.js).
    const status = document.querySelector<HTMLElement>("[data-promo-status]")!;
    status.textContent = status.dataset[changed]!;
    dispatchEvent(new Event("cartchange"));
  }
  return next;
}

function tick(): void {
  clearTimeout(timer);
  const next = render();
  if (next) timer = window.setTimeout(tick, next);
}

// WCAG 2.2.2: a visitor can stop the ticking seconds.
for (const button of document.querySelectorAll<HTMLElement>("[data-toggle-seconds]")) {
  button.classList.remove("needs-js");
  button.onclick = () => button.setAttribute("aria-pressed", String(document.documentElement.classList.toggle("hide-seconds")));
}
for (const button of document.querySelectorAll<HTMLElement>("[data-copy-code]")) {
  button.classList.remove("needs-js");
  button.onclick = async () => {
    const root = button.closest("[data-promo]")!;
    const status = root.querySelector<HTMLElement>("[data-copy-status]")!;
    // The status's own words (data-ok, data-fail); copyAndSay would cost this bundle its budget.
    status.textContent = status.dataset[(await copyText(root.querySelector("[data-code]")!)) ? "ok" : "fail"]!;
  };
}
tick();
document.addEventListener("visibilitychange", () => document.hidden || tick());
addEventListener("pageshow", tick);
syncAfterLoad(tick);
