/**
 * A place in the user's file, in words. A CSV row's path already is its line ("line 7"),
 * so its line is not said twice; a JSON or YAML path gets its line after it.
 */
export function placeInFile(path: string, line: number | null): string {
  return line === null || path === `line ${line}` ? path : `${path} (line ${line})`;
}
