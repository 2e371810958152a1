/**
 * The serving-channel choosers (src/components/ChannelChooser.astro): a change shows that channel's lines
 * everywhere on the page (CSS on `<html data-serving>`, set before paint by ServingChannel.astro), keeps
 * every chooser on the page and in other tabs in step, remembers the choice on the device and announces
 * it politely. A device that will not store it (private mode, storage full) still shows the choice.
 */
import { isChannel, servingChannelKey } from './channels';

const root = document.documentElement;

/** Shows one channel's lines (or every line, for anything that is not a channel) and checks it in every chooser. */
function show(value: string | null): void {
	const channel = isChannel(value) ? value : 'all';
	if (channel === 'all') delete root.dataset.serving;
	else root.dataset.serving = channel;
	for (const input of document.querySelectorAll<HTMLInputElement>('[data-channel-chooser] input[name="serving"]')) input.checked = input.value === channel;
}

/** The stored choice; ServingChannel.astro has usually applied it already, before the page painted. */
function remembered(): string | null {
	try {
		return localStorage.getItem(servingChannelKey);
	} catch {
		return null;
	}
}

function remember(value: string): void {
	try {
		if (isChannel(value)) localStorage.setItem(servingChannelKey, value);
		else localStorage.removeItem(servingChannelKey);
	} catch {
		// Not stored: the choice holds on this page only.
	}
}

/** Enhances every chooser on the page; safe to call once per page. */
export function enhanceChannelChoosers(): void {
	const choosers = document.querySelectorAll<HTMLFormElement>('[data-channel-chooser]:not([data-enhanced])');
	if (!choosers.length) return;
	show(root.dataset.serving ?? remembered());
	for (const chooser of choosers) {
		chooser.dataset.enhanced = '';
		chooser.addEventListener('submit', (event) => event.preventDefault());
		chooser.addEventListener('change', (event) => {
			const input = event.target as HTMLInputElement;
			show(input.value);
			remember(input.value);
			chooser.querySelector('[data-channel-live]')!.textContent = input.dataset.shown ?? '';
		});
	}
	addEventListener('storage', (event) => {
		if (event.key === servingChannelKey || event.key === null) show(event.newValue);
	});
}
