CREATE TABLE "moderator_alerts" (
	"moderator_id" text NOT NULL,
	"site_id" text NOT NULL,
	"last_digest_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"digests_sent" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "moderator_alerts_moderator_id_site_id_pk" PRIMARY KEY("moderator_id","site_id")
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" text PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"kind" text NOT NULL,
	"thread_id" text NOT NULL,
	"comment_id" text,
	"email_encrypted" text NOT NULL,
	"email_hmac" text NOT NULL,
	"confirm_token" text NOT NULL,
	"unsubscribe_token" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp (3) with time zone,
	"unsubscribed_at" timestamp (3) with time zone,
	CONSTRAINT "subscriptions_confirm_token_unique" UNIQUE("confirm_token"),
	CONSTRAINT "subscriptions_unsubscribe_token_unique" UNIQUE("unsubscribe_token")
);
--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "notify" text;--> statement-breakpoint
ALTER TABLE "moderator_alerts" ADD CONSTRAINT "moderator_alerts_moderator_id_moderators_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."moderators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderator_alerts" ADD CONSTRAINT "moderator_alerts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_thread_uq" ON "subscriptions" USING btree ("site_id","thread_id","email_hmac") WHERE "subscriptions"."kind" = 'thread';--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_comment_uq" ON "subscriptions" USING btree ("comment_id","email_hmac") WHERE "subscriptions"."kind" = 'replies';--> statement-breakpoint
CREATE INDEX "subscriptions_address_idx" ON "subscriptions" USING btree ("site_id","email_hmac");