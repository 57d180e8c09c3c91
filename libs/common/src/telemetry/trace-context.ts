import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace, type Attributes, type Link } from '@opentelemetry/api';

/** The name the spans of this code base are recorded under. */
const TRACER = 'petition-platform';

/**
 * The W3C `traceparent` of the active span, so that work done later in another process (an
 * event's consumer) joins the same trace; null when nothing is being traced, as when tracing is off.
 */
export function activeTraceparent(): string | null {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ?? null;
}

/** The context whose parent is the span a `traceparent` names; the root (a new trace) without one. */
function contextOf(traceparent: string | null | undefined) {
  return traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent }) : ROOT_CONTEXT;
}

export interface SpanOptions {
  /** Other spans the work also answers (a batch's other requests), by `traceparent`. */
  links?: readonly (string | null | undefined)[];
  attributes?: Attributes;
  kind?: SpanKind;
}

/**
 * Runs `work` in a new span under the span `parent` names, or as the root of a trace of its own:
 * work taken from a queue never continues whatever span the queue's loop happened to be in.
 */
export function inSpan<T>(name: string, parent: string | null | undefined, work: () => Promise<T>, options: SpanOptions = {}): Promise<T> {
  const links: Link[] = (options.links ?? []).flatMap((traceparent) => {
    const linked = traceparent ? trace.getSpanContext(contextOf(traceparent)) : undefined;
    return linked ? [{ context: linked }] : [];
  });
  return trace
    .getTracer(TRACER)
    .startActiveSpan(name, { kind: options.kind ?? SpanKind.CONSUMER, attributes: options.attributes, links }, contextOf(parent), async (span) => {
      try {
        return await work();
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    });
}
