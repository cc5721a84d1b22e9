CREATE TABLE "mail_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"site_id" text,
	"template" text NOT NULL,
	"language" text NOT NULL,
	"recipient_encrypted" text NOT NULL,
	"params" jsonb NOT NULL,
	"unsubscribe_url" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_messages_dead_idx" ON "mail_messages" USING btree ("created_at") WHERE "mail_messages"."status" = 'dead';--> statement-breakpoint
CREATE INDEX "mail_messages_queued_idx" ON "mail_messages" USING btree ("created_at") WHERE "mail_messages"."status" = 'queued';