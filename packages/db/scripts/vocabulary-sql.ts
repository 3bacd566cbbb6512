/**
 * Prints the SQL lists a migration needs to check columns against @tsunagu/vocab, and the
 * names → code table used to migrate free-text locations. Migrations stay static SQL: run this
 * while writing one, paste what it prints, and review it.
 *
 *   pnpm --filter @tsunagu/db exec tsx scripts/vocabulary-sql.ts
 */
import { desiredLocations, LANGUAGE_CODES, prefectures } from "@tsunagu/vocab";

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
const list = (values: readonly string[], perLine = 12) => {
  const lines: string[] = [];
  for (let i = 0; i < values.length; i += perLine) lines.push(`    ${values.slice(i, i + perLine).map(quote).join(", ")}`);
  return lines.join(",\n");
};

// How people wrote these places before they were codes: English and Japanese names, the
// Japanese name without 都/府/県, the Hepburn forms with macrons, and the code itself.
const MACRONS: Record<string, string[]> = {
  "JP-01": ["hokkaidō"],
  "JP-13": ["tōkyō", "tokyo-to"],
  "JP-26": ["kyōto"],
  "JP-27": ["ōsaka"],
  "JP-28": ["hyōgo"],
  "JP-39": ["kōchi"],
  "JP-44": ["ōita"],
};
const names = new Map<string, string>();
for (const code of desiredLocations.codes) {
  const forms = [code, ...desiredLocations.names(code), ...(MACRONS[code] ?? [])];
  if (prefectures.has(code)) forms.push(prefectures.label(code, "ja").replace(/(?<!北海)[都府県]$/u, ""));
  if (code === "REMOTE") forms.push("remote work", "telework", "テレワーク", "từ xa");
  for (const form of forms) names.set(form.toLowerCase(), code);
}

console.info(`-- prefecture codes (${prefectures.codes.length})\n${list(prefectures.codes)}\n`);
console.info(`-- desired location codes (${desiredLocations.codes.length})\n${list(desiredLocations.codes)}\n`);
console.info(`-- ISO 639-1 codes (${LANGUAGE_CODES.length})\n${list(LANGUAGE_CODES, 16)}\n`);
console.info(`-- location names → codes (${names.size})`);
console.info([...names].map(([name, code]) => `  (${quote(name)}, ${quote(code)})`).join(",\n"));
