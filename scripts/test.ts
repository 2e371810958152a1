/**
 * `npm test`: type check, unit tests, the install check, the site builds the browser tests need, browser
 * tests; each stage timed, the run stopping at the first that fails with its exit code (stages in
 * scripts/test-stages.ts).
 */
import { npmStage, runStages, stages } from './test-stages.ts';

process.exitCode = runStages(stages.map(npmStage));
