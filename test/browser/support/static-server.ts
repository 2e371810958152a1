import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Serves a folder as any plain static host would: files and directory index.html only, no rewrites,
 * and a 404 for everything else. `headers` are added to every response, as a configured server would.
 * It reads the folder's file list once; serve again (on the same `port`) after changing files, as after
 * a deployment.
 */
export async function serveStatic(
	dir: string,
	{ headers = {}, port: listenPort = 0 }: { headers?: Record<string, string>; port?: number } = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
	const handler = sirv(dir, { dev: false, etag: true, dotfiles: false });
	const server: Server = createServer((req, res) => {
		for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
		handler(req, res, () => {
			res.statusCode = 404;
			res.setHeader('content-type', 'text/plain; charset=utf-8');
			res.end('404');
		});
	});
	await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
