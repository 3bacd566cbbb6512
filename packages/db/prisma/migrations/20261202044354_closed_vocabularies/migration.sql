-- Hand-written (Prisma's schema language cannot express CHECK constraints; its diff ignores
-- them, so they cause no drift). Generated lists come from @tsunagu/vocab through
-- packages/db/scripts/vocabulary-sql.ts; src/vocabulary.integration.test.ts fails when a
-- constraint and the vocabulary disagree.
--
-- Structured resume columns become closed vocabularies: anything else in them used to reach the
-- search index and the networking card as stored. Existing values are mapped to codes where
-- they name a known place, and dropped where they do not. Every changed row fires the search
-- outbox triggers, so the index follows.

-- How places were written before they were codes (lower case).
CREATE TEMPORARY TABLE "location_names" ("name" text PRIMARY KEY, "code" text NOT NULL);
INSERT INTO "location_names" ("name", "code") VALUES
  ('jp-01', 'JP-01'),
  ('hokkaido', 'JP-01'),
  ('北海道', 'JP-01'),
  ('hokkaidō', 'JP-01'),
  ('jp-02', 'JP-02'),
  ('aomori', 'JP-02'),
  ('青森県', 'JP-02'),
  ('青森', 'JP-02'),
  ('jp-03', 'JP-03'),
  ('iwate', 'JP-03'),
  ('岩手県', 'JP-03'),
  ('岩手', 'JP-03'),
  ('jp-04', 'JP-04'),
  ('miyagi', 'JP-04'),
  ('宮城県', 'JP-04'),
  ('宮城', 'JP-04'),
  ('jp-05', 'JP-05'),
  ('akita', 'JP-05'),
  ('秋田県', 'JP-05'),
  ('秋田', 'JP-05'),
  ('jp-06', 'JP-06'),
  ('yamagata', 'JP-06'),
  ('山形県', 'JP-06'),
  ('山形', 'JP-06'),
  ('jp-07', 'JP-07'),
  ('fukushima', 'JP-07'),
  ('福島県', 'JP-07'),
  ('福島', 'JP-07'),
  ('jp-08', 'JP-08'),
  ('ibaraki', 'JP-08'),
  ('茨城県', 'JP-08'),
  ('茨城', 'JP-08'),
  ('jp-09', 'JP-09'),
  ('tochigi', 'JP-09'),
  ('栃木県', 'JP-09'),
  ('栃木', 'JP-09'),
  ('jp-10', 'JP-10'),
  ('gunma', 'JP-10'),
  ('群馬県', 'JP-10'),
  ('群馬', 'JP-10'),
  ('jp-11', 'JP-11'),
  ('saitama', 'JP-11'),
  ('埼玉県', 'JP-11'),
  ('埼玉', 'JP-11'),
  ('jp-12', 'JP-12'),
  ('chiba', 'JP-12'),
  ('千葉県', 'JP-12'),
  ('千葉', 'JP-12'),
  ('jp-13', 'JP-13'),
  ('tokyo', 'JP-13'),
  ('東京都', 'JP-13'),
  ('tōkyō', 'JP-13'),
  ('tokyo-to', 'JP-13'),
  ('東京', 'JP-13'),
  ('jp-14', 'JP-14'),
  ('kanagawa', 'JP-14'),
  ('神奈川県', 'JP-14'),
  ('神奈川', 'JP-14'),
  ('jp-15', 'JP-15'),
  ('niigata', 'JP-15'),
  ('新潟県', 'JP-15'),
  ('新潟', 'JP-15'),
  ('jp-16', 'JP-16'),
  ('toyama', 'JP-16'),
  ('富山県', 'JP-16'),
  ('富山', 'JP-16'),
  ('jp-17', 'JP-17'),
  ('ishikawa', 'JP-17'),
  ('石川県', 'JP-17'),
  ('石川', 'JP-17'),
  ('jp-18', 'JP-18'),
  ('fukui', 'JP-18'),
  ('福井県', 'JP-18'),
  ('福井', 'JP-18'),
  ('jp-19', 'JP-19'),
  ('yamanashi', 'JP-19'),
  ('山梨県', 'JP-19'),
  ('山梨', 'JP-19'),
  ('jp-20', 'JP-20'),
  ('nagano', 'JP-20'),
  ('長野県', 'JP-20'),
  ('長野', 'JP-20'),
  ('jp-21', 'JP-21'),
  ('gifu', 'JP-21'),
  ('岐阜県', 'JP-21'),
  ('岐阜', 'JP-21'),
  ('jp-22', 'JP-22'),
  ('shizuoka', 'JP-22'),
  ('静岡県', 'JP-22'),
  ('静岡', 'JP-22'),
  ('jp-23', 'JP-23'),
  ('aichi', 'JP-23'),
  ('愛知県', 'JP-23'),
  ('愛知', 'JP-23'),
  ('jp-24', 'JP-24'),
  ('mie', 'JP-24'),
  ('三重県', 'JP-24'),
  ('三重', 'JP-24'),
  ('jp-25', 'JP-25'),
  ('shiga', 'JP-25'),
  ('滋賀県', 'JP-25'),
  ('滋賀', 'JP-25'),
  ('jp-26', 'JP-26'),
  ('kyoto', 'JP-26'),
  ('京都府', 'JP-26'),
  ('kyōto', 'JP-26'),
  ('京都', 'JP-26'),
  ('jp-27', 'JP-27'),
  ('osaka', 'JP-27'),
  ('大阪府', 'JP-27'),
  ('ōsaka', 'JP-27'),
  ('大阪', 'JP-27'),
  ('jp-28', 'JP-28'),
  ('hyogo', 'JP-28'),
  ('兵庫県', 'JP-28'),
  ('hyōgo', 'JP-28'),
  ('兵庫', 'JP-28'),
  ('jp-29', 'JP-29'),
  ('nara', 'JP-29'),
  ('奈良県', 'JP-29'),
  ('奈良', 'JP-29'),
  ('jp-30', 'JP-30'),
  ('wakayama', 'JP-30'),
  ('和歌山県', 'JP-30'),
  ('和歌山', 'JP-30'),
  ('jp-31', 'JP-31'),
  ('tottori', 'JP-31'),
  ('鳥取県', 'JP-31'),
  ('鳥取', 'JP-31'),
  ('jp-32', 'JP-32'),
  ('shimane', 'JP-32'),
  ('島根県', 'JP-32'),
  ('島根', 'JP-32'),
  ('jp-33', 'JP-33'),
  ('okayama', 'JP-33'),
  ('岡山県', 'JP-33'),
  ('岡山', 'JP-33'),
  ('jp-34', 'JP-34'),
  ('hiroshima', 'JP-34'),
  ('広島県', 'JP-34'),
  ('広島', 'JP-34'),
  ('jp-35', 'JP-35'),
  ('yamaguchi', 'JP-35'),
  ('山口県', 'JP-35'),
  ('山口', 'JP-35'),
  ('jp-36', 'JP-36'),
  ('tokushima', 'JP-36'),
  ('徳島県', 'JP-36'),
  ('徳島', 'JP-36'),
  ('jp-37', 'JP-37'),
  ('kagawa', 'JP-37'),
  ('香川県', 'JP-37'),
  ('香川', 'JP-37'),
  ('jp-38', 'JP-38'),
  ('ehime', 'JP-38'),
  ('愛媛県', 'JP-38'),
  ('愛媛', 'JP-38'),
  ('jp-39', 'JP-39'),
  ('kochi', 'JP-39'),
  ('高知県', 'JP-39'),
  ('kōchi', 'JP-39'),
  ('高知', 'JP-39'),
  ('jp-40', 'JP-40'),
  ('fukuoka', 'JP-40'),
  ('福岡県', 'JP-40'),
  ('福岡', 'JP-40'),
  ('jp-41', 'JP-41'),
  ('saga', 'JP-41'),
  ('佐賀県', 'JP-41'),
  ('佐賀', 'JP-41'),
  ('jp-42', 'JP-42'),
  ('nagasaki', 'JP-42'),
  ('長崎県', 'JP-42'),
  ('長崎', 'JP-42'),
  ('jp-43', 'JP-43'),
  ('kumamoto', 'JP-43'),
  ('熊本県', 'JP-43'),
  ('熊本', 'JP-43'),
  ('jp-44', 'JP-44'),
  ('oita', 'JP-44'),
  ('大分県', 'JP-44'),
  ('ōita', 'JP-44'),
  ('大分', 'JP-44'),
  ('jp-45', 'JP-45'),
  ('miyazaki', 'JP-45'),
  ('宮崎県', 'JP-45'),
  ('宮崎', 'JP-45'),
  ('jp-46', 'JP-46'),
  ('kagoshima', 'JP-46'),
  ('鹿児島県', 'JP-46'),
  ('鹿児島', 'JP-46'),
  ('jp-47', 'JP-47'),
  ('okinawa', 'JP-47'),
  ('沖縄県', 'JP-47'),
  ('沖縄', 'JP-47'),
  ('remote', 'REMOTE'),
  ('làm việc từ xa', 'REMOTE'),
  ('リモート', 'REMOTE'),
  ('remote work', 'REMOTE'),
  ('telework', 'REMOTE'),
  ('テレワーク', 'REMOTE'),
  ('từ xa', 'REMOTE'),
  ('anywhere_jp', 'ANYWHERE_JP'),
  ('anywhere in japan', 'ANYWHERE_JP'),
  ('bất kỳ đâu tại nhật bản', 'ANYWHERE_JP'),
  ('日本全国', 'ANYWHERE_JP');

