import { createAnalyser } from '../analyser.ts';
import { stem } from '../stem/fi.ts';
import stopwords from '../data/stopwords/fi.json' with { type: 'json' };
import synonyms from '../data/synonyms/fi.json' with { type: 'json' };

export const analyser = createAnalyser({ stem, stopwords, synonyms });
