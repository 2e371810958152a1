/**
 * A decision tree drawn as an SVG diagram at build time: one box per step (numbered as in the outline,
 * endings set apart), one arrow per answer labelled with its words. Layout is dagre's; this module only
 * sizes the labels and writes the markup. Colours and fonts come from classes styled in the component's
 * stylesheet (no inline styles, so the site's Content-Security-Policy allows it). It is a picture
 * (role="img" with a title and description); the numbered outline beside it is its text equivalent.
 */
import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { TreeView } from './view';

export interface DiagramText {
	/** The diagram's accessible name (its <title>). */
	title: string;
	/** What it shows, for screen readers (its <desc>). */
	description: string;
}

const FONT_SIZE = 14;
const LINE_HEIGHT = 18;
/** A generous average glyph width (em) for the sans-serif fonts of the four languages: boxes never clip. */
const GLYPH_WIDTH = 0.62;
const NODE_CHARS = 26;
const EDGE_CHARS = 20;
const PADDING = 10;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
const round = (n: number) => Math.round(n * 10) / 10;

/** Splits text into lines of at most `max` characters at spaces (a longer word gets a line of its own). */
export function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

const textWidth = (lines: string[]) => Math.max(...lines.map((line) => [...line].length)) * FONT_SIZE * GLYPH_WIDTH;

/** Centred lines of text around (x, y). */
function textBlock(lines: string[], x: number, y: number, className: string): string {
	const top = y - ((lines.length - 1) * LINE_HEIGHT) / 2;
	const spans = lines.map((line, i) => `<tspan x="${round(x)}" y="${round(top + i * LINE_HEIGHT)}">${escapeXml(line)}</tspan>`).join('');
	return `<text class="${className}" text-anchor="middle" dominant-baseline="central">${spans}</text>`;
}

/** The SVG markup of a tree's diagram, in the language of `view`. `idPrefix` keeps ids unique on the page. */
export function treeDiagram(view: TreeView, text: DiagramText, idPrefix = `dt-diagram-${view.tree}`): string {
	const graph = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
	graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 36, edgesep: 12, marginx: 4, marginy: 4 });
	const stepLines = new Map<string, string[]>();
	for (const step of view.steps) {
		const lines = wrap(`${step.number}. ${step.heading}`, NODE_CHARS);
		stepLines.set(step.id, lines);
		graph.setNode(step.id, { width: textWidth(lines) + 2 * PADDING, height: lines.length * LINE_HEIGHT + 2 * PADDING });
	}
	const edgeLines = new Map<string, string[]>();
	for (const step of view.steps)
		for (const answer of step.answers) {
			const target = view.steps[answer.targetNumber - 1]!.id;
			const lines = wrap(answer.label, EDGE_CHARS);
			const name = `${step.id}/${answer.id}`;
			edgeLines.set(name, lines);
			graph.setEdge(step.id, target, { width: textWidth(lines) + 8, height: lines.length * LINE_HEIGHT + 4, labelpos: 'c' }, name);
		}
	dagre.layout(graph);

	const { width = 0, height = 0 } = graph.graph();
	const arrow = `${idPrefix}-arrow`;
	const edges = graph.edges().map((edge) => {
		const { points = [], x = 0, y = 0 } = graph.edge(edge);
		const d = points.map((p, i) => `${i ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`).join(' ');
		return (
			`<g data-diagram-answer="${escapeXml(edge.name!)}"><path class="dt-diagram__edge" d="${d}" marker-end="url(#${arrow})"/>` +
			`${textBlock(edgeLines.get(edge.name!)!, x, y, 'dt-diagram__answer')}</g>`
		);
	});
	const nodes = view.steps.map((step) => {
		const { x = 0, y = 0, width: w, height: h } = graph.node(step.id);
		return (
			`<g class="dt-diagram__step dt-diagram__step--${step.kind}" data-diagram-step="${escapeXml(step.id)}">` +
			`<rect x="${round(x - w / 2)}" y="${round(y - h / 2)}" width="${round(w)}" height="${round(h)}" rx="${step.kind === 'ending' ? 12 : 4}"/>` +
			`${textBlock(stepLines.get(step.id)!, x, y, 'dt-diagram__label')}</g>`
		);
	});
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" class="dt-diagram" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" width="${Math.ceil(width)}" height="${Math.ceil(height)}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc">` +
		`<title id="${idPrefix}-title">${escapeXml(text.title)}</title><desc id="${idPrefix}-desc">${escapeXml(text.description)}</desc>` +
		`<defs><marker id="${arrow}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path class="dt-diagram__arrowhead" d="M0 0L10 5L0 10z"/></marker></defs>` +
		`<g class="dt-diagram__edges">${edges.join('')}</g><g class="dt-diagram__steps">${nodes.join('')}</g></svg>`
	);
}
