/**
 * Runs the mock gateway on its own: `node --import tsx dev/mock/cli.ts`.
 * Settings come from the environment (see env-options.ts).
 */
import { optionsFromEnv } from './env-options';
import { startMockServer } from './server';
import { DEMO_KEY } from './types';

async function mainAsync(): Promise<void> {
  const options = optionsFromEnv();
  const mock = await startMockServer(options);
  console.log(`Mock API in One gateway running.`);
  console.log(`  API base:  ${mock.apiBase}`);
  console.log(`  Demo key:  ${DEMO_KEY} (balance ${mock.balance(DEMO_KEY)} credits)`);
  console.log(`  Admin:     ${mock.origin}/__admin/state`);
  const stop = () => void mock.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

mainAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
