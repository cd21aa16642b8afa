/** The decoded last segment of a URI: `error-catalog.json`, for messages and titles. */
export function fileNameOf(uri: string): string {
  const path = uri.split(/[?#]/)[0];
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
