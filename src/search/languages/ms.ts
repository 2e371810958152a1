import { createAnalyser } from '../analyser.ts';
import { stem } from '../stem/ms.ts';
import stopwords from '../data/stopwords/ms.json' with { type: 'json' };
import synonyms from '../data/synonyms/ms.json' with { type: 'json' };

export const analyser = createAnalyser({ stem, stopwords, synonyms });