-- A residence region is a prefecture code, and only for residents of Japan: elsewhere the
-- search document never carries one, and no closed list of every country's subdivisions exists.
UPDATE "seeker_profiles" p SET "residence_region" = m."code"
  FROM "location_names" m
  WHERE p."residence_country" = 'JP' AND m."code" LIKE 'JP-%'
    AND m."name" = lower(btrim(p."residence_region")) AND p."residence_region" <> m."code";
UPDATE "seeker_profiles" SET "residence_region" = NULL
  WHERE "residence_region" IS NOT NULL AND ("residence_country" IS DISTINCT FROM 'JP'
    OR "residence_region" NOT IN (SELECT "code" FROM "location_names" WHERE "code" LIKE 'JP-%'));

-- Desired locations: known names become codes, in the seeker's order, each once; the rest go.
UPDATE "seeker_profiles" p SET "desired_locations" = mapped."codes"
  FROM (
    SELECT s."id", ARRAY(
      SELECT m."code" FROM unnest(s."desired_locations") WITH ORDINALITY AS d("name", "n")
      JOIN "location_names" m ON m."name" = lower(btrim(d."name"))
      GROUP BY m."code" ORDER BY min(d."n")
    ) AS "codes"
    FROM "seeker_profiles" s WHERE cardinality(s."desired_locations") > 0
  ) mapped
  WHERE mapped."id" = p."id" AND p."desired_locations" <> mapped."codes";

