/**
 * Where the live CMS signs in and saves: set once by a developer (README,
 * "Editing in the CMS"), then `npm run schemas`.
 */
export const CMS_SETTINGS = {
  /** The GitHub repository the site is built from. */
  repo: "kelasitnusantara/situs",
  /** The OAuth client that signs authors in to GitHub (GitHub needs a server to hold the app's secret). */
  authServer: "https://cms-auth.kelasitnusantara.id",
  /** The commit status the Deploy workflow sets with the pull request's preview address. */
  previewStatus: "deploy/preview",
};
