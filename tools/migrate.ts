import { ensureDatabase, migrateAll } from '#common/db';
import { exitOnConfigError, loadConfig } from '#common/config';
import { SERVICE_DATABASES } from './services.js';

exitOnConfigError();

const config = loadConfig();
await ensureDatabase(config.databaseUrl);
const applied = await migrateAll(config.databaseUrl, SERVICE_DATABASES, (line) => console.log(line));
console.log(applied ? `migrations: ${applied} applied` : 'migrations: up to date');
