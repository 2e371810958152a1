import { createAnalyser } from '../analyser.ts';
import { stem } from '../stem/bg.ts';
import stopwords from '../data/stopwords/bg.json' with { type: 'json' };
import synonyms from '../data/synonyms/bg.json' with { type: 'json' };

export const analyser = createAnalyser({ stem, stopwords, synonyms });
