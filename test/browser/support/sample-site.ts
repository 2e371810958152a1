import { mkdir, rm, writeFile } from 'node:fs/promises';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { locales, localeCodes } from '../../../src/locales';
import type { SamplePage } from '../../fixtures/search/sample-site';
import { samplePages } from '../../fixtures/search/sample-site';

/** A page marked up as Starlight marks up a built page, with decision-tree steps as DecisionTree.astro does. */
function pageHtml(lang: string, page: SamplePage): string {
	const content = [
		...page.paragraphs.map((text) => h('p', text)),
		...(page.sections ?? []).flatMap((section) => [
			h('div.sl-heading-wrapper', [h('h2', { id: section.id }, section.heading), h('a.sl-anchor-link', { href: `#${section.id}` }, 'Osio')]),
			h('p', section.text),
		]),
		...(page.steps
			? [
					h(
						'section.dt',
						{ 'data-tree': 'entry' },
						page.steps.map((step, i) =>
							h('section.dt__step', { id: step.id, 'data-step': step.id.split('/').pop() }, [
								h('h2', [h('span', { 'aria-hidden': 'true' }, `${i + 1}. `), h('span', { 'data-tree-heading-text': '' }, step.title)]),
								h('p', step.text),
							]),
						),
					),
				]
			: []),
	];
	return `<!DOCTYPE html>${toHtml(
		h('html', { lang }, [
			h('head', [
				h('meta', { charset: 'utf-8' }),
				h('title', page.title),
				h('meta', { name: 'description', content: page.description }),
				// An icon of its own, so the browser asks the sample site for no /favicon.ico it does not have.
				h('link', { rel: 'icon', href: 'data:,' }),
			]),
			h('body', [
				h('header', [h('a', { href: '../' }, 'Home')]),
				h('main', [h('h1', { id: '_top' }, page.title), h('div.sl-markdown-content', content)]),
			]),
		]),
	)}`;
}

/** Writes the sample site of every language into `dir` (emptied first). */
export async function writeSampleSite(dir: string): Promise<void> {
	await rm(dir, { recursive: true, force: true });
	for (const locale of localeCodes) {
		for (const page of samplePages[locale]) {
			await mkdir(`${dir}${locale}/${page.slug}`, { recursive: true });
			await writeFile(`${dir}${locale}/${page.slug}/index.html`, pageHtml(locales[locale].lang, page));
		}
	}
}
