/** Where the build writes the data of an item's page, and how its MDX finds it. */
import {simpleHash} from '@docusaurus/utils';

export const pluginName = 'docusaurus-plugin-passerelles';

/** Name of an item's data file inside the plugin's generated data folder. */
export function itemDataFileName(absoluteSourcePath: string): string {
  return `items/${simpleHash(absoluteSourcePath, 12)}.json`;
}

export function itemDataModule(pluginId: string, absoluteSourcePath: string): string {
  return `@generated/${pluginName}/${pluginId}/${itemDataFileName(absoluteSourcePath)}`;
}
