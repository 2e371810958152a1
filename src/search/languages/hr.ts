import { createAnalyser } from '../analyser.ts';
import { stem } from '../stem/hr.ts';
import stopwords from '../data/stopwords/hr.json' with { type: 'json' };
import synonyms from '../data/synonyms/hr.json' with { type: 'json' };

export const analyser = createAnalyser({ stem, stopwords, synonyms });
