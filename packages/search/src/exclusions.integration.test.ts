/**
 * What the exclusion filter relies on, measured against the real Meilisearch (1.21) with the
 * resume index settings: negation on an array attribute, and an attribute that is filterable
 * but neither searchable nor displayed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureIndex, indexName, searchClient } from "./client";
import { EXCLUSION_ATTRIBUTE, exclusionFilter } from "./exclusions";
import { SEARCH_LOCALES } from "./settings";

const name = `${indexName("resumes")}_exclusions`;
const index = () => searchClient().index(name);

// Plain documents: only the fields these checks need. A missing attribute, an empty array and
// null must all count as "excludes nobody".
const documents = [
  { id: "none", headline: "alpha", skills: ["Welding"] },
  { id: "empty", headline: "alpha", skills: ["Welding"], [EXCLUSION_ATTRIBUTE]: [] },
  { id: "null", headline: "alpha", skills: ["CAD"], [EXCLUSION_ATTRIBUTE]: null },
  { id: "x", headline: "alpha", skills: ["Welding"], [EXCLUSION_ATTRIBUTE]: ["tokX"] },
  { id: "yx", headline: "alpha", skills: ["CAD"], [EXCLUSION_ATTRIBUTE]: ["tokY", "tokX"] },
  { id: "y", headline: "alpha", skills: ["Forklift"], [EXCLUSION_ATTRIBUTE]: ["tokY"] },
];

async function ids(filter: string | string[][]) {
  const result = await index().search("alpha", { filter, limit: 50, locales: SEARCH_LOCALES });
  return result.hits.map((h) => String(h.id)).sort();
}

beforeAll(async () => {
  await ensureIndex("resumes", name);
  const task = await index().addDocuments(documents).waitTask();
  expect(task.status).toBe("succeeded");
});

afterAll(async () => {
  await searchClient().deleteIndex(name).waitTask();
});

describe("exclusion filter semantics (real Meilisearch)", () => {
  it("NOT attr = / NOT attr IN drop a document when any element matches, and keep missing, empty and null", async () => {
    expect(await ids(`${EXCLUSION_ATTRIBUTE} = "tokX"`)).toEqual(["x", "yx"]);
    expect(await ids(`NOT ${EXCLUSION_ATTRIBUTE} = "tokX"`)).toEqual(["empty", "none", "null", "y"]);
    expect(await ids(`NOT ${EXCLUSION_ATTRIBUTE} IN ["tokX"]`)).toEqual(["empty", "none", "null", "y"]);
    expect(await ids(`NOT ${EXCLUSION_ATTRIBUTE} IN ["tokX", "tokY"]`)).toEqual(["empty", "none", "null"]);
    expect(await ids(`NOT ${EXCLUSION_ATTRIBUTE} = "nobody"`)).toHaveLength(documents.length);
  });

  it("ANDs with the employer's filters in the array form, and takes totals and facets with it", async () => {
    const filter = [['skills = "Welding"', 'skills = "CAD"'], ...exclusionFilter(["tokX"])];
    expect(await ids(filter)).toEqual(["empty", "none", "null"]);
    const result = await index().search("alpha", { filter: exclusionFilter(["tokX"]), facets: ["skills"], limit: 0 });
    expect(result.estimatedTotalHits).toBe(4);
    expect(result.facetDistribution).toEqual({ skills: { CAD: 1, Forklift: 1, Welding: 2 } });
  });

  it("keeps the tokens out of search results and out of full-text matching", async () => {
    const all = await index().search("alpha", { attributesToRetrieve: ["*", EXCLUSION_ATTRIBUTE], limit: 50 });
    expect(all.hits).toHaveLength(documents.length);
    for (const hit of all.hits) expect(hit).not.toHaveProperty(EXCLUSION_ATTRIBUTE);
    expect((await index().search("tokX")).hits).toEqual([]);
  });

  it("still returns them from the documents route (which ignores displayedAttributes)", async () => {
    // Why verify can compare them, and why an employer-reachable key must never have documents.get.
    expect(await index().getDocument("yx")).toMatchObject({ [EXCLUSION_ATTRIBUTE]: ["tokY", "tokX"] });
  });
});
