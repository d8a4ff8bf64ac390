/**
 * GET forms in the offline edition (the header search field on every page) are sent by script,
 * as a plain navigation to the form's target with the fields as `?q=…`.
 *
 * Why: every page carries the site's CSP with `form-action 'self'`. Firefox treats each file://
 * page as an opaque origin, so `'self'` matches nothing there and it blocks the submission
 * (Chromium lets file:// match `'self'`). Navigation by script is not governed by `form-action`,
 * so the offline edition keeps exactly the online policy: loosening it for file:// (`form-action
 * file:` or dropping the directive) would let a form on any page post to any file on the disk,
 * and the rewrite would no longer ship the policy that the online site is tested with. Without
 * script the form still fails in Firefox, but so would the search page it leads to.
 */
export function sendGetFormsByNavigation(doc: Document = document): void {
  // On the document, so that a form's own handler runs first: the search page's form keeps its
  // in-page search (it cancels the submission itself) and is left alone here.
  doc.addEventListener('submit', (event) => {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
    if (form.method !== 'get' || (form.target && form.target !== '_self')) return;
    const url = new URL(form.action, doc.baseURI);
    const params = new URLSearchParams();
    const submitter = (event as SubmitEvent).submitter;
    const data = submitter ? new FormData(form, submitter) : new FormData(form);
    for (const [name, value] of data) if (typeof value === 'string') params.append(name, value);
    // As a GET submission does: the fields replace the target's query, a fragment stays.
    url.search = params.toString();
    event.preventDefault();
    doc.defaultView?.location.assign(url.href);
  });
}
