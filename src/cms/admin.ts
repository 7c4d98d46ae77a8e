/**
 * The CMS page's own script, loaded after Decap's bundle: the site's date
 * field, registered before Decap (which starts itself once the page has
 * loaded) reads the config. Never on a public page.
 */
import { DateTime } from "luxon";
import { parse } from "yaml";
import type { CmsCollection } from "./config.ts";
// The generated config Decap reads too (bundled as text: the schemas themselves stay out of the page).
import configText from "./config.yml";
import { dataFileText, DATA_FORMAT } from "./field-order.ts";
import type { CmsField } from "./fields.ts";
import { pageZone, registerPreviews } from "./previews.ts";
import { registerSaveCheck } from "./save-check.ts";
import { fromParts, toParts, type DateParts } from "./site-date.ts";

interface ControlProps {
  value?: string;
  onChange(value: string): void;
  forID: string;
  classNameWrapper: string;
  field: { get(key: string): unknown };
}
type CreateElement = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
declare const window: Window & {
  CMS: {
    registerWidget(name: string, control: unknown, preview?: unknown): void;
    registerCustomFormat(
      name: string,
      extension: string,
      formatter: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>): string },
    ): void;
  };
  h: CreateElement;
  createClass(spec: Record<string, unknown>): unknown;
};

const zone = pageZone();
const h: CreateElement = (...args) => window.h(...args);

/** How a stored value reads, in words an author checks before saving. */
function reading(value: string, parts: DateParts | null): string {
  if (!value) return "";
  if (!parts) return `"${value}" is not a date the site accepts: pick the day again.`;
  const day = DateTime.fromISO(parts.day, { zone }).setLocale("en-GB").toFormat("cccc d LLLL yyyy");
  return `${day}, ${parts.time === null ? "the whole day" : parts.time} (${zone} time). Saved as ${value}.`;
}

const SiteDateControl = window.createClass({
  render(this: { props: ControlProps }) {
    const { value = "", onChange, forID, classNameWrapper, field } = this.props;
    const parts = value ? toParts(value, zone) : null;
    const shown: DateParts = parts ?? { day: "", time: null };
    const timeAllowed = field.get("time") !== false;
    const change = (next: Partial<DateParts>) => onChange(fromParts({ ...shown, ...next }, zone));
    return h(
      "div",
      { className: classNameWrapper },
      h("input", {
        id: forID,
        type: "date",
        value: shown.day,
        onChange: (e: Event) => change({ day: (e.target as HTMLInputElement).value }),
      }),
      timeAllowed &&
        h(
          "label",
          { style: { marginInlineStart: "1em" } },
          h("input", {
            type: "checkbox",
            checked: shown.time !== null,
            disabled: !shown.day,
            onChange: (e: Event) => change({ time: (e.target as HTMLInputElement).checked ? "00:00" : null }),
          }),
          ` at a set time (${zone})`,
        ),
      timeAllowed &&
        shown.time !== null &&
        h("input", {
          type: "time",
          "aria-label": `Time (${zone})`,
          value: shown.time,
          style: { marginInlineStart: "1em" },
          onChange: (e: Event) => change({ time: (e.target as HTMLInputElement).value || "00:00" }),
        }),
      h("p", { "data-reading": "", style: { margin: "0.5em 0 0", fontSize: "0.9em" } }, reading(value, parts)),
    );
  },
});

/** The preview pane's line for the field. */
const SiteDatePreview = ({ value = "", field }: { value?: string; field: ControlProps["field"] }) =>
  h("p", null, h("strong", null, `${String(field.get("label"))}: `), reading(value, value ? toParts(value, zone) : null));

window.CMS.registerWidget("site-date", SiteDateControl, SiteDatePreview);

/** The form of the data file whose top-level keys these are. */
const { collections } = parse(configText) as { collections: CmsCollection[] };
const DATA_FORMS: CmsField[][] = collections.flatMap((c) => c.files?.map((f) => f.fields) ?? []);
const formOf = (data: Record<string, unknown>) =>
  DATA_FORMS.find((fields) => Object.keys(data).every((key) => fields.some((f) => f.name === key))) ?? [];

window.CMS.registerCustomFormat(DATA_FORMAT, "yaml", {
  fromFile: (text) => parse(text),
  toFile: (data) => dataFileText(data, formOf(data)),
});

registerPreviews(h);
registerSaveCheck(window.CMS as unknown as Parameters<typeof registerSaveCheck>[0], zone);
