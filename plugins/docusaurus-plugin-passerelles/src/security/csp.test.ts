import {mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {validateOptions, type Options} from '../options';
import {inlineScripts, otherLocalesFolders, policyText, scriptHash, siteWideScripts, withPolicyMeta, writeContentSecurityPolicy} from './csp';

const themeScript = '!function(){document.documentElement.setAttribute("data-theme","light")}()';

function page(body: string, head = ''): string {
  return `<!doctype html><html><head><meta charset="UTF-8"><title>t</title>${head}</head><body><script>${themeScript}</script>${body}</body></html>`;
}

async function* each(pages: readonly string[]): AsyncIterable<string> {
  yield* pages;
}

describe('inlineScripts', () => {
  it('keeps scripts a browser runs, not external ones or data blocks', () => {
    const html = page(
      '<script src="/main.js"></script><script type="application/ld+json">{"@type":"Course"}</script><script type="module">run()</script>',
    );
    expect(inlineScripts(html)).toEqual([themeScript, 'run()']);
  });
});

describe('siteWideScripts', () => {
  it('keeps the scripts every page carries and drops one only a page carries', async () => {
    const pages = [page('<script>window.pasted = 1</script>'), page('<p>autre</p>'), page('')];
    await expect(siteWideScripts(each(pages))).resolves.toEqual([themeScript]);
  });

  it('does not count a script’s text shown as text on the other pages', async () => {
    const pasted = 'window.pasted = 1';
    const pages = [page(`<script>${pasted}</script>`), page(`<p>${pasted}</p>`), page(`<code>&lt;script&gt;${pasted}&lt;/script&gt;</code>`)];
    await expect(siteWideScripts(each(pages))).resolves.toEqual([themeScript]);
  });
});

describe('policyText', () => {
  it('allows the site-wide scripts by hash, never any inline script', () => {
    const policy = policyText({scriptHashes: [scriptHash(themeScript)], sources: {}});
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc).toBe(`script-src 'self' '${scriptHash(themeScript)}'`);
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("'unsafe-eval'");
  });

  it('adds the configured sources and Algolia’s hosts to their directives, once each', () => {
    const policy = policyText({
      scriptHashes: [],
      sources: {'img-src': ['https://images.example.org', 'data:'], 'media-src': ['https://media.example.org']},
      algolia: {appId: 'APP', indexName: 'kb', searchApiKey: 'public-search-key'},
    });
    expect(policy).toContain("img-src 'self' data: https://images.example.org;");
    expect(policy).toContain("connect-src 'self' https://*.algolia.net https://*.algolianet.com;");
    expect(policy).toMatch(/media-src https:\/\/media\.example\.org$/);
  });

  it('matches the hash a browser computes: SHA-256 of the script text, base64', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
});

describe('withPolicyMeta', () => {
  it('puts the meta right after the charset, before any script, with its quotes escaped', () => {
    const html = page('', '<script src="/main.js" defer></script>');
    const result = withPolicyMeta(html, `script-src 'self' "x"`);
    expect(result).toContain('<meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="script-src \'self\' &quot;x&quot;"><title>');
  });

  it('falls back to the start of the head when there is no charset meta', () => {
    expect(withPolicyMeta('<html><head lang="fr"><title>t</title></head></html>', "default-src 'self'")).toBe(
      '<html><head lang="fr"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><title>t</title></head></html>',
    );
  });
});

describe('otherLocalesFolders', () => {
  const localeConfigs = {
    fr: {baseUrl: '/'},
    nl: {baseUrl: '/nl/'},
    en: {baseUrl: '/en/'},
  };

  it('names the other locales’ folders inside the default locale’s build', () => {
    expect(otherLocalesFolders({currentLocale: 'fr', localeConfigs}, '/')).toEqual(['nl/**', 'en/**']);
  });

  it('names none from another locale’s build', () => {
    expect(otherLocalesFolders({currentLocale: 'nl', localeConfigs}, '/nl/')).toEqual([]);
  });
});

describe('writeContentSecurityPolicy', () => {
  it('writes the policy into every page of the locale and leaves the other locales’ pages alone', async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'passerelles-csp-'));
    await mkdir(path.join(outDir, 'docs'), {recursive: true});
    await mkdir(path.join(outDir, 'nl'), {recursive: true});
    await writeFile(path.join(outDir, 'index.html'), page('<h1>Accueil</h1>'));
    await writeFile(path.join(outDir, 'docs', 'index.html'), page('<script>window.pasted = 1</script>'));
    await writeFile(path.join(outDir, 'nl', 'index.html'), page('<h1>Onthaal</h1>'));

    const result = await writeContentSecurityPolicy(outDir, {sources: {}, ignore: ['nl/**']});

    expect(result).toEqual({pages: 2, scriptHashes: [scriptHash(themeScript)]});
    for (const file of ['index.html', 'docs/index.html']) {
      const html = await readFile(path.join(outDir, file), 'utf8');
      expect(html).toContain(`script-src 'self' '${scriptHash(themeScript)}';`);
    }
    await expect(readFile(path.join(outDir, 'nl', 'index.html'), 'utf8')).resolves.not.toContain('Content-Security-Policy');
  });
});

describe('the contentSecurityPolicy option', () => {
  const validate = (options: Options) => validateOptions({validate: normalizePluginOptions as never, options}).contentSecurityPolicy;

  it('is off unless asked for; true gives the default policy; sources are kept', () => {
    expect(validate({})).toBe(false);
    expect(validate({contentSecurityPolicy: true})).toEqual({sources: {}});
    expect(validate({contentSecurityPolicy: {sources: {'img-src': ['https://images.example.org']}}})).toEqual({sources: {'img-src': ['https://images.example.org']}});
  });

  it('says what it expects when a source is not one word', () => {
    expect(() => validate({contentSecurityPolicy: {sources: {'img-src': ["'self' https://images.example.org"]}}})).toThrow(
      `"contentSecurityPolicy.sources.img-src[0]" must be one source, without spaces, commas or semicolons, such as "https://images.example.org"; found "'self' https://images.example.org"`,
    );
    expect(() => validate({contentSecurityPolicy: 'strict' as never})).toThrow(/"contentSecurityPolicy" must be true, false, or an object whose "sources" maps a directive name/);
  });
});
