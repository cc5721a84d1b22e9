-- Custom: drizzle-kit cannot generate data. The store's id, made once here, is the default Redis key prefix.
INSERT INTO "deployment" ("id") VALUES (replace(gen_random_uuid()::text, '-', '')) ON CONFLICT DO NOTHING;
