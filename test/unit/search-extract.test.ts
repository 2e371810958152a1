import { describe, expect, test } from 'vitest';
import { extractPage } from '../../src/search/extract';
import { excerpt, pageRecord } from '../../src/search/records';
import { loadAnalyser } from '../../src/search/languages/index';

/** A built page as Starlight marks it up (heading wrappers with anchor links, pagination) with a tree. */
const builtPage = `<!DOCTYPE html><html lang="hr"><head><title>Mirno | Zahtjevni kupci</title>
<meta name="description" content="Kako ostati miran kad kupac viče."><meta name="keywords" content="ne planuti, živci, kako se smiriti"></head><body>
<nav class="sidebar"><a href="/hr/">Izbornik koji se ne indeksira</a></nav>
<main data-pagefind-body><div class="content-panel"><h1 id="_top">Ostanite mirni</h1></div>
<div class="sl-markdown-content"><p>Uvod prije prvog naslova.</p>
<div class="sl-heading-wrapper level-h2"><h2 id="prvih-deset-sekundi">Prvih deset sekundi</h2><a class="sl-anchor-link" href="#prvih-deset-sekundi"><span>Odjeljak: Prvih deset sekundi</span></a></div>
<p>Duboko udahnite.</p><ul><li>Ne prekidajte kupca.</li></ul><script>var neIndeksirati = 1;</script>
<section class="dt" data-tree="entry" aria-label="Što se događa?"><div data-tree-bar hidden><button>Natrag</button></div>
<section class="dt__step" id="entry/vice" data-step="vice"><h2 class="dt__heading"><span class="dt__number" aria-hidden="true">1. </span><span data-tree-heading-text>Kupac viče</span></h2>
<ul><li><a href="#entry/smiren">Smirio se</a><span aria-hidden="true">→ 2</span></li></ul>
<p class="dt__next">Nastavite: <a href="../listening/">Kako saslušati kupca?</a></p><p class="dt__why">Zašto?</p>
<ul class="dt__links"><li><a href="../../listen/">Saslušajte kupca</a></li></ul><p data-tree-nojs><a href="#entry/start">Ispočetka</a></p></section></section>
<div data-tree="listening" data-step="prijeti" id="prijeti"><p>Kupac prijeti. Odmaknite se i pozovite pomoć.</p></div>
</div><footer><div class="pagination-links"><a href="/hr/listen/">Sljedeće</a></div></footer></main></body></html>`;

describe('reading a built page', () => {
	const page = extractPage(builtPage)!;

	test('takes language, title and description', () => {
		expect(page.lang).toBe('hr');
		expect(page.title).toBe('Ostanite mirni');
		expect(page.description).toBe('Kako ostati miran kad kupac viče.');
	});

	test('takes the words staff type for the page from its keywords, one per comma', () => {
		expect(page.keywords).toEqual(['ne planuti', 'živci', 'kako se smiriti']);
		expect(extractPage('<html lang="fi"><body><main><p>Ei avainsanoja.</p></main></body></html>')!.keywords).toEqual([]);
	});

	test('splits the content at its headings and leaves out anchor labels, scripts and navigation', () => {
		expect(page.sections).toEqual([
			{ id: '', heading: '', text: 'Uvod prije prvog naslova.' },
			{ id: 'prvih-deset-sekundi', heading: 'Prvih deset sekundi', text: 'Duboko udahnite. Ne prekidajte kupca.' },
		]);
		const all = JSON.stringify(page);
		for (const absent of ['Odjeljak', 'neIndeksirati', 'Sljedeće', 'Izbornik']) expect(all).not.toContain(absent);
	});

	test('takes each decision-tree step out of the page text, to be a part of its own', () => {
		expect(page.steps).toEqual([
			{ id: 'entry/vice', tree: 'entry', title: 'Kupac viče', text: 'Kupac viče Smirio se' },
			{ id: 'prijeti', tree: 'listening', title: 'Kupac prijeti.', text: 'Kupac prijeti. Odmaknite se i pozovite pomoć.' },
		]);
		expect(JSON.stringify(page.sections)).not.toMatch(/Smirio|Natrag|Odmaknite/);
		// A step's links onwards name other pages: they would make every step linking to "listen" match it.
		expect(JSON.stringify(page)).not.toMatch(/Nastavite|saslušati|Saslušajte|Zašto|Ispočetka/);
	});

	test('a page without <main> (the language chooser) is not indexed', () => {
		expect(extractPage('<html lang="fi"><body><h1>Valitse kieli</h1></body></html>')).toBeUndefined();
	});

	test('a page that asks not to be indexed (a forwarding page at an old address) is not indexed', () => {
		const forwarding = (robots: string) =>
			`<html lang="hr"><head><meta name="robots" content="${robots}"><title>Stranica je premještena</title></head><body><main><p>Stranica je premještena.</p></main></body></html>`;
		expect(extractPage(forwarding('noindex'))).toBeUndefined();
		expect(extractPage(forwarding('index, follow'))).toBeDefined();
	});
});