-- Saved searches keep working: their location filters become codes the same way.
UPDATE "saved_searches" s SET "filters" = jsonb_set(s."filters", '{desiredLocations}', COALESCE((
    SELECT jsonb_agg(c."code" ORDER BY c."first") FROM (
      SELECT m."code", min(e."n") AS "first"
      FROM jsonb_array_elements_text(s."filters" -> 'desiredLocations') WITH ORDINALITY AS e("name", "n")
      JOIN "location_names" m ON m."name" = lower(btrim(e."name"))
      GROUP BY m."code"
    ) c
  ), '[]'::jsonb))
  WHERE jsonb_typeof(s."filters" -> 'desiredLocations') = 'array';

DROP TABLE "location_names";

-- Languages are ISO 639-1 codes; a skill in anything else (the old check allowed any two or
-- three letters) is dropped.
DELETE FROM "language_skills" WHERE "language" NOT IN (
    'aa', 'ab', 'ae', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bh',
    'bi', 'bm', 'bn', 'bo', 'br', 'bs', 'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cu', 'cv', 'cy', 'da',
    'de', 'dv', 'dz', 'ee', 'el', 'en', 'eo', 'es', 'et', 'eu', 'fa', 'ff', 'fi', 'fj', 'fo', 'fr',
    'fy', 'ga', 'gd', 'gl', 'gn', 'gu', 'gv', 'ha', 'he', 'hi', 'ho', 'hr', 'ht', 'hu', 'hy', 'hz',
    'ia', 'id', 'ie', 'ig', 'ii', 'ik', 'io', 'is', 'it', 'iu', 'ja', 'jv', 'ka', 'kg', 'ki', 'kj',
    'kk', 'kl', 'km', 'kn', 'ko', 'kr', 'ks', 'ku', 'kv', 'kw', 'ky', 'la', 'lb', 'lg', 'li', 'ln',
    'lo', 'lt', 'lu', 'lv', 'mg', 'mh', 'mi', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt', 'my', 'na', 'nb',
    'nd', 'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv', 'ny', 'oc', 'oj', 'om', 'or', 'os', 'pa', 'pi',
    'pl', 'ps', 'pt', 'qu', 'rm', 'rn', 'ro', 'ru', 'rw', 'sa', 'sc', 'sd', 'se', 'sg', 'si', 'sk',
    'sl', 'sm', 'sn', 'so', 'sq', 'sr', 'ss', 'st', 'su', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'ti',
    'tk', 'tl', 'tn', 'to', 'tr', 'ts', 'tt', 'tw', 'ty', 'ug', 'uk', 'ur', 'uz', 've', 'vi', 'vo',
    'wa', 'wo', 'xh', 'yi', 'yo', 'za', 'zh', 'zu'
);

