import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { docsCollectionSchema } from './schemas/docs';
import { siteStringsSchema } from './schemas/site-strings';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsCollectionSchema }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: siteStringsSchema }) }),
};
