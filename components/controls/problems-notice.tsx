/** Says which parts of a link were not understood; the rest of the link still applies. */
export function ProblemsNotice({ problems }: { problems: readonly string[] }) {
  if (!problems.length) return null;
  return (
    <div className="problems" role="status">
      <strong>Some settings in this link were not understood:</strong>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
