/** The codebook checks' sentences beside a field (English, as utils/codebook/validate.ts writes them). */
import type { Issue } from '../../utils/codebook/validate';

export function IssueLines({ issues }: { issues: readonly Issue[] }) {
  if (!issues.length) return null;
  // Spans, not a list: they sit inside the field's <label>, which holds phrasing content only.
  return (
    <span class="cb-issue-lines" lang="en">
      {issues.map((i, k) => (
        <span key={k} class={i.level === 'error' ? 'message--error' : 'cb-warning'}>
          {i.message}
        </span>
      ))}
    </span>
  );
}
