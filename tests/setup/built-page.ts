/** The HTML of a built page, and its text as a reader sees it. */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {testSite} from './site';

export async function builtPage(route: string): Promise<string> {
  return readFile(path.join(testSite().buildDir, route, 'index.html'), 'utf8');
}

/** Entities decoded, scripts and tags dropped, white space folded. */
export function readableText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')');
}
