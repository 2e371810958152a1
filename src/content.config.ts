import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import organisation from './config/organisation';
import { editionDocsLoader } from './i18n/docs-loader';
import { docsCollectionSchema } from './schemas/docs';
import { siteStringsSchema } from './schemas/site-strings';

export const collections = {
	// Only the pages of the editions built (the `editions` setting).
	docs: defineCollection({ loader: editionDocsLoader(organisation.editions), schema: docsCollectionSchema }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: siteStringsSchema }) }),
};
