/**
 * Response headers a server should add to every file of the built site: what a `<meta>` policy cannot
 * carry (frame-ancestors) and the usual hardening headers. README.md shows them for nginx and Apache,
 * and a test keeps those snippets equal to this list. The page's own `<meta>` policy still applies:
 * browsers enforce every policy they receive, so this header can only tighten it.
 */
export const securityHeaders = {
	'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'X-Frame-Options': 'DENY',
} as const;