ALTER TABLE "seeker_profiles" ADD CONSTRAINT "seeker_profiles_residence_region_check"
  -- IS NOT DISTINCT FROM: with "=" a NULL country would make the whole check NULL, which passes.
  CHECK ("residence_region" IS NULL OR ("residence_country" IS NOT DISTINCT FROM 'JP' AND "residence_region" IN (
    'JP-01', 'JP-02', 'JP-03', 'JP-04', 'JP-05', 'JP-06', 'JP-07', 'JP-08', 'JP-09', 'JP-10', 'JP-11', 'JP-12',
    'JP-13', 'JP-14', 'JP-15', 'JP-16', 'JP-17', 'JP-18', 'JP-19', 'JP-20', 'JP-21', 'JP-22', 'JP-23', 'JP-24',
    'JP-25', 'JP-26', 'JP-27', 'JP-28', 'JP-29', 'JP-30', 'JP-31', 'JP-32', 'JP-33', 'JP-34', 'JP-35', 'JP-36',
    'JP-37', 'JP-38', 'JP-39', 'JP-40', 'JP-41', 'JP-42', 'JP-43', 'JP-44', 'JP-45', 'JP-46', 'JP-47'
  )));

ALTER TABLE "seeker_profiles" ADD CONSTRAINT "seeker_profiles_desired_locations_check"
  CHECK ("desired_locations" <@ ARRAY[
    'JP-01', 'JP-02', 'JP-03', 'JP-04', 'JP-05', 'JP-06', 'JP-07', 'JP-08', 'JP-09', 'JP-10', 'JP-11', 'JP-12',
    'JP-13', 'JP-14', 'JP-15', 'JP-16', 'JP-17', 'JP-18', 'JP-19', 'JP-20', 'JP-21', 'JP-22', 'JP-23', 'JP-24',
    'JP-25', 'JP-26', 'JP-27', 'JP-28', 'JP-29', 'JP-30', 'JP-31', 'JP-32', 'JP-33', 'JP-34', 'JP-35', 'JP-36',
    'JP-37', 'JP-38', 'JP-39', 'JP-40', 'JP-41', 'JP-42', 'JP-43', 'JP-44', 'JP-45', 'JP-46', 'JP-47', 'REMOTE',
    'ANYWHERE_JP'
  ]::text[]);

ALTER TABLE "language_skills" DROP CONSTRAINT "language_skills_language_check";
ALTER TABLE "language_skills" ADD CONSTRAINT "language_skills_language_check"
  CHECK ("language" IN (
    'aa', 'ab', 'ae', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bh',
    'bi', 'bm', 'bn', 'bo', 'br', 'bs', 'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cu', 'cv', 'cy', 'da',
    'de', 'dv', 'dz', 'ee', 'el', 'en', 'eo', 'es', 'et', 'eu', 'fa', 'ff', 'fi', 'fj', 'fo', 'fr',
    'fy', 'ga', 'gd', 'gl', 'gn', 'gu', 'gv', 'ha', 'he', 'hi', 'ho', 'hr', 'ht', 'hu', 'hy', 'hz',
    'ia', 'id', 'ie', 'ig', 'ii', 'ik', 'io', 'is', 'it', 'iu', 'ja', 'jv', 'ka', 'kg', 'ki', 'kj',
    'kk', 'kl', 'km', 'kn', 'ko', 'kr', 'ks', 'ku', 'kv', 'kw', 'ky', 'la', 'lb', 'lg', 'li', 'ln',
    'lo', 'lt', 'lu', 'lv', 'mg', 'mh', 'mi', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt', 'my', 'na', 'nb',
    'nd', 'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv', 'ny', 'oc', 'oj', 'om', 'or', 'os', 'pa', 'pi',
    'pl', 'ps', 'pt', 'qu', 'rm', 'rn', 'ro', 'ru', 'rw', 'sa', 'sc', 'sd', 'se', 'sg', 'si', 'sk',
    'sl', 'sm', 'sn', 'so', 'sq', 'sr', 'ss', 'st', 'su', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'ti',
    'tk', 'tl', 'tn', 'to', 'tr', 'ts', 'tt', 'tw', 'ty', 'ug', 'uk', 'ur', 'uz', 've', 'vi', 'vo',
    'wa', 'wo', 'xh', 'yi', 'yo', 'za', 'zh', 'zu'
  ));
