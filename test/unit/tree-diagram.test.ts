/**
 * Tree diagrams (issue 8, item 3): every tree in every language drawn from its machine, every step a box
 * with its number and words, every answer an arrow from its question to the step it leads to, labelled;
 * accessible (title, desc) and free of anything a strict Content-Security-Policy blocks.
 */
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/locales';
import { treeIds } from '../../src/machines';
import { treeDiagram, wrap } from '../../src/machines/diagram';
import { treeView, type TreeView } from '../../src/machines/view';
import { configured, strict } from '../support/machines-policies';

const viewOf = (tree: (typeof treeIds)[number], locale: (typeof localeCodes)[number], organisation = configured.organisation) =>
	treeView({ tree, locale, organisation, pagePath: `/${locale}/decide/${tree}/`, base: '/', titleOf: (slug) => slug });

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}
const inside = (point: { x: number; y: number }, box: Box, slack = 1) =>
	point.x >= box.x - slack && point.x <= box.x + box.width + slack && point.y >= box.y - slack && point.y <= box.y + box.height + slack;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The drawing read back: boxes with their words, arrows with their ends and labels. */
function readDiagram(svg: string) {
	const $ = cheerio.load(svg, { xml: true });
	const boxes = new Map<string, Box & { text: string }>();
	$('[data-diagram-step]').each((_, element) => {
		const rect = $(element).find('rect');
		const number = (name: string) => Number(rect.attr(name));
		boxes.set($(element).attr('data-diagram-step')!, {
			x: number('x'),
			y: number('y'),
			width: number('width'),
			height: number('height'),
			text: $(element).find('tspan').map((_, span) => $(span).text()).get().join(' '),
		});
	});
	const arrows = new Map<string, { from: { x: number; y: number }; to: { x: number; y: number }; label: string }>();
	$('[data-diagram-answer]').each((_, element) => {
		const d = $(element).find('path').attr('d')!;
		const points = [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map(([, x, y]) => ({ x: Number(x), y: Number(y) }));
		const label = $(element).find('tspan').map((_, span) => $(span).text()).get().join(' ');
		arrows.set($(element).attr('data-diagram-answer')!, { from: points[0]!, to: points.at(-1)!, label });
	});
	return { $, boxes, arrows };
}

const edgesOf = (view: TreeView) =>
	view.steps.flatMap((step) => step.answers.map((answer) => ({ name: `${step.id}/${answer.id}`, from: step.id, to: view.steps[answer.targetNumber - 1]!.id, label: answer.label })));

describe.each(localeCodes)('the %s tree diagrams', (locale) => {
	test.each(treeIds)('%s: a numbered box per step and a labelled arrow per answer, from question to target', (tree) => {
		const view = viewOf(tree, locale);
		const { boxes, arrows } = readDiagram(treeDiagram(view, { title: view.name, description: 'd' }));
		expect(view.steps.length).toBeGreaterThan(2);
		expect([...boxes.keys()]).toEqual(view.steps.map((step) => step.id));
		for (const step of view.steps) expect(boxes.get(step.id)!.text).toBe(`${step.number}. ${step.heading}`.replace(/\s+/g, ' '));
		const expected = edgesOf(view);
		expect(expected.length).toBeGreaterThanOrEqual(view.steps.length - 1);
		expect([...arrows.keys()].sort()).toEqual(expected.map((edge) => edge.name).sort());
		for (const edge of expected) {
			const arrow = arrows.get(edge.name)!;
			expect(arrow.label, edge.name).toBe(edge.label.replace(/\s+/g, ' '));
			expect(inside(arrow.from, boxes.get(edge.from)!), `${tree}: "${edge.label}" leaves ${edge.from}`).toBe(true);
			expect(inside(arrow.to, boxes.get(edge.to)!, 2), `${tree}: "${edge.label}" reaches ${edge.to}`).toBe(true);
		}
		const list = [...boxes.values()];
		for (const [i, a] of list.entries()) for (const b of list.slice(i + 1)) expect(overlap(a, b), `${tree}: boxes "${a.text}" and "${b.text}" overlap`).toBe(false);
	});
});

describe('the diagram markup', () => {
	const view = viewOf('compensating', 'hr');
	const svg = treeDiagram(view, { title: 'Naslov', description: 'Opis' });
	const { $ } = readDiagram(svg);

	test('is an image named by its title and described by its desc, with ids unique to the tree', () => {
		const root = $('svg');
		expect(root.attr('role')).toBe('img');
		const [title, desc] = root.attr('aria-labelledby')!.split(' ');
		expect($(`title#${title}`).text()).toBe('Naslov');
		expect($(`desc#${desc}`).text()).toBe('Opis');
		expect(title).toContain('compensating');
		expect($('marker').attr('id')).toContain('compensating');
	});

	test('holds nothing a strict Content-Security-Policy blocks: no style attributes, styles, scripts or event handlers', () => {
		expect($('[style], style, script, foreignObject').length).toBe(0);
		const attributes = $('*').map((_, element) => Object.keys((element as unknown as { attribs: object }).attribs)).get();
		expect(attributes.filter((name: string) => name.startsWith('on'))).toEqual([]);
	});

	test('draws only the steps the policy lets staff reach', () => {
		const strictView = viewOf('compensating', 'fi', strict.organisation);
		const { boxes } = readDiagram(treeDiagram(strictView, { title: 't', description: 'd' }));
		expect([...boxes.keys()]).toEqual(strictView.steps.map((step) => step.id));
		expect([...boxes.keys()]).not.toEqual(viewOf('compensating', 'fi').steps.map((step) => step.id));
	});

	test('writes words as text, never as markup', () => {
		const hostile = { ...view, steps: view.steps.map((step, i) => (i === 0 ? { ...step, heading: '<script>alert(1)</script> & "x"' } : step)) };
		const out = treeDiagram(hostile, { title: '<b>t</b>', description: 'd' });
		expect(out).not.toContain('<script>');
		expect(out).not.toContain('<b>');
		expect(readDiagram(out).boxes.get(view.steps[0]!.id)!.text).toBe('1. <script>alert(1)</script> & "x"');
	});

	test('wraps long labels at spaces', () => {
		expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
		expect(wrap('supercalifragilistic word', 5)).toEqual(['supercalifragilistic', 'word']);
	});
});
