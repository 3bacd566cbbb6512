import { countries, genders, prefectures, visaStatuses } from "@tsunagu/vocab";
import { z } from "zod";
import { isoDay, optionalCode, optionalDay, optionalText, requiredText } from "../fields";
import { phoneInput } from "../phone";

const blank = (value: unknown) => (value === "" || value === null ? undefined : value);

/**
 * F2, the personal section: who the seeker is and how to reach them. None of it reaches the
 * search index (R2); employers see it only through an application or an accepted invitation.
 */
export const personalSection = z
  .object({
    firstName: requiredText(80),
    middleName: optionalText(80),
    lastName: requiredText(80),
    birthDate: isoDay,
    gender: optionalCode(genders),
    nationality: optionalCode(countries),
    residenceCountry: optionalCode(countries),
    /** A prefecture, and only for residence in Japan. */
    residenceRegion: optionalCode(prefectures),
    nearestStation: optionalText(80),
    phone: z.preprocess(blank, phoneInput.optional()),
    visaStatus: optionalCode(visaStatuses),
    visaExpiresOn: optionalDay,
  })
  .superRefine((value, ctx) => {
    if (value.residenceRegion && value.residenceCountry !== "JP") {
      ctx.addIssue({
        code: "custom",
        path: ["residenceRegion"],
        message: "A prefecture goes with residence in Japan",
        params: { key: "prefectureOutsideJapan" },
      });
    }
  });

export type PersonalSection = z.output<typeof personalSection>;
