ALTER TABLE "comments" ADD COLUMN "reader_id" text;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "abuse_policy" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "proof_of_work" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "edit_window_seconds" integer DEFAULT 900 NOT NULL;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "reports_to_hold" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "alert_digest_minutes" integer DEFAULT 60 NOT NULL;