// A fetch for transport tests: records each request and answers with `reply`.
export function recordingFetch(reply: () => Response) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    return reply();
  }) as unknown as typeof fetch;
  return { requests, fetchImpl };
}

/** A JSON reply as the server (or something pretending to be it) would send. */
export const jsonReply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
