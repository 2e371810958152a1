/**
 * Registers the page's language service worker (its URL and scope come from the notice's data attributes,
 * rendered by src/components/Banner.astro) and, when a new version of the site has been installed beside
 * the running one, shows the notice; "update" switches to it and reloads, "later" hides the notice.
 */
export function offerUpdates(notice: HTMLElement | null = document.querySelector('[data-update-notice]')) {
	const url = notice?.dataset.serviceWorker;
	const scope = notice?.dataset.scope;
	if (!notice || !url || !scope || !('serviceWorker' in navigator)) return;
	const { serviceWorker } = navigator;
	let switching = false;

	let waiting: ServiceWorker | undefined;
	const offer = (worker: ServiceWorker) => {
		waiting = worker;
		notice.hidden = false;
	};
	notice.querySelector('[data-update]')?.addEventListener('click', () => {
		switching = true;
		waiting?.postMessage({ type: 'SKIP_WAITING' });
	});
	notice.querySelector('[data-later]')?.addEventListener('click', () => (notice.hidden = true));
	// Only the reader's choice reloads the page; the first install takes over quietly.
	serviceWorker.addEventListener('controllerchange', () => switching && location.reload());

	// A new version may be found before this script runs, or while the reader is on the page.
	const track = (worker: ServiceWorker) =>
		worker.addEventListener('statechange', () => worker.state === 'installed' && serviceWorker.controller && offer(worker));

	serviceWorker.register(url, { scope }).then(
		(registration) => {
			if (registration.waiting && serviceWorker.controller) offer(registration.waiting);
			else if (registration.installing) track(registration.installing);
			registration.addEventListener('updatefound', () => registration.installing && track(registration.installing));
		},
		// Without a service worker the site still works online; nothing to tell the reader.
		() => undefined,
	);
}
