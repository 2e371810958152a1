/**
 * The lines of a `<Say>` box, as rendered HTML: plain paragraphs are lines for every channel, so they get
 * `data-channel="all"`; `<Line channel="…">` writes its own. A box with per-channel lines must have them
 * for every channel, or a reader who chose the missing one would find the box without its words.
 */
import { channels, type Channel } from './channels';

export interface SayBox {
	/** The box's HTML, every line marked with its channel. */
	html: string;
	/** The channels the box has lines of their own for (none: every line is shared). */
	channels: Channel[];
}

export function sayBox(rendered: string, where: string): SayBox {
	const html = rendered.replace(/<p>/g, '<p class="say-line" data-channel="all">');
	const present = channels.filter((channel) => html.includes(`data-channel="${channel}"`));
	const missing = channels.filter((channel) => !present.includes(channel));
	if (present.length && missing.length)
		throw new Error(
			`${where}: a Say box has lines for ${present.join(', ')} but none for ${missing.join(', ')}; give it a <Line channel="…"> for each of ${channels.join(', ')}`,
		);
	return { html, channels: present };
}