describe('the Pagefind record', async () => {
	const hr = await loadAnalyser('hr');
	const record = pageRecord(extractPage(builtPage)!, '/hr/calm/', hr);
	const body = record.content.slice(record.content.indexOf('<body>'));

	test('one per page, its sections and tree steps headed parts under their own ids', () => {
		expect(record.url).toBe('/hr/calm/');
		expect(body).toContain('<h2 id="prvih-deset-sekundi">');
		expect(body).toContain(`<h2 id="entry/vice">${hr.terms('Kupac viče').join(' ')}</h2>`);
		expect(body).toContain('<h2 id="prijeti">');
	});

	test('indexes terms, while the words shown travel as metadata, escaped', () => {
		expect(body).toContain(`<h1>${hr.terms('Ostanite mirni').join(' ')}</h1>`);
		expect(record.content).toContain('data-pagefind-meta="title[content]" content="Ostanite mirni"');
		const parts = /data-pagefind-meta="sections\[content\]" content="([^"]*)"/.exec(record.content)![1].replaceAll('&#x22;', '"');
		expect(JSON.parse(parts)).toEqual([
			['prvih-deset-sekundi', 'Prvih deset sekundi'],
			['entry/vice', 'Kupac viče', 'Smirio se'],
			['prijeti', 'Kupac prijeti.', 'Odmaknite se i pozovite pomoć.'],
		]);
		expect(body).not.toContain('Smirio se'); // the words show as the step's description; the body holds terms
		expect(body).toContain(hr.terms('Smirio se').join(' '));
	});

	test('indexes the keywords in the top part, weighed as the description, and does not show them', () => {
		const keywords = hr.terms('ne planuti živci kako se smiriti').join(' ');
		expect(body).toContain(`<p data-pagefind-weight="3">${keywords}</p>`);
		expect(body.indexOf(keywords)).toBeLessThan(body.indexOf('<h2'));
		expect(record.content).not.toContain('ne planuti');
	});

	test("a step's summary is shorter than a page's description: a tree page carries a dozen of them", () => {
		const long = 'Kupac prijeti i viče na sav glas dok ostali kupci gledaju, a vi ste sami na blagajni bez kolega u blizini ni načina da pozovete pomoć. '.repeat(2);
		const page = { lang: 'hr', title: 'Stablo', description: long, keywords: [], sections: [], steps: [{ id: 'safety/prijetnja', tree: 'safety', title: 'Prijetnja', text: `Prijetnja ${long}` }] };
		const content = pageRecord(page, '/hr/decide/safety/', hr).content;
		const parts = JSON.parse(/data-pagefind-meta="sections\[content\]" content="([^"]*)"/.exec(content)![1].replaceAll('&#x22;', '"'));
		expect(parts[0][2].length).toBeLessThanOrEqual(111);
		expect(parts[0][2].endsWith('…')).toBe(true);
		expect(/data-pagefind-meta="description\[content\]" content="([^"]*)"/.exec(content)![1].length).toBeGreaterThan(150);
	});

	test('excerpts end at a word', () => {
		expect(excerpt('kratko')).toBe('kratko');
		const long = 'riječ '.repeat(60).trim();
		const cut = excerpt(long);
		expect(cut.length).toBeLessThanOrEqual(181);
		expect(cut.endsWith('riječ…')).toBe(true);
	});
});
