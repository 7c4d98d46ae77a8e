/**
 * Synthetic articles in the shape of Eleventy's own build benchmark (a
 * five-word title, three paragraphs of lorem text) plus our front matter.
 * Seeded, so every run and every tool gets byte-identical files.
 */

const WORDS = (
  "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore " +
  "magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo " +
  "consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint " +
  "occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum"
).split(" ");

/** About thirty topics, as a company blog has. */
export const TAG_POOL = [
  "javascript",
  "typescript",
  "python",
  "golang",
  "rust",
  "java",
  "php",
  "sql",
  "database",
  "back-end",
  "front-end",
  "devops",
  "docker",
  "kubernetes",
  "cloud",
  "linux",
  "git",
  "keamanan",
  "jaringan",
  "api",
  "react",
  "vue",
  "node",
  "testing",
  "karier",
  "data",
  "machine-learning",
  "mobile",
  "ui-ux",
  "tutorial",
];

/** mulberry32: tiny, fast and good enough for filler text. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
const words = (rnd: () => number, n: number) => Array.from({ length: n }, () => pick(rnd, WORDS));
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (rnd: () => number) => `${capitalize(words(rnd, 8 + Math.floor(rnd() * 8)).join(" "))}.`;
const paragraph = (rnd: () => number) => Array.from({ length: 4 + Math.floor(rnd() * 3) }, () => sentence(rnd)).join(" ");

export interface Article {
  /** File name, also the URL slug: /blog/<name without .md>/. */
  name: string;
  title: string;
  /** The whole file: YAML front matter and markdown body. */
  text: string;
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);

export function article(index: number): Article {
  const rnd = random(index + 1);
  const title = capitalize(words(rnd, 5).join(" "));
  const tags = new Set<string>();
  const tagCount = 1 + Math.floor(rnd() * 3);
  while (tags.size < tagCount) tags.add(pick(rnd, TAG_POOL));
  // Spread over about ten years, several articles a day at the largest size.
  const date = new Date(FIRST_DAY + Math.floor(rnd() * 3650) * DAY).toISOString().slice(0, 10);
  const frontMatter = [
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(sentence(rnd))}`,
    `date: ${date}`,
    `tags: [${[...tags].join(", ")}]`,
  ];
  const body = [paragraph(rnd), paragraph(rnd), paragraph(rnd)].join("\n\n");
  const name = `artikel-${String(index).padStart(5, "0")}.md`;
  return { name, title, text: `---\n${frontMatter.join("\n")}\n---\n\n${body}\n` };
}

export function articles(count: number): Article[] {
  return Array.from({ length: count }, (_, i) => article(i + 1));
}
