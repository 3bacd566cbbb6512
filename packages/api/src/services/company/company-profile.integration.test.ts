import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@tsunagu/db";
import { createCompany } from "@tsunagu/db/testing";
import { companyProfileInput } from "@tsunagu/schemas/company";
import { companyProfile, saveCompanyProfile } from "./company-profile";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

/** A valid corporate number no other test uses: twelve random digits and their check digit. */
function freshCorporateNumber(): string {
  const base = Array.from({ length: 12 }, () => Math.floor(Math.random() * 10)).join("");
  let sum = 0;
  for (let i = 1; i <= 12; i++) sum += Number(base[12 - i]) * (i % 2 === 1 ? 1 : 2);
  return `${9 - (sum % 9)}${base}`;
}

describe("company profile (F10)", () => {
  it("saves the profile with its corporate number, and clears what the owner empties", async () => {
    const { company } = await createCompany(db);
    const number = freshCorporateNumber();
    const input = companyProfileInput.parse({
      name: "Minato Logistics KK",
      website: "minato-logistics.example.jp",
      description: "Cold-chain warehouses in Kanagawa.",
      corporateNumber: number,
    });
    await saveCompanyProfile(db, company.id, input);
    expect(await companyProfile(db, company.id)).toMatchObject({
      name: "Minato Logistics KK",
      website: "https://minato-logistics.example.jp",
      corporateNumber: number,
      registryCountry: null,
    });
    await saveCompanyProfile(
      db,
      company.id,
      companyProfileInput.parse({ name: "Minato Logistics KK" }),
    );
    expect(await companyProfile(db, company.id)).toMatchObject({
      website: null,
      corporateNumber: null,
    });
  });

  it("gives one identity to one company: a taken number is refused with the field named", async () => {
    const [{ company: a }, { company: b }] = await Promise.all([
      createCompany(db),
      createCompany(db),
    ]);
    const number = freshCorporateNumber();
    await saveCompanyProfile(
      db,
      a.id,
      companyProfileInput.parse({ name: "A KK", corporateNumber: number }),
    );
    await expect(
      saveCompanyProfile(
        db,
        b.id,
        companyProfileInput.parse({ name: "B KK", corporateNumber: number }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT", fieldProblem: { field: "corporateNumber" } });
    const registryId = `0${Date.now()}`.slice(0, 10);
    await saveCompanyProfile(
      db,
      a.id,
      companyProfileInput.parse({ name: "A KK", registryCountry: "VN", registryId }),
    );
    await expect(
      saveCompanyProfile(
        db,
        b.id,
        companyProfileInput.parse({ name: "B KK", registryCountry: "VN", registryId }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT", fieldProblem: { field: "registryId" } });
  });

  it("is refused by the database itself when the check digit is wrong", async () => {
    const { company } = await createCompany(db);
    await expect(
      db.company.update({ where: { id: company.id }, data: { corporateNumber: "7000012050003" } }),
    ).rejects.toThrow();
  });
});
