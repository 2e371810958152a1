import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageSchema } from './schemas/page';
import { siteStringsSchema } from './schemas/site-strings';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageSchema }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: siteStringsSchema }) }),
};
