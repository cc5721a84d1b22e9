CREATE TABLE "domain_reputation" (
	"scope" text NOT NULL,
	"domain" text NOT NULL,
	"spam_count" integer DEFAULT 0 NOT NULL,
	"approved_count" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "domain_reputation_scope_domain_pk" PRIMARY KEY("scope","domain")
);
--> statement-breakpoint
CREATE TABLE "recent_links" (
	"comment_id" text NOT NULL,
	"link" text NOT NULL,
	"site_id" text NOT NULL,
	"thread_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recent_links_comment_id_link_pk" PRIMARY KEY("comment_id","link")
);
--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "proof_of_work" text;--> statement-breakpoint
CREATE INDEX "recent_links_link_idx" ON "recent_links" USING btree ("link","created_at");--> statement-breakpoint
CREATE INDEX "recent_links_created_idx" ON "recent_links" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "comments_reader_idx" ON "comments" USING btree ("site_id","reader_id","created_at");