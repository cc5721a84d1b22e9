CREATE TABLE "comment_imports" (
	"site_id" text NOT NULL,
	"import_key" text NOT NULL,
	"comment_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comment_imports_site_id_import_key_pk" PRIMARY KEY("site_id","import_key")
);
--> statement-breakpoint
CREATE TABLE "privacy_audit" (
	"id" text PRIMARY KEY NOT NULL,
	"moderator_id" text NOT NULL,
	"action" text NOT NULL,
	"mode" text,
	"site_id" text,
	"counts" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "comment_imports_comment_idx" ON "comment_imports" USING btree ("comment_id");--> statement-breakpoint
CREATE INDEX "privacy_audit_created_idx" ON "privacy_audit" USING btree ("created_at");