CREATE TABLE "comment_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"comment_id" text NOT NULL,
	"reason" text NOT NULL,
	"note" text,
	"reporter_key" text NOT NULL,
	"ip_key" text NOT NULL,
	"weight" real DEFAULT 1 NOT NULL,
	"email_encrypted" text,
	"email_hmac" text,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"decide_by" timestamp (3) with time zone NOT NULL,
	"decided_at" timestamp (3) with time zone,
	"decided_by" text
);
--> statement-breakpoint
ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "comment_reports_one_per_reader" ON "comment_reports" USING btree ("comment_id","reporter_key");--> statement-breakpoint
CREATE INDEX "comment_reports_site_status_idx" ON "comment_reports" USING btree ("site_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "comment_reports_open_comment_idx" ON "comment_reports" USING btree ("comment_id") WHERE "comment_reports"."status" = 'open';--> statement-breakpoint
CREATE INDEX "comment_reports_reporter_idx" ON "comment_reports" USING btree ("site_id","reporter_key","created_at");--> statement-breakpoint
CREATE INDEX "comment_reports_ip_idx" ON "comment_reports" USING btree ("site_id","ip_key","created_at");--> statement-breakpoint
CREATE INDEX "comment_reports_email_idx" ON "comment_reports" USING btree ("email_hmac") WHERE "comment_reports"."email_hmac" is not null;