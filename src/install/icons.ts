/**
 * The app icons a phone shows on its home screen: the organisation's logo (the `logo` setting) or, without
 * one, the site's own icon (public/favicon.svg), drawn at build time on a square of the app's background
 * colour. "maskable" icons keep the picture inside the circle a launcher may cut out.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import type { AppIcon } from './app-files';

/** The share of the side the picture may fill: a little margin, or the maskable safe zone (a circle of 80 %). */
const pictureShare = { any: 0.84, maskable: 0.56 } as const;

/** A PNG of `icon` drawn from the image file at `source` (SVG, PNG or WebP). */
export async function drawIcon(source: string, icon: AppIcon, background: string): Promise<Buffer> {
	const input = readFileSync(source);
	const inner = Math.round(icon.size * pictureShare[icon.purpose]);
	const { width = inner, height = inner, format } = await sharp(input).metadata();
	// Vector images are drawn at the size they are shown, not scaled up from their nominal size.
	const density = format === 'svg' ? Math.min(72 * (inner / Math.min(width, height)), 10_000) : undefined;
	const picture = await sharp(input, density ? { density } : {})
		.resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
		.png()
		.toBuffer();
	return sharp({ create: { width: icon.size, height: icon.size, channels: 4, background } })
		.composite([{ input: picture, gravity: 'centre' }])
		.png()
		.toBuffer();
}
