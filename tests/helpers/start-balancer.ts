import { createServer, request } from "node:http";

export interface Balancer {
  url: string;
  /** Sends every following request to this upstream port, as a load balancer may at any moment. */
  routeTo: (port: number) => void;
  close: () => Promise<void>;
}

/**
 * A load balancer in front of several portal instances that share one APP_URL: the browser only
 * ever sees this origin (and its cookies), while the test decides which instance answers. It
 * appends the client's address to X-Forwarded-For, as one trusted hop (TRUSTED_PROXIES=1).
 */
export async function startBalancer(port: number, firstUpstream: number): Promise<Balancer> {
  let upstream = firstUpstream;
  const server = createServer((req, res) => {
    // Like a real load balancer: append the address it saw to whatever X-Forwarded-For arrived.
    const seen = req.socket.remoteAddress?.replace(/^::ffff:/, "") ?? "";
    const forwardedFor = req.headers["x-forwarded-for"] ? `${req.headers["x-forwarded-for"]}, ${seen}` : seen;
    const headers = { ...req.headers, "x-forwarded-for": forwardedFor };
    const forward = request({ host: "127.0.0.1", port: upstream, path: req.url, method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on("error", () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    routeTo: (next) => void (upstream = next),
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
