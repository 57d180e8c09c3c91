// Tests run against the servers `npm test` found or started; these defaults serve a direct `npm run jest`.
process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/petition';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
process.env.JWT_SECRET ??= 'test-only-signing-key-0123456789abcdef';
process.env.PII_KEY ??= 'test-only-pii-key-0123456789abcdef0123';
// Warnings and errors only, in the processes tests start too; a test that reads info lines asks for them.
process.env.LOG_LEVEL ??= 'warn';
