import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as Record<string, unknown>).__DERMAPLAN_TEST_PG__ as { stop(): Promise<void>; dataDir: string } | undefined;
  if (!embedded) return;
  await embedded.stop();
  fs.rmSync(embedded.dataDir, { recursive: true, force: true });
}
