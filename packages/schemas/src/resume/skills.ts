import { z } from "zod";
import { optionalDay, optionalInt, optionalText, requiredText } from "../fields";

/**
 * F2, skills and certifications: what the seeker can do, with years, and what certifies it.
 * Skill and certification names are searchable (R2); issuers and credential ids are not.
 */
export const skillsSection = z
  .object({
    skills: z.array(z.object({ name: requiredText(80), years: optionalInt(0, 60) })).max(50).default([]),
    certifications: z
      .array(
        z.object({
          name: requiredText(120),
          issuer: optionalText(120),
          issuedOn: optionalDay,
          expiresOn: optionalDay,
          credentialId: optionalText(80),
        }),
      )
      .max(30)
      .default([]),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.skills.forEach((skill, index) => {
      const key = skill.name.toLocaleLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({ code: "custom", path: ["skills", index, "name"], message: "This skill is listed twice", params: { key: "duplicateSkill" } });
      }
      seen.add(key);
    });
    value.certifications.forEach((certification, index) => {
      if (certification.issuedOn && certification.expiresOn && certification.expiresOn < certification.issuedOn) {
        ctx.addIssue({ code: "custom", path: ["certifications", index, "expiresOn"], message: "Expires before it was issued", params: { key: "expiresBeforeIssued" } });
      }
    });
  });

export type SkillsSection = z.output<typeof skillsSection>;
