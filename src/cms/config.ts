/**
 * The Decap CMS configuration served at /admin/config.yml: where the site's
 * content lives and a form for each kind, with fields generated from the
 * build's schemas (fields.ts). `npm run schemas` writes it to
 * src/cms/config.yml; a test fails when that file is out of date.
 */
import { stringify } from "yaml";
import { coursesFileSchema } from "../lib/course-schema.ts";
import { postSchema } from "../lib/post-schema.ts";
import { FORMATS_EXPECTED, WIDTH_EXPECTED } from "../lib/pictures.ts";
import { promosFileSchema } from "../lib/promo-schema.ts";
import { siteSchema } from "../lib/site-schema.ts";
import { authorDate, CALENDAR_DATE, DAY_EXPECTED } from "../lib/schema-parts.ts";
import { DATA_FORMAT } from "./field-order.ts";
import { fieldOf, fieldsOf, type CmsField } from "./fields.ts";
import { SIGN_IN_PATH } from "../auth/github-oauth.ts";
import { CMS_SETTINGS } from "./settings.ts";
import { postUrl, URLS } from "../lib/urls.ts";

/** A choice among the values listed in _data/courses.yaml itself (as saved), so a typo never makes a new filter. */
const listedIn = (list: "levels" | "categories" | "skills", multiple = false) => ({
  widget: "relation",
  collection: "catalog",
  file: "courses",
  value_field: `${list}.*`,
  search_fields: [`${list}.*`],
  display_fields: [`${list}.*`],
  options_length: 100,
  ...(multiple ? { multiple: true, min: 1 } : {}),
});

const promoFields = fieldsOf(promosFileSchema, {
  promos: {
    label: "Promos",
    label_singular: "Promo",
    summary: "{{fields.title}}: {{fields.start}} – {{fields.end}} ({{fields.code}})",
    // Few at a time: shown open.
    collapsed: false,
    fields: { discount: { label: "Discount (Rp)" }, cta: { label: "Button" } },
  },
});

const catalogFields = fieldsOf(coursesFileSchema, {
  levels: { label_singular: "level" },
  categories: { label_singular: "category" },
  skills: { label_singular: "skill" },
  checkoutUrl: { label: "Checkout address" },
  courses: {
    label: "Programs",
    label_singular: "Program",
    summary: "{{fields.title}}: Rp{{fields.price}}",
    collapsed: true,
    fields: {
      level: listedIn("levels"),
      category: listedIn("categories"),
      skills: listedIn("skills", true),
      price: { label: "Price (Rp)" },
      description: { widget: "text" },
    },
  },
});

const siteFields = fieldsOf(siteSchema, {
  url: { label: "Address" },
  language: { widget: "hidden" },
  locale: { widget: "hidden" },
  timeZone: { label: "Time zone" },
  nav: { label: "Header links", label_singular: "link", collapsed: true },
  contact: { fields: { email: { label: "E-mail" }, whatsapp: { label: "WhatsApp number" } } },
});

const dateHint = 'The day, in the site\'s time zone (WIB). Tick "at a set time" for an exact moment.';

