export default async function stopServer(): Promise<void> {}
