CREATE TABLE "comment_likes" (
	"comment_id" text NOT NULL,
	"liker_key" text NOT NULL,
	"site_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comment_likes_comment_id_liker_key_pk" PRIMARY KEY("comment_id","liker_key")
);
--> statement-breakpoint
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
ALTER TABLE "comments" ADD COLUMN "like_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "featured" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "edited_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "comment_likes" ADD CONSTRAINT "comment_likes_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_likes_liker_idx" ON "comment_likes" USING btree ("site_id","liker_key","created_at");--> statement-breakpoint
CREATE INDEX "mail_messages_dead_idx" ON "mail_messages" USING btree ("created_at") WHERE "mail_messages"."status" = 'dead';--> statement-breakpoint
CREATE INDEX "mail_messages_queued_idx" ON "mail_messages" USING btree ("created_at") WHERE "mail_messages"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "comments_thread_top_idx" ON "comments" USING btree ("site_id","thread_id","featured" DESC NULLS LAST,"like_count" DESC NULLS LAST,"created_at","id") WHERE "comments"."status" = 'published';