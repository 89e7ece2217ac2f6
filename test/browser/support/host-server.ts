import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Serves test host pages on their own loopback port (another origin than the tab). */
export interface HostServer {
  origin: string;
  /** Publishes a page and returns its URL. */
  publish(html: string): string;
  close(): Promise<void>;
}

export async function startHostServer(): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    // No chaining on writeHead: restify (loaded in the same process) patches ServerResponse and returns nothing.
    const html = pages.get(req.url ?? '');
    res.statusCode = html ? 200 : 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(html ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    publish(html) {
      const path = `/host/${pages.size + 1}`;
      pages.set(path, html);
      return origin + path;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
