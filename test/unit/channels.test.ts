/**
 * Lines per serving channel outside the trees (whose catalogs test/unit/trees-validation.test.ts checks):
 * the Say box's lines, and the script that applies the remembered choice before the page paints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { channels, servingChannelKey } from '../../src/channels/channels';
import { sayBox } from '../../src/channels/say-box';
import { inlineScriptBodies } from '../../src/security/csp';
import { root } from '../support/paths';

describe('a Say box', () => {
	const line = (channel: string, text: string) => `<p class="say-line" data-channel="${channel}"><span class="say-line__channel">${channel}</span>${text}</p>`;

	test('marks plain paragraphs as lines for every channel and keeps per-channel lines as they are', () => {
		const box = sayBox(`<p>”Hei.”</p>\n${line('counter', 'C')}${line('phone', 'P')}${line('written', 'W')}<p>”Kiitos.”</p>`, 'page x');
		expect(box.channels).toEqual(['counter', 'phone', 'written']);
		expect(box.html.match(/data-channel="[a-z]+"/g)).toEqual([
			'data-channel="all"',
			'data-channel="counter"',
			'data-channel="phone"',
			'data-channel="written"',
			'data-channel="all"',
		]);
	});

	test('with shared lines only, it offers no channels', () => {
		expect(sayBox('<p>”Hei.”</p>', 'page x')).toEqual({ html: '<p class="say-line" data-channel="all">”Hei.”</p>', channels: [] });
	});

	test('with lines for some channels but not all, it stops the build naming the page and the missing channel', () => {
		expect(() => sayBox(`${line('counter', 'C')}${line('written', 'W')}`, 'Say on /fi/escalate/')).toThrow(
			'Say on /fi/escalate/: a Say box has lines for counter, written but none for phone; give it a <Line channel="…"> for each of counter, phone, written',
		);
	});
});

describe('the remembered choice', () => {
	test('is applied before paint by an inline script that knows the same key and channels', () => {
		const [script, ...others] = inlineScriptBodies([`${root}src/components/ServingChannel.astro`]);
		expect(others).toEqual([]);
		expect(script).toContain(`localStorage.getItem('${servingChannelKey}')`);
		expect(script).toContain(`[${channels.map((channel) => `'${channel}'`).join(', ')}].includes(serving)`);
	});

	test('the page head renders that script (through the theme provider Starlight puts in <head>)', () => {
		expect(readFileSync(`${root}src/components/ThemeProvider.astro`, 'utf8')).toMatch(/<ServingChannel \/>/);
	});
});
