import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { reportHref } from '../../src/feedback/report-link';
import { appIcons, appleTouchIcon } from '../../src/install/app-files';
import { drawIcon } from '../../src/install/icons';
import { installableEditions } from '../../src/install/integration';
import { inEditionFolder } from '../../src/seo/sitemap';
import { redirectsOfEditions } from '../../src/stable-urls/integration';
import { redirectPage } from '../../src/stable-urls/redirect-pages';
import { root, tmpDir } from '../support/paths';

const pixel = (png: PNG, x: number, y: number) => [...png.data.subarray((png.width * y + x) * 4, (png.width * y + x) * 4 + 4)];
const red = [192, 0, 0, 255];
const white = [255, 255, 255, 255];

describe('app icons', () => {
	test('are drawn from the logo, centred on the background, sharp at every size', async () => {
		for (const icon of [...appIcons, appleTouchIcon]) {
			const png = PNG.sync.read(await drawIcon(`${root}test/fixtures/logo/wide-logo.svg`, icon, '#ffffff'));
			expect([png.width, png.height]).toEqual([icon.size, icon.size]);
			const middle = icon.size / 2;
			expect(pixel(png, middle, middle), icon.file).toEqual(red);
			expect(pixel(png, 1, 1), icon.file).toEqual(white);
			// A wide logo keeps its shape: white above and below it, red across most of the width.
			expect(pixel(png, middle, Math.round(icon.size * 0.3)), icon.file).toEqual(white);
			expect(pixel(png, Math.round(icon.size * (icon.purpose === 'maskable' ? 0.25 : 0.12)), middle), icon.file).toEqual(red);
		}
	});

	test('the build takes them from the logo setting, or from the site icon without one', async () => {
		const dir = `${tmpDir}app-icons-build/`;
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(`${dir}public`, { recursive: true });
		cpSync(`${root}test/fixtures/logo/wide-logo.svg`, `${dir}public/logo.svg`);
		cpSync(`${root}public/favicon.svg`, `${dir}public/favicon.svg`);
		const centre = async (logo: string | undefined, out: string) => {
			const integration = installableEditions({ editions: ['ms'], logo });
			const hooks = integration.hooks as Record<string, (options: object) => unknown>;
			hooks['astro:config:done']!({ config: { base: '/kb', publicDir: pathToFileURL(`${dir}public/`), srcDir: pathToFileURL(`${root}src/`) } });
			await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}${out}/`), logger: { info: () => undefined } });
			const manifest = JSON.parse(readFileSync(`${dir}${out}/ms/manifest.webmanifest`, 'utf8'));
			expect(manifest.start_url).toBe('/kb/ms/');
			expect(manifest.icons[0].src).toBe('/kb/app-icons/192.png');
			const png = PNG.sync.read(readFileSync(`${dir}${out}/app-icons/512.png`));
			return pixel(png, 256, 220);
		};
		expect(await centre('logo.svg', 'with-logo')).toEqual(red);
		// The site icon is a blue speech bubble.
		expect(await centre(undefined, 'without-logo')).toEqual([0x1d, 0x4e, 0xd8, 255]);
	});
});

describe('the report link (feedback setting)', () => {
	const page = { title: 'Ostanite smireni & "mirni"', edition: 'hr', address: 'https://example.org/kb/hr/calm/' };
	const words = { subject: 'Problem sa stranicom: Ostanite smireni & "mirni"', body: 'Stranica: Ostanite smireni\nAdresa: https://example.org/kb/hr/calm/\n' };

	test('for an e-mail address: a message with its subject and text encoded, lines as CR LF', () => {
		const href = reportHref('kb-team@example.org', page, words);
		expect(href.startsWith('mailto:kb-team@example.org?subject=')).toBe(true);
		const query = new URLSearchParams(href.slice(href.indexOf('?') + 1).replace(/\+/g, '%2B'));
		expect(query.get('subject')).toBe(words.subject);
		expect(query.get('body')).toBe(words.body.replace(/\n/g, '\r\n'));
		expect(href).not.toMatch(/[\s"<>]/);
		expect(href.split('&')).toHaveLength(2);
		expect(href).toContain('%0D%0A');
	});

	test('for a form: its own query kept, the page, title and edition added', () => {
		const url = new URL(reportHref('https://forms.example.org/kb?source=kb&page=old', page, words));
		expect(url.origin + url.pathname).toBe('https://forms.example.org/kb');
		expect(Object.fromEntries(url.searchParams)).toEqual({ source: 'kb', page: page.address, title: page.title, edition: 'hr' });
	});
});

describe('a build of some editions', () => {
	test('its sitemap keeps addresses inside its editions\' folders', () => {
		expect(inEditionFolder('https://example.org/kb/hr/calm/', ['hr'])).toBe(true);
		expect(inEditionFolder('https://example.org/kb/', ['hr'])).toBe(false);
		expect(inEditionFolder('https://example.org/fi/', ['hr'])).toBe(false);
	});

	test('redirects into or out of an edition not built are left out with it', () => {
		expect(redirectsOfEditions({ '/fi/old/': '/fi/calm/', '/hr/old/': '/hr/calm/', '/old-home/': '/', '/x/': '/fi/' }, ['hr'])).toEqual({
			'/hr/old/': '/hr/calm/',
			'/old-home/': '/',
		});
	});

	test('a forwarding page outside any edition speaks the editions built, the default one first', () => {
		const words = { title: 'naslov', link: 'poveznica' };
		const html = redirectPage('/', '/', 'https://example.org', { ms: { title: 'tajuk', link: 'pautan' }, hr: words });
		expect(html).toContain('<html lang="hr">');
		expect(html.indexOf('lang="hr">naslov')).toBeLessThan(html.indexOf('lang="ms">tajuk'));
		expect(html).not.toContain('lang="fi"');
		expect(() => redirectPage('/fi/calm/', '/', 'https://example.org', { hr: words })).toThrow('"/fi/calm/" leads to the "fi" edition, which this build does not make');
	});
});
