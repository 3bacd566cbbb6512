import { describe, expect, it } from "vitest";
import { resumeSearchFromParams, resumeSearchToParams, type ResumeSearch } from "./search-params";

describe("the resume search URL", () => {
  it("round-trips a search with a query, list filters, numbers, sort and page", () => {
    const search: ResumeSearch = {
      query: "溶接",
      filters: { skills: ["Welding", "CAD"], jlptAtLeast: 2, desiredLocations: ["JP-13"] },
      sort: "recent",
      page: 3,
    };
    const params = resumeSearchToParams(search);
    expect(params.toString()).toBe(
      "q=%E6%BA%B6%E6%8E%A5&skills=Welding&skills=CAD&desiredLocations=JP-13&jlptAtLeast=2&sort=recent&page=3",
    );
    expect(resumeSearchFromParams(params)).toEqual(search);
  });

  it("opens an empty search from an empty URL", () => {
    expect(resumeSearchFromParams(new URLSearchParams())).toEqual({
      query: "",
      filters: {},
      sort: "relevance",
      page: 0,
    });
  });

  it("drops what is malformed and keeps the rest of a hand-edited link", () => {
    const search = resumeSearchFromParams(
      new URLSearchParams(
        "q=han&jlptAtLeast=9&educationLevel=BOGUS&educationLevel=BACHELOR&sort=cheapest&page=-1&page=x",
      ),
    );
    expect(search).toEqual({
      query: "han",
      filters: { educationLevel: ["BACHELOR"] },
      sort: "relevance",
      page: 0,
    });
  });
});
