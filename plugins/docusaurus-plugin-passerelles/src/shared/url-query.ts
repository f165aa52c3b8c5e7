/** The `search` part of an address for these parameters: "" when there is none, so that a view without filters has the bare URL. */
export function searchOf(parameters: URLSearchParams): string {
  const query = parameters.toString();
  return query === '' ? '' : `?${query}`;
}