/** Front matter the content plugin checks beside the schema: the dates and the body. */
const postFields: CmsField[] = (() => {
  const schemaFields = fieldsOf(postSchema, {
    description: { widget: "text", hint: "One sentence, for search results and sharing." },
    tags: { label_singular: "tag", min: 1, hint: "At least one. Write a tag the same way every time: docker, not Docker." },
    author: { hint: "Leave empty for the site's default author." },
    cover: {
      hint: `The picture: ${FORMATS_EXPECTED} in src/images/, ${WIDTH_EXPECTED}.`,
      // Decap checks an optional object's own required fields even when it is left empty; the build
      // still refuses a picture without its description.
      fields: {
        src: { label: "Picture", widget: "image", choose_url: false, required: false },
        alt: { label: "Description for screen readers", required: false },
      },
    },
    draft: { hint: "A draft is left out of the published site; `npm start` still shows it.", default: false },
  });
  const byName = new Map(schemaFields.map((f) => [f.name, f]));
  const date = fieldOf("date", authorDate(dateHint));
  const updated: CmsField = {
    name: "updated",
    label: "Updated",
    widget: "site-date",
    time: false,
    required: false,
    hint: "The day you last changed the article in a way readers should know about. Not before the date.",
    pattern: [CALENDAR_DATE.source, DAY_EXPECTED],
  };
  const body: CmsField = {
    name: "body",
    label: "Article",
    widget: "markdown",
    modes: ["raw"],
    hint: "Markdown. Pictures, videos, callouts and code: CONTENT.md.",
  };
  const pick = (name: string) => byName.get(name)!;
  return [pick("title"), pick("description"), date, updated, pick("tags"), pick("author"), pick("cover"), pick("draft"), body];
})();

interface CmsFile {
  name: string;
  label: string;
  file: string;
  preview_path: string;
  fields: CmsField[];
}
export interface CmsCollection {
  name: string;
  label: string;
  format?: string;
  files?: CmsFile[];
  fields?: CmsField[];
  [option: string]: unknown;
}

/**
 * The config; with `siteUrl` (the published one), where authors sign in:
 * the site itself, whose functions hold GitHub's secret (src/auth/). The
 * committed file leaves it out: the address is the authors' (site.yaml).
 */
export function cmsConfig(siteUrl?: string): { collections: CmsCollection[]; [option: string]: unknown } {
  return {
    backend: {
      name: "github",
      repo: CMS_SETTINGS.repo,
      branch: "main",
      ...(siteUrl ? { base_url: siteUrl } : {}),
      // Decap opens <base_url>/<auth_endpoint> in a popup.
      auth_endpoint: SIGN_IN_PATH.slice(1),
      // The status the Deploy workflow sets on a pull request: Decap's "View preview" opens it.
      preview_context: CMS_SETTINGS.previewStatus,
      squash_merges: true,
    },
    // Every change is a branch and a pull request, previewed, then merged.
    publish_mode: "editorial_workflow",
    // On localhost, decap-server (npm run cms) reads and writes the working copy.
    local_backend: true,
    media_folder: "src/images",
    public_folder: "/images",
    // Keys in the order the forms show them, as authors wrote them.
    collections: [
      {
        name: "promos",
        label: "Promos",
        format: DATA_FORMAT,
        files: [
          { name: "promos", label: "Promos (_data/promos.yaml)", file: "_data/promos.yaml", preview_path: URLS.home, fields: promoFields },
        ],
      },
      {
        name: "catalog",
        label: "Catalog",
        format: DATA_FORMAT,
        files: [
          {
            name: "courses",
            label: "Programs and prices (_data/courses.yaml)",
            file: "_data/courses.yaml",
            preview_path: URLS.catalog,
            fields: catalogFields,
          },
        ],
      },
      {
        name: "settings",
        label: "Settings",
        format: DATA_FORMAT,
        files: [
          { name: "site", label: "Site settings (_data/site.yaml)", file: "_data/site.yaml", preview_path: URLS.home, fields: siteFields },
        ],
      },
      {
        name: "posts",
        label: "Articles",
        label_singular: "Article",
        folder: "src/posts",
        extension: "md",
        format: "frontmatter",
        create: true,
        // The file name is the address; Decap's preview path is relative to the site.
        slug: "{{slug}}",
        preview_path: postUrl("{{slug}}").slice(1),
        summary: "{{title}} ({{date}})",
        sortable_fields: ["date", "title"],
        fields: postFields,
      },
    ],
  };
}

export const CONFIG_HEADER = "# Generated by `npm run schemas` from src/cms/config.ts and the data schemas: do not edit.\n";

export const cmsConfigYaml = (siteUrl?: string) => CONFIG_HEADER + stringify(cmsConfig(siteUrl), { lineWidth: 0 });
