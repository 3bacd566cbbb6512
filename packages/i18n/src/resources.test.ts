import { describe, expect, it } from "vitest";
import { namespaces, supportedLngs } from "./config";
import { resources } from "./resources";

/** Every leaf key as a dotted path, e.g. `home.hero.title`. */
function leafKeys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? leafKeys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function leafValues(tree: object): unknown[] {
  return Object.values(tree).flatMap((value) =>
    typeof value === "object" && value !== null ? leafValues(value) : [value],
  );
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function lookup(tree: object, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

describe.each(namespaces)("namespace %s", (ns) => {
  const sourceKeys = leafKeys(resources.en[ns]).sort();

  it.each(supportedLngs.filter((lng) => lng !== "en"))("%s has exactly the English keys", (lng) => {
    const keys = leafKeys(resources[lng][ns]).sort();
    expect({
      missing: sourceKeys.filter((k) => !keys.includes(k)),
      extra: keys.filter((k) => !sourceKeys.includes(k)),
    }).toEqual({ missing: [], extra: [] });
  });

  it.each(supportedLngs)("%s has no empty strings", (lng) => {
    for (const value of leafValues(resources[lng][ns])) {
      expect(
        typeof value === "string" && value.trim().length > 0,
        `empty value in ${lng}/${ns}`,
      ).toBe(true);
    }
  });

  it.each(supportedLngs.filter((lng) => lng !== "en"))(
    "%s keeps every {{placeholder}} of English",
    (lng) => {
      for (const key of sourceKeys) {
        const source = lookup(resources.en[ns], key) as string;
        const translated = lookup(resources[lng][ns], key) as string;
        expect(placeholders(translated), `${lng}/${ns}:${key}`).toEqual(placeholders(source));
      }
    },
  );
});

describe("translations are real", () => {
  it("Vietnamese text carries its diacritics and Japanese text is written in Japanese script", () => {
    const vi = leafValues(resources.vi).join(" ");
    const ja = leafValues(resources.ja).join(" ");
    expect(vi).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
