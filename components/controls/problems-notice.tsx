/**
 * Says which parts of a link were not understood; the rest of the link still applies.
 * Names its chart: a page can hold two, and the second one's keys carry a prefix ("p.dataset")
 * that the messages, written per chart, leave out.
 */
export function ProblemsNotice({ problems, chart, prefix }: { problems: readonly string[]; chart: string; prefix: string }) {
  if (!problems.length) return null;
  return (
    <div className="problems" role="status">
      <strong>
        Some settings of the chart “{chart}” in this link were not understood{prefix ? <> (in the link, its settings start with “{prefix}.”)</> : null}:
      </strong>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
