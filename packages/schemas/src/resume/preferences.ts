import {
  availabilities,
  desiredLocations,
  employmentTypes,
  salaryCurrencies,
  salaryPeriods,
} from "@tsunagu/vocab";
import { z } from "zod";
import { optionalCode, optionalDay, optionalInt } from "../fields";

/** A group of checkboxes posts nothing, one value or several: always a list here. */
const listOf = <Item extends z.ZodType>(item: Item, max: number) =>
  z.preprocess(
    (value) =>
      value === undefined || value === null || value === ""
        ? []
        : Array.isArray(value)
          ? value
          : [value],
    z.array(item).max(max),
  );

/**
 * F2, preferences: the work the seeker wants (the career level stays with the summary). All of it is searchable (R2): employers filter on
 * job type, location, salary and availability. Amounts are whole units of the currency.
 */
export const preferencesSection = z
  .object({
    desiredJobTypes: listOf(employmentTypes.schema, employmentTypes.codes.length),
    desiredLocations: listOf(desiredLocations.schema, 10),
    desiredSalaryMin: optionalInt(0, 1_000_000_000),
    desiredSalaryMax: optionalInt(0, 1_000_000_000),
    desiredSalaryCurrency: optionalCode(salaryCurrencies),
    desiredSalaryPeriod: optionalCode(salaryPeriods),
    availability: optionalCode(availabilities),
    availableFrom: optionalDay,
  })
  .superRefine((value, ctx) => {
    const problem = (path: string, key: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message, params: { key } });
    if (new Set(value.desiredJobTypes).size !== value.desiredJobTypes.length) {
      problem("desiredJobTypes", "duplicateChoice", "A choice is listed twice");
    }
    if (new Set(value.desiredLocations).size !== value.desiredLocations.length) {
      problem("desiredLocations", "duplicateChoice", "A choice is listed twice");
    }
    const amount = value.desiredSalaryMin !== undefined || value.desiredSalaryMax !== undefined;
    if (
      value.desiredSalaryMin !== undefined &&
      value.desiredSalaryMax !== undefined &&
      value.desiredSalaryMin > value.desiredSalaryMax
    ) {
      problem("desiredSalaryMax", "salaryMaxBelowMin", "The maximum is below the minimum");
    }
    if (amount && !value.desiredSalaryCurrency) {
      problem(
        "desiredSalaryCurrency",
        "salaryCurrencyRequired",
        "Choose the currency of the salary",
      );
    }
    if (amount && !value.desiredSalaryPeriod) {
      problem(
        "desiredSalaryPeriod",
        "salaryPeriodRequired",
        "Choose whether the salary is per year, month or hour",
      );
    }
  });

export type PreferencesSection = z.output<typeof preferencesSection>;
