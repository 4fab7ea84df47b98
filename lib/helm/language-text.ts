/**
 * HELM's taxonomy "language" field is free text ("Thai", "English -> Tamil",
 * "synthetic", "English (AAE-aligned)"). Only text that names real languages, each
 * found by name in languages.csv, maps to codes; everything else stays out of the
 * per-language views.
 */
/** The language names on each side of HELM's text ("Czech, German -> English" → [[Czech, German], [English]]). */
export function helmLanguageSides(text: string): string[][] {
  return text.split(' -> ').map((side) => side.split(/, | and /).map((n) => n.trim()));
}

export function languageCodesFromHelmText(text: string, codeByName: ReadonlyMap<string, string>): string[] {
  const sides = helmLanguageSides(text);
  if (sides.length > 2) return [];
  const codes: string[] = [];
  for (const names of sides) {
    // "Czech, German, French, Hindi, Russian -> English" is one number over five pairs:
    // an aggregate, not a result for any one language.
    if (sides.length === 2 && names.length > 1) return [];
    for (const name of names) {
      const code = codeByName.get(name);
      if (!code) return [];
      if (!codes.includes(code)) codes.push(code);
    }
  }
  return codes;
}
