/**
 * Where staff are serving the customer: face to face, on the phone, or in writing (e-mail, chat,
 * messages). Lines to say may differ per channel; the reader picks theirs once (the chooser), the
 * device remembers it, and every tree and page then shows that channel's lines and the shared ones.
 */
export const channels = ['counter', 'phone', 'written'] as const;
export type Channel = (typeof channels)[number];

/** What a line element's `data-channel` says: one channel, or `all` for a line said the same way in every channel. */
export type LineChannel = Channel | 'all';

/** The localStorage key of the reader's choice. src/components/ServingChannel.astro repeats it (a test compares). */
export const servingChannelKey = 'serving-channel';

export function isChannel(value: unknown): value is Channel {
	return typeof value === 'string' && (channels as readonly string[]).includes(value);
}
