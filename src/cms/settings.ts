/**
 * Where the live CMS saves: set once by a developer (README, "Signing in
 * on the live site"), then `npm run schemas`. Authors sign in through the
 * site's own functions (src/auth/), at the address in _data/site.yaml.
 */
export const CMS_SETTINGS = {
  /** The GitHub repository the site is built from. */
  repo: "kelasitnusantara/situs",
  /** The commit status the Deploy workflow sets with the pull request's preview address. */
  previewStatus: "deploy/preview",
};
