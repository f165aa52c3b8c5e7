import {maxNewFileUrlLength, newFileUrl, newFileUrlWithinLimit, repositoryPattern} from './github';

describe('the GitHub "new file" URL', () => {
  const request = {
    repository: 'passerelles-bxl/passerelles',
    branch: 'main',
    path: 'docs/offres/l-accueil-du-jeudi.md',
    text: "---\nkind: intervision\ntitle: L'accueil du jeudi & co\n---\n\n100 % fictif ? Oui + non #1\n",
  };

  it('opens the new file page of the branch with the file name and the exact text', () => {
    const url = new URL(newFileUrl(request));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/passerelles-bxl/passerelles/new/main');
    expect(url.searchParams.get('filename')).toBe(request.path);
    expect(url.searchParams.get('value')).toBe(request.text);
    expect(newFileUrl(request)).not.toContain('+');
  });

  it('keeps the slashes of a branch name as path segments', () => {
    expect(newFileUrl({...request, branch: 'contrib/accueil'})).toContain('/new/contrib/accueil?');
  });

  it('gives no URL for a file too long for GitHub to accept', () => {
    expect(newFileUrlWithinLimit(request)).toBe(newFileUrl(request));
    const long = {...request, text: `${request.text}${'Un paragraphe accentué, é à ç. '.repeat(400)}`};
    expect(newFileUrl(long).length).toBeGreaterThan(maxNewFileUrlLength);
    expect(newFileUrlWithinLimit(long)).toBeUndefined();
  });

  it('knows a repository as owner/name', () => {
    expect(repositoryPattern.test('passerelles-bxl/passerelles')).toBe(true);
    expect(repositoryPattern.test('https://github.com/passerelles-bxl/passerelles')).toBe(false);
    expect(repositoryPattern.test('passerelles')).toBe(false);
  });
});
