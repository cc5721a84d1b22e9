CREATE TABLE "comment_checks" (
	"comment_id" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"verdict" text NOT NULL,
	"score" real NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "comment_checks_comment_id_position_pk" PRIMARY KEY("comment_id","position")
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" text PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"thread_id" text NOT NULL,
	"parent_id" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"verdict" text,
	"spam_score" real,
	"language" text,
	"author_name" text NOT NULL,
	"author_url" text,
	"author_email_encrypted" text NOT NULL,
	"author_email_hmac" text NOT NULL,
	"avatar_seed" text NOT NULL,
	"body" text NOT NULL,
	"body_fingerprint" text NOT NULL,
	"honeypot" text,
	"form_token_state" text NOT NULL,
	"form_token_seconds" real,
	"client_ip" text,
	"user_agent" text,
	"status_token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"checked_at" timestamp (3) with time zone,
	"published_at" timestamp (3) with time zone,
	"decided_at" timestamp (3) with time zone,
	"decided_by" text
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"allowed_origins" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"premoderation" text DEFAULT 'none' NOT NULL,
	"max_links" integer DEFAULT 2 NOT NULL,
	"blocked_terms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"held_terms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"suspicious_domains" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"spam_hold_threshold" real NOT NULL,
	"spam_threshold" real NOT NULL,
	"min_submit_seconds" integer DEFAULT 3 NOT NULL,
	"flood_seconds" integer DEFAULT 15 NOT NULL,
	"max_body_length" integer DEFAULT 10000 NOT NULL,
	"closed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "threads" (
	"site_id" text NOT NULL,
	"id" text NOT NULL,
	"closed" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"published_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "threads_site_id_id_pk" PRIMARY KEY("site_id","id")
);
--> statement-breakpoint
ALTER TABLE "comment_checks" ADD CONSTRAINT "comment_checks_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threads" ADD CONSTRAINT "threads_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comments_thread_published_idx" ON "comments" USING btree ("site_id","thread_id","created_at","id") WHERE "comments"."status" = 'published';--> statement-breakpoint
CREATE INDEX "comments_queued_idx" ON "comments" USING btree ("created_at") WHERE "comments"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "comments_site_status_idx" ON "comments" USING btree ("site_id","status","created_at");--> statement-breakpoint
CREATE INDEX "comments_author_idx" ON "comments" USING btree ("site_id","author_email_hmac","created_at");--> statement-breakpoint
CREATE INDEX "comments_ip_idx" ON "comments" USING btree ("site_id","client_ip","created_at");--> statement-breakpoint
CREATE INDEX "comments_fingerprint_idx" ON "comments" USING btree ("site_id","body_fingerprint","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "comments_duplicate_uq" ON "comments" USING btree ("site_id","thread_id","author_email_hmac","body_fingerprint");