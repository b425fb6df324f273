// A small HTTP client with a cookie jar, as a browser tab would behave toward the API.
export class HttpClient {
  private cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  /** Puts a cookie in the jar, e.g. a session a test made directly in the database. */
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** A fetch that sends and stores this client's cookies: hand it to the app's transport. */
  readonly fetch: typeof fetch = async (input, init = {}) => {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', this.cookieHeader);
    const response = await fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      const value = rest.join('=');
      if (!name) continue;
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  };

  /** `T` is the reply shape the test expects; the test's assertions check it. */
  async request<T = { error?: { code: string; message: string } }>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await this.fetch(`${this.baseUrl}${path}`, {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: response.status, headers: response.headers, json: json as T, text };
  }

  async signInDemo(email: string) {
    const reply = await this.request<{ person: { id: string; unitId: string } }>('POST', '/api/auth/demo', { email });
    if (reply.status !== 200) throw new Error(`demo sign-in failed: ${reply.status} ${reply.text}`);
    return reply.json.person;
  }
}
