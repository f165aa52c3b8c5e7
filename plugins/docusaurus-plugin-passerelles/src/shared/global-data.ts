/** What every page can read with usePluginData(): small, never the content. */
export interface PasserellesGlobalData {
  searchPath: string;
  timeZone: string;
}
