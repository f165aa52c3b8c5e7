export default async function buildSite(): Promise<void> {}
