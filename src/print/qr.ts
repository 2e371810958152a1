/**
 * QR codes for print, made at build time by the `qrcode` package (no network): an SVG of black modules
 * on a white quiet zone, which scans on paper whatever the site's colour theme. Decorative for screen
 * readers: the printed address beside it says the same.
 */
import QRCode from 'qrcode';

export async function qrSvg(address: string): Promise<string> {
	// Level M survives a creased or smudged card; the 4-module margin is the quiet zone scanners need.
	const svg = await QRCode.toString(address, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
	return svg.replace('<svg ', '<svg class="qr" aria-hidden="true" focusable="false" ');
}
