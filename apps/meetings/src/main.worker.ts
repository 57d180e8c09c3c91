import { startTelemetry } from '#common/telemetry';

// Tracing hooks into the libraries as they load: it starts before the application is imported.
await startTelemetry('meetings-worker');
await import('./bootstrap.worker.js');
