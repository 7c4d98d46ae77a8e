/**
 * What pages show of the current promo and of each program's price, as
 * ready fields: templates print them and decide nothing. Pure; built once
 * per build by the data loader.
 */
import { discounts, promoPrice } from "./discount.ts";
import type { Course } from "./courses.ts";
import { rupiah } from "./money.ts";
import type { Offer, WithContext } from "schema-dts";
import { promoOffers } from "./structured-data.ts";
import type { PromoState } from "./promo-state.ts";
import type { PromoAtInstant } from "./promos.ts";

/**
 * For each state, whether what is shown in that state is hidden now. The
 * countdown bundle reveals the parts of the next state on the second.
 */
export type HiddenByState = Record<PromoState, boolean>;

/** What pages show of the promo at the instant rendered: the view model templates print. */
export interface PromoView {
  id: string;
  state: PromoState;
  startsAt: number;
  endsAt: number;
  /** Upcoming or active: the countdown, the promo bar, the code and promo prices show. */
  live: boolean;
  hidden: HiddenByState;
  title: string;
  headline: string;
  /** "Diskon 199k" */
  discountLabel: string;
  /** "*Khusus program Complete Series | Periode: 17–23 Desember 2025" */
  finePrint: string;
  /** The promo bar's line after the discount: "program Complete Series" (left out on phones) */
  barDetail: string;
  /** The promo bar's start on phones: "Mulai 17 Desember" */
  barStart: string;
  code: string;
  startText: string;
  endText: string;
  cta: { label: string; url: string };
  /** "Program Complete Series" */
  programsTitle: string;
  /** Said once above the programs it covers: "Harga promo berlaku dengan kode DEPLOYNOW." */
  codeNote: string;
  /** The quiet line a page shows once it has ended, else null: an ended promo is not advertised. */
  endedNote: string | null;
  /**
   * While it is live, the home page at its end, from the view model a build
   * at that instant prints: its quiet line (or null when another promo is
   * then shown) and the featured programs at their prices then.
   */
  atEnd: { endedNote: string | null; featured: PricedCourse[] } | null;
  /** The programs it discounts, with their prices, while it is live. */
  programs: PricedCourse[];
  /** What a shared link to the home page says while the promo is live (its card: src/lib/share-meta.ts); null once ended. */
  share: { title: string; description: string; when: string } | null;
  /** schema.org Offers while live (one per program it discounts), else none. */
  offers: WithContext<Offer>[];
}

export interface PriceDisplay {
  /** "Rp1.499.000" */
  normal: string;
  /** The promo price while a live promo discounts the program, else null. */
  promo: { price: string; startText: string; hidden: HiddenByState; offer: PromoOffer } | null;
}

/** The promo price as schema.org reads it: an amount and when it holds. */
export interface PromoOffer {
  name: string;
  amount: number;
  validFrom: string;
  validThrough: string;
}

export interface PricedCourse extends Course {
  pricing: PriceDisplay;
  /** "Pemula · Back End · 12 minggu" */
  meta: string;
  /** Level and duration, shown as labels on cards. */
  labels: string[];
  /** The sprite symbol for its category (_includes/partials/category-icons.njk): "cat-back-end", or "cat-other". */
  icon: string;
  /** Whether the live promo discounts its series (the card stresses the series then). */
  discounted: boolean;
  /** "Tanya via WhatsApp": a chat about this program, or null without the site's number. */
  askHref: string | null;
}

export interface SiteRef {
  name: string;
  url: string;
}

const hiddenAt = (state: PromoState): HiddenByState => ({
  upcoming: state !== "upcoming",
  active: state !== "active",
  ended: state !== "ended",
});
/** Upcoming or active: the one rule for whether a promo is advertised. */
export const isLive = (promo: PromoAtInstant | null): promo is PromoAtInstant => promo !== null && promo.state !== "ended";

export function priceDisplay(program: Course, promo: PromoAtInstant | null): PriceDisplay {
  const discounted = isLive(promo) && discounts(promo, program);
  return {
    normal: rupiah(program.price),
    promo: discounted
      ? {
          price: rupiah(promoPrice(program.price, promo.discount)),
          startText: promo.startText,
          hidden: hiddenAt(promo.state),
          offer: {
            name: promo.title,
            amount: promoPrice(program.price, promo.discount),
            validFrom: promo.startIso,
            validThrough: promo.endIso,
          },
        }
      : null,
  };
}

/** Categories with a drawn icon; a category an author adds gets the generic one until it has its own. */
export const CATEGORY_ICONS = ["back-end", "front-end", "devops", "data", "mobile"];

export function pricedCourses(
  programs: readonly Course[],
  promo: PromoAtInstant | null,
  ask: (program: Course) => string | null = () => null,
): PricedCourse[] {
  return programs.map((program) => {
    const pricing = priceDisplay(program, promo);
    const category = program.facets.kategori[0]!;
    return {
      ...program,
      pricing,
      meta: `${program.level} · ${program.category} · ${program.duration}`,
      labels: [program.level, program.duration],
      icon: CATEGORY_ICONS.includes(category) ? `cat-${category}` : "cat-other",
      discounted: pricing.promo !== null,
      askHref: ask(program),
    };
  });
}

const endedNote = (promo: PromoAtInstant | null) => (promo?.state === "ended" ? `Promo “${promo.title}” telah berakhir.` : null);

/** How many programs the home page shows when no promo is live: the catalog's first, in the authors' order. */
export const FEATURED = 4;

export function promoView(
  promo: PromoAtInstant | null,
  programs: readonly PricedCourse[],
  site: SiteRef,
  atEnd?: { promo: PromoAtInstant | null; programs: PricedCourse[] },
): PromoView | null {
  if (!promo) return null;
  const live = isLive(promo);
  const discountLabel = `Diskon ${promo.discountShort}`;
  const covered = live ? programs.filter((p) => discounts(promo, p)) : [];
  return {
    id: promo.id,
    state: promo.state,
    startsAt: promo.startsAt,
    endsAt: promo.endsAt,
    live,
    hidden: hiddenAt(promo.state),
    title: promo.title,
    headline: promo.headline,
    discountLabel,
    finePrint: `*Khusus ${promo.appliesTo} | Periode: ${promo.periodText}`,
    barDetail: promo.appliesTo,
    barStart: promo.startShort,
    code: promo.code,
    startText: promo.startText,
    endText: promo.endText,
    cta: promo.cta,
    programsTitle: `Program ${promo.series}`,
    codeNote: `Harga promo berlaku dengan kode ${promo.code}.`,
    endedNote: endedNote(promo),
    atEnd: live && atEnd ? { endedNote: endedNote(atEnd.promo), featured: atEnd.programs.slice(0, FEATURED) } : null,
    programs: covered,
    share: live
      ? {
          title: `${promo.title}: ${promo.headline} ${discountLabel}`,
          description:
            promo.state === "active"
              ? `Khusus ${promo.appliesTo} | Periode: ${promo.periodText}`
              : `${promo.startText} | Khusus ${promo.appliesTo} | Periode: ${promo.periodText}`,
          when: promo.state === "active" ? `Periode: ${promo.periodText}` : promo.startText,
        }
      : null,
    offers: promoOffers(covered, site),
  };
}
