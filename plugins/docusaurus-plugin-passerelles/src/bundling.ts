/** How webpack treats the data files the plugin generates. */
import path from 'node:path';
import {pluginName} from './remark/item-data';

/**
 * Pages import the plugin's JSON whole (route modules, an item's data), so webpack's analysis of which
 * nested properties they use can drop nothing; in production it would still describe every property
 * of every file, at any depth: thousands of files, each in the client and the server bundle.
 */
export function generatedDataRule(generatedFilesDir: string): {test: RegExp; include: string; parser: {exportsDepth: number}} {
  return {
    test: /\.json$/,
    include: path.join(generatedFilesDir, pluginName),
    parser: {exportsDepth: 1},
  };
}
