/**
 * Where traces are exported, from the standard OpenTelemetry variables; null turns tracing off
 * entirely (no SDK, no loader hook). `OTEL_SDK_DISABLED=true` turns it off with an endpoint set.
 */
export function tracesEndpointOf(env: NodeJS.ProcessEnv): string | null {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return null;
  return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || null;
}
