// The manifest is written against the development server; a production build points every URL,
// and the app domain, at where the add-in is really hosted.

export const DEV_URL = "https://localhost:3000/";

/**
 * The manifest text with the development URL (and origin) replaced by the production URL.
 * @param {string} manifest
 * @param {string} productionUrl an https URL ending in "/"
 * @returns {string}
 * @example swapManifestUrls('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', "https://x.example/addin/")
 * // '<SourceLocation DefaultValue="https://x.example/addin/taskpane.html"/>'
 */
export function swapManifestUrls(manifest, productionUrl) {
  const url = new URL(productionUrl);
  if (url.protocol !== "https:" || !productionUrl.endsWith("/")) {
    throw new Error(`ADDIN_PUBLIC_URL must be an https URL ending in "/" (got ${productionUrl})`);
  }
  return manifest.replaceAll(DEV_URL, productionUrl).replaceAll(DEV_URL.slice(0, -1), url.origin);
}
