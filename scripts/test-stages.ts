/**
 * The stages of `npm test` (scripts/test.ts), in order, and the runner that times them and stops at the
 * first that fails. Kept apart from the entry point so test/unit/project.test.ts can check them.
 */
import { spawnSync } from 'node:child_process';

export interface Stage {
	name: string;
	/** The npm script the stage runs. */
	script: string;
}

export const stages: Stage[] = [
	{ name: 'check', script: 'check' },
	{ name: 'unit', script: 'test:unit' },
	{ name: 'install', script: 'test:install' },
	{ name: 'build', script: 'build:test-sites' },
	{ name: 'browser', script: 'test:browser' },
];

export interface StageCommand {
	name: string;
	command: string;
	args: string[];
}

export const npmStage = ({ name, script }: Stage): StageCommand => ({ name, command: 'npm', args: ['run', '--silent', script] });

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs each stage in turn with the terminal as its output, prints how long each took, and returns the
 * exit code of the first that fails (0 when all pass); the stages after a failure do not run.
 */
export function runStages(commands: StageCommand[], log: (line: string) => void = console.log, cwd = process.cwd()): number {
	const times: string[] = [];
	const started = performance.now();
	for (const { name, command, args } of commands) {
		log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
		const start = performance.now();
		const { status, signal, error } = spawnSync(command, args, { cwd, stdio: 'inherit' });
		const took = performance.now() - start;
		const code = status ?? (error || signal ? 1 : 0);
		times.push(`${name} ${seconds(took)}`);
		log(`■ ${name}: ${code === 0 ? 'passed' : `failed (exit code ${code}${signal ? `, ${signal}` : ''})`} in ${seconds(took)}`);
		if (code !== 0) {
			log(`npm test stopped at "${name}": ${times.join(', ')}`);
			return code;
		}
	}
	log(`npm test passed: ${times.join(', ')}; ${seconds(performance.now() - started)} in all`);
	return 0;
}
