CREATE TABLE "import_jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"moderator_id" text NOT NULL,
	"format" text NOT NULL,
	"dry_run" boolean DEFAULT false NOT NULL,
	"state" text DEFAULT 'running' NOT NULL,
	"bytes_total" bigint NOT NULL,
	"records_read" integer DEFAULT 0 NOT NULL,
	"summary" jsonb,
	"failure" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"heartbeat_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "privacy_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"kind" text NOT NULL,
	"language" text NOT NULL,
	"email_encrypted" text NOT NULL,
	"email_hmac" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"confirmed_at" timestamp (3) with time zone,
	CONSTRAINT "privacy_requests_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "privacy_audit" ALTER COLUMN "moderator_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "privacy_audit" ADD COLUMN "requested_by" text DEFAULT 'admin' NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "recipient_hmac" text;--> statement-breakpoint
CREATE INDEX "import_jobs_site_idx" ON "import_jobs" USING btree ("site_id","created_at");--> statement-breakpoint
CREATE INDEX "privacy_requests_email_idx" ON "privacy_requests" USING btree ("email_hmac","created_at");--> statement-breakpoint
CREATE INDEX "mail_messages_recipient_idx" ON "mail_messages" USING btree ("recipient_hmac");