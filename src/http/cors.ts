// Which web pages may call the API from a browser. The server's own origin always may (the explorer
// and GraphiQL); others only when NEWSGRAPH_CORS_ORIGINS lists them, and by default, outside production,
// pages on localhost (a dev server such as `npm run dev:explorer`). Credentials are allowed for those
// origins only; any other origin gets no CORS headers at all, so the browser keeps the answer from it.
type CORSOptions =
  | {
      origin: string[];
      credentials: boolean;
      methods: string[];
      allowedHeaders: string[];
      maxAge: number;
    }
  | false;

const LOCALHOST = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

export function corsOptions(listed: string[] | null, production: boolean) {
  const allowed = new Set(listed ?? []);
  const localhostAllowed = listed === null && !production;
  return (request: Request): CORSOptions => {
    const origin = request.headers.get("origin");
    if (!origin) return false;
    const own = new URL(request.url).origin;
    if (origin === own || allowed.has(origin) || (localhostAllowed && LOCALHOST.test(origin))) {
      return {
        origin: [origin],
        credentials: true,
        methods: ["GET", "POST", "OPTIONS"],
        allowedHeaders: ["content-type", "authorization", "accept"],
        maxAge: 600,
      };
    }
    return false;
  };
}
