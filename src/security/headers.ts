/**
 * Response headers a server should add to every file of the built site: what a `<meta>` policy cannot
 * carry (frame-ancestors) and the usual hardening headers. Framing follows the `frameAncestors` setting:
 * none by default (`frame-ancestors 'none'` and `X-Frame-Options: DENY`); with origins, only those may
 * show the site in a frame, and X-Frame-Options, which cannot name an origin, is left out. `npm run headers`
 * prints them for nginx and Apache; README.md and docs/deploy.md show them, and a test keeps them equal.
 * The page's own `<meta>` policy still applies: browsers enforce every policy they receive, so this
 * header can only tighten it.
 */

export interface FramingSettings {
	/** Origins allowed to frame the site (the `frameAncestors` setting); none when empty or absent. */
	frameAncestors?: readonly string[];
}

export function securityHeaders({ frameAncestors = [] }: FramingSettings = {}): Record<string, string> {
	const framing = frameAncestors.length ? frameAncestors.join(' ') : "'none'";
	return {
		'Content-Security-Policy': `frame-ancestors ${framing}; object-src 'none'; base-uri 'self'; form-action 'self'`,
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
		'Cross-Origin-Opener-Policy': 'same-origin',
		...(frameAncestors.length ? {} : { 'X-Frame-Options': 'DENY' }),
	};
}

/** The headers as nginx `add_header` lines. */
export function nginxLines(headers: Record<string, string>): string[] {
	return Object.entries(headers).map(([name, value]) => `add_header ${name} "${value}" always;`);
}

/** The headers as an Apache (mod_headers) block. */
export function apacheLines(headers: Record<string, string>): string[] {
	return ['<IfModule mod_headers.c>', ...Object.entries(headers).map(([name, value]) => `\tHeader always set ${name} "${value}"`), '</IfModule>'];
}
