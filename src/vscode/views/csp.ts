/**
 * The webviews' Content-Security-Policy. Lessons are rendered with raw HTML escaped, so nothing
 * here is the first line of defence; it is the second: no script without the page's nonce, no
 * resource but the extension's own, and no form submission or <base> that could send a click or a
 * relative link anywhere else.
 */
export function webviewCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}
