/**
 * Proposing a file on GitHub without git: the "new file" page of a
 * repository opens with the file's name and content filled in
 * (`/new/<branch>?filename=…&value=…`); committing it there offers a pull request.
 * Browser-safe: no Node imports.
 */

/** `owner/name`, as GitHub spells repositories. */
export const repositoryPattern = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

/**
 * Beyond about 8,000 characters GitHub answers a URL with an error (414);
 * a longer file is downloaded and added by hand.
 */
export const maxNewFileUrlLength = 8000;

export interface NewFileRequest {
  repository: string;
  branch: string;
  /** Path of the file in the repository, with forward slashes. */
  path: string;
  text: string;
}

export function newFileUrl({repository, branch, path, text}: NewFileRequest): string {
  // encodeURIComponent, not URLSearchParams: a space as %20 reads the same to every query parser, "+" does not.
  const query = `filename=${encodeURIComponent(path)}&value=${encodeURIComponent(text)}`;
  return `https://github.com/${repository}/new/${branch.split('/').map(encodeURIComponent).join('/')}?${query}`;
}

/** The "new file" URL, or undefined when it is too long for GitHub to accept. */
export function newFileUrlWithinLimit(request: NewFileRequest): string | undefined {
  const url = newFileUrl(request);
  return url.length <= maxNewFileUrlLength ? url : undefined;
}
