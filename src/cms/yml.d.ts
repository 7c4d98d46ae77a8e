/** src/cms/admin.ts bundles the generated config.yml as text (esbuild's text loader, src/eleventy/cms.ts). */
declare module "*.yml" {
  const text: string;
  export default text;
}
