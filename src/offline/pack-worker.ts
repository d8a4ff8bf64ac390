/** Worker thread entry: packs one file of the offline edition (see pack-file.ts). */
export { packFile as default } from './pack-file.ts';
