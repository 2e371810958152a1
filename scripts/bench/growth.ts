/**
 * How build time grows with content: the same site with more and more generated pages, each build
 * timed, then a least-squares line through the points. Growth counts as linear when the line explains
 * the points (R² ≥ 0.98) and a page costs about the same at the largest size as at the smallest (the
 * seconds per added page of the last step at most 1.5 times those of the first).
 */
export interface GrowthPoint {
	perLocale: number;
	pages: number;
	seconds: number;
}

export interface Growth {
	points: GrowthPoint[];
	secondsPerPage: number;
	fixedSeconds: number;
	r2: number;
	/** Seconds per added page between consecutive sizes. */
	marginal: number[];
	linear: boolean;
}

export function fitGrowth(points: GrowthPoint[]): Growth {
	const n = points.length;
	const meanX = points.reduce((sum, p) => sum + p.pages, 0) / n;
	const meanY = points.reduce((sum, p) => sum + p.seconds, 0) / n;
	const sxy = points.reduce((sum, p) => sum + (p.pages - meanX) * (p.seconds - meanY), 0);
	const sxx = points.reduce((sum, p) => sum + (p.pages - meanX) ** 2, 0);
	const slope = sxy / sxx;
	const intercept = meanY - slope * meanX;
	const ssRes = points.reduce((sum, p) => sum + (p.seconds - (intercept + slope * p.pages)) ** 2, 0);
	const ssTot = points.reduce((sum, p) => sum + (p.seconds - meanY) ** 2, 0);
	const r2 = ssTot === 0 ? 1 : 1 - ssRes / ssTot;
	const marginal = points.slice(1).map((p, i) => (p.seconds - points[i]!.seconds) / (p.pages - points[i]!.pages));
	const linear = n >= 3 && r2 >= 0.98 && marginal.at(-1)! <= 1.5 * Math.max(marginal[0]!, 1e-9);
	return { points, secondsPerPage: slope, fixedSeconds: intercept, r2, marginal, linear };
}
