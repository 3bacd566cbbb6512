import { base, en, Faker } from "@faker-js/faker";

/**
 * The randomness source of factories. A fixed seed reproduces a data set (the demo world uses
 * one); tests get a fresh random seed per process, and FAKER_SEED reproduces a failing run.
 */
export function createFaker(seed?: number): Faker {
  const faker = new Faker({ locale: [en, base] });
  const fromEnv = Number.parseInt(process.env.FAKER_SEED ?? "", 10);
  faker.seed(seed ?? (Number.isFinite(fromEnv) ? fromEnv : Math.floor(Math.random() * 2 ** 31)));
  return faker;
}

/** Default faker of the factories when a caller passes none. */
export const defaultFaker = createFaker();
