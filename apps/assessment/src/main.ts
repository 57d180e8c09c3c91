import { startTelemetry } from '#common/telemetry';

// Tracing hooks into the libraries as they load: it starts before the application is imported.
await startTelemetry('assessment');
await import('./bootstrap.js');
