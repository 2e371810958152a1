import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { root, tmpDir } from '../../support/paths';

/** docs/deploy.md: the recipes the tests run exactly as written. */
const guide = readFileSync(`${root}docs/deploy.md`, 'utf8');

/** The fenced code block of docs/deploy.md whose first line is `firstLine`, without that line. */
export function recipe(firstLine: string): string {
	for (const [, body] of guide.matchAll(/```\w*\n([\s\S]*?)```/g)) {
		const [first, ...rest] = body.split('\n');
		if (first.trim() === firstLine) return rest.join('\n');
	}
	throw new Error(`docs/deploy.md: no code block starting with "${firstLine}"`);
}

/** Replaces `from` in a recipe, failing if the guide no longer contains it, so the test runs what it shows. */
export function substitute(text: string, from: string | RegExp, to: string): string {
	if (typeof from === 'string' ? !text.includes(from) : !from.test(text)) throw new Error(`docs/deploy.md: the recipe no longer has ${from}`);
	return text.replace(from, to);
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

async function untilServing(origin: string, process: ChildProcess, log: () => string) {
	for (let tries = 0; tries < 100; tries++) {
		if (process.exitCode !== null) throw new Error(`the server stopped: ${log()}`);
		try {
			await fetch(origin);
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	throw new Error(`nothing answered at ${origin}: ${log()}`);
}

export interface RunningServer {
	origin: string;
	stop: () => Promise<void>;
}

function stopper(child: ChildProcess) {
	return () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null) return resolve();
			child.once('exit', () => resolve());
			// The whole process group: a shell line's server runs as the shell's child.
			process.kill(-child.pid!, 'SIGTERM');
		});
}

/**
 * Runs Debian's nginx on a loopback port with `serverConfig` inside the `http { }` block, the way Debian's
 * own nginx.conf includes /etc/nginx/conf.d/*.conf; only paths nginx writes to are moved to a scratch folder.
 */
export async function startNginx(name: string, httpConfig: (port: number) => string): Promise<RunningServer> {
	const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
	if (!nginx) throw new Error('nginx is not installed: `apt-get install -y nginx-light` (.ci/run does this)');
	const dir = `${tmpDir}nginx-${name}/`;
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(`${dir}logs`, { recursive: true });
	const port = await freePort();
	writeFileSync(`${dir}site.conf`, httpConfig(port));
	writeFileSync(
		`${dir}nginx.conf`,
		`worker_processes 1;
pid ${dir}nginx.pid;
error_log ${dir}logs/error.log;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    client_body_temp_path ${dir}body;
    proxy_temp_path ${dir}proxy;
    fastcgi_temp_path ${dir}fastcgi;
    uwsgi_temp_path ${dir}uwsgi;
    scgi_temp_path ${dir}scgi;
    include ${dir}site.conf;
}
`,
	);
	const args = ['-p', dir, '-c', `${dir}nginx.conf`];
	const check = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
	if (check.status !== 0) throw new Error(`nginx -t rejects the configuration from docs/deploy.md:\n${check.stderr}`);
	const child = spawn(nginx, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
	let stderr = '';
	child.stderr?.on('data', (chunk) => (stderr += chunk));
	const origin = `http://127.0.0.1:${port}`;
	await untilServing(origin, child, () => stderr);
	return { origin, stop: stopper(child) };
}

/** Runs a shell command line from the guide (`{port}` is replaced) in `cwd`, and waits until it answers. */
export async function startCommand(commandLine: (port: number) => string, cwd: string): Promise<RunningServer> {
	const port = await freePort();
	const child = spawn('sh', ['-c', commandLine(port)], { cwd, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
	let stderr = '';
	child.stderr?.on('data', (chunk) => (stderr += chunk));
	const origin = `http://127.0.0.1:${port}`;
	await untilServing(origin, child, () => stderr);
	return { origin, stop: stopper(child) };
}
