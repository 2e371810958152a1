import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * A printed page examined the way paper would be: Chromium's PDF rasterised by Debian's poppler-utils
 * (pdftoppm; its words and their boxes from pdftotext -bbox), QR codes read back with jsQR, and the cut
 * lines found in the pixels. Lengths are in millimetres of paper.
 */
const popplerHint = 'poppler-utils is missing: apt-get install -y poppler-utils (.ci/run installs it)';

function poppler(tool: string, args: string[]): Buffer {
	try {
		return execFileSync(tool, args, { maxBuffer: 64 * 1024 * 1024 });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool}: ${popplerHint}`);
		throw error;
	}
}

export interface Raster {
	/** Pixels per millimetre. */
	scale: number;
	png: PNG;
}

export interface PdfWord {
	text: string;
	/** Page number, from 1. */
	page: number;
	/** The word's box in millimetres from the page's top left corner. */
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface QrCode {
	data: string;
	/** The code's centre, in millimetres. */
	x: number;
	y: number;
}

const mmPerPoint = 25.4 / 72;

/** Everything the tests read from one PDF. */
export class PrintedPdf {
	private readonly dir = mkdtempSync(join(tmpdir(), 'printed-pdf-'));
	private readonly file = join(this.dir, 'page.pdf');

	constructor(pdf: Buffer) {
		writeFileSync(this.file, pdf);
	}

	/** Number of pages and the first page's size in millimetres. */
	info(): { pages: number; width: number; height: number } {
		const text = poppler('pdfinfo', [this.file]).toString();
		const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(text)!;
		return { pages: Number(/Pages:\s+(\d+)/.exec(text)![1]), width: Number(width) * mmPerPoint, height: Number(height) * mmPerPoint };
	}

	/** One page as pixels at `dpi`. */
	raster(page = 1, dpi = 150): Raster {
		const root = join(this.dir, `page-${page}-${dpi}`);
		poppler('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', '-singlefile', this.file, root]);
		return { scale: dpi / 25.4, png: PNG.sync.read(readFileSync(`${root}.png`)) };
	}

	/** Every word with its box. */
	words(): PdfWord[] {
		const xml = poppler('pdftotext', ['-bbox', this.file, '-']).toString();
		const words: PdfWord[] = [];
		let page = 0;
		for (const [, pageTag, x0, y0, x1, y1, text] of xml.matchAll(/(<page )|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
			if (pageTag) {
				page++;
				continue;
			}
			const [left, top, right, bottom] = [x0, y0, x1, y1].map((value) => Number(value) * mmPerPoint) as [number, number, number, number];
			words.push({ text: decodeEntities(text!), page, x: left, y: top, width: right - left, height: bottom - top });
		}
		return words;
	}

	/** The text of every page, in reading order. */
	text(): string {
		return poppler('pdftotext', ['-layout', this.file, '-']).toString();
	}

	close(): void {
		rmSync(this.dir, { recursive: true, force: true });
	}
}

function decodeEntities(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!);
}

/**
 * Every QR code on a page. jsQR reads one code in an image and gives up when several are in view, so the
 * page is read through a window a little larger than a printed code (`window` mm, moved `step` mm at a
 * time: at least one placement holds each code whole); windows with too little ink to hold a code are
 * skipped. Each code is reported once, at the centre of the first window that read it.
 */
export function qrCodes({ png, scale }: Raster, window = 45, step = 10): QrCode[] {
	const { width, height } = png;
	// Ink per pixel, summed (an integral image), so a window's share of ink is four lookups.
	const ink = new Float64Array((width + 1) * (height + 1));
	for (let y = 0; y < height; y++)
		for (let x = 0, row = 0; x < width; x++) {
			const at = (y * width + x) * 4;
			row += (png.data[at]! + png.data[at + 1]! + png.data[at + 2]!) / 3 < 128 ? 1 : 0;
			ink[(y + 1) * (width + 1) + x + 1] = ink[y * (width + 1) + x + 1]! + row;
		}
	const size = Math.round(window * scale);
	const found = new Map<string, QrCode>();
	for (let top = 0; top + size <= height; top += Math.round(step * scale))
		for (let left = 0; left + size <= width; left += Math.round(step * scale)) {
			const sum = (x: number, y: number) => ink[y * (width + 1) + x]!;
			const share = (sum(left + size, top + size) - sum(left, top + size) - sum(left + size, top) + sum(left, top)) / (size * size);
			if (share < 0.12) continue;
			const crop = new Uint8ClampedArray(size * size * 4);
			for (let y = 0; y < size; y++) crop.set(png.data.subarray(((top + y) * width + left) * 4, ((top + y) * width + left + size) * 4), y * size * 4);
			const code = jsQR(crop, size, size, { inversionAttempts: 'dontInvert' });
			if (code && !found.has(code.data)) found.set(code.data, { data: code.data, x: (left + size / 2) / scale, y: (top + size / 2) / scale });
		}
	return [...found.values()];
}

/**
 * The positions (mm) of the cut lines: thin straight lines (dashed or not) running across most of the
 * page. A column (or row) is one when its dark pixels reach every part of it (at least 80 % of twenty
 * stretches) while the columns a little to either side are nearly blank: that tells a line from the
 * edge of a QR code or a line of text, which are dark on both sides too.
 */
export function cutLines({ png, scale }: Raster): { vertical: number[]; horizontal: number[] } {
	const darkAt = (x: number, y: number) => {
		const at = (y * png.width + x) * 4;
		return (png.data[at]! + png.data[at + 1]! + png.data[at + 2]!) / 3 < 160;
	};
	const bands = 20;
	const find = (length: number, across: number, dark: (along: number, index: number) => boolean) => {
		const counts = Array.from({ length }, (_, index) => {
			let count = 0;
			for (let along = 0; along < across; along++) if (dark(along, index)) count++;
			return count;
		});
		const side = Math.max(2, Math.round(scale * 0.6));
		const hits = counts.flatMap((count, index) => {
			if (count < across * 0.2) return [];
			const neighbours = Math.max(counts[index - side] ?? 0, counts[index + side] ?? 0);
			if (neighbours > count * 0.3) return [];
			const covered = new Set<number>();
			for (let along = 0; along < across; along++) if (dark(along, index)) covered.add(Math.floor((along / across) * bands));
			return covered.size >= bands * 0.8 ? [index] : [];
		});
		const groups: number[][] = [];
		for (const hit of hits) {
			const last = groups.at(-1);
			if (last && hit - last.at(-1)! <= 2) last.push(hit);
			else groups.push([hit]);
		}
		return groups.map((group) => (group[0]! + group.at(-1)!) / 2 / scale);
	};
	return {
		vertical: find(png.width, png.height, (y, x) => darkAt(x, y)),
		horizontal: find(png.height, png.width, (x, y) => darkAt(x, y)),
	};
}
