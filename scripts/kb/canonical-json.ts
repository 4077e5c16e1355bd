/**
 * The one canonical text form of every KB data file (style guide §4: a round-trip test checks
 * that each file equals formatDataFile(JSON.parse(file))). Top-level keys one per line; arrays
 * one element per line, each element compact. Compact enough to ship, readable enough to diff.
 */
export function formatDataFile(data: Record<string, unknown>): string {
  const lines = Object.entries(data).map(([key, value]) => {
    const head = `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value)) {
      if (value.length === 0) return `${head}[]`;
      return `${head}[\n${value.map((v) => `    ${JSON.stringify(v)}`).join(',\n')}\n  ]`;
    }
    return head + JSON.stringify(value);
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}
