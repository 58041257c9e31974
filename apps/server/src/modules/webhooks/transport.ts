import type { LookupAddress } from 'node:dns';
import { Agent, fetch } from 'undici';
import { resolveTarget, type TargetPolicy, TargetRefused } from './target-guard';

export const USER_AGENT = 'Touchpoint-Webhooks/1';

export interface PostOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

/**
 * POSTs one delivery. The connection goes only to addresses checked against the private-target policy
 * at connect time (so DNS rebinding between a check and the connection cannot slip through), redirects
 * are not followed (a 3xx could point inside), and the whole exchange is bounded by `timeoutMs`.
 */
export async function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  policy: TargetPolicy & { timeoutMs: number },
): Promise<PostOutcome> {
  let dispatcher: Agent | undefined;
  try {
    const target = new URL(url);
    // Fails early with a clear reason; the pinned lookup below re-checks what the socket really uses.
    await resolveTarget(target.hostname, policy);
    dispatcher = new Agent({
      connect: {
        timeout: policy.timeoutMs,
        lookup: (hostname, options, callback) => {
          resolveTarget(hostname, policy).then(
            (addresses) => {
              if (options.all) callback(null, addresses as LookupAddress[]);
              else callback(null, addresses[0]?.address ?? '', addresses[0]?.family);
            },
            (error: Error) => callback(error, ''),
          );
        },
      },
    });
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(policy.timeoutMs),
      dispatcher,
    });
    // The receiver's answer body is not kept; cancelling frees the connection without reading it all.
    await response.body?.cancel().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return { ok, statusCode: response.status, error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, statusCode: null, error: describeFailure(error) };
  } finally {
    await dispatcher?.close().catch(() => undefined);
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof TargetRefused) return `refused: ${error.message}`;
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out';
    // fetch wraps the network error ("fetch failed"); its cause says what happened.
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof TargetRefused) return `refused: ${cause.message}`;
    if (cause instanceof Error) {
      const code = (cause as { code?: string }).code;
      return code ? `${code}: ${cause.message}` : cause.message;
    }
    return error.message;
  }
  return String(error);
}
