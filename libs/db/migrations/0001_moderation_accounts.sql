CREATE TABLE "author_standings" (
	"site_id" text NOT NULL,
	"key_kind" text NOT NULL,
	"key_value" text NOT NULL,
	"standing" text NOT NULL,
	"until" timestamp (3) with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_failures" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_start" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "moderation_audit" (
	"id" text PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"comment_id" text NOT NULL,
	"moderator_id" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderator_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"moderator_id" text NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderator_sites" (
	"moderator_id" text NOT NULL,
	"site_id" text NOT NULL,
	CONSTRAINT "moderator_sites_moderator_id_site_id_pk" PRIMARY KEY("moderator_id","site_id")
);
--> statement-breakpoint
CREATE TABLE "moderators" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "moderators_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "site_spam_counts" (
	"site_id" text PRIMARY KEY NOT NULL,
	"counts" jsonb NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "author_standings" ADD CONSTRAINT "author_standings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderator_sessions" ADD CONSTRAINT "moderator_sessions_moderator_id_moderators_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."moderators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderator_sites" ADD CONSTRAINT "moderator_sites_moderator_id_moderators_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."moderators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderator_sites" ADD CONSTRAINT "moderator_sites_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_spam_counts" ADD CONSTRAINT "site_spam_counts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "author_standings_key_uq" ON "author_standings" USING btree ("site_id","key_kind","key_value");--> statement-breakpoint
CREATE INDEX "author_standings_until_idx" ON "author_standings" USING btree ("until") WHERE "author_standings"."until" is not null;--> statement-breakpoint
CREATE INDEX "moderation_audit_site_idx" ON "moderation_audit" USING btree ("site_id","created_at","id");--> statement-breakpoint
CREATE INDEX "moderator_sessions_moderator_idx" ON "moderator_sessions" USING btree ("moderator_id");