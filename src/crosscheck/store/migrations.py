"""Schema changes after version 1 (``schema.sql``), as numbered migrations applied in order."""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (2, """
alter table documents add column language text;
alter table documents add column story text;        -- near-duplicate cluster (first document's id)
alter table documents add column cites text;        -- JSON list of outlets this report relays
alter table documents add column minhash blob;      -- MinHash signature (128 x uint64)
alter table documents add column version integer not null default 1;
create index if not exists documents_story on documents(story);
create table if not exists document_versions (     -- earlier versions of a document (same id / URL)
  doc_id text not null,
  version integer not null,
  content_hash text not null,
  title text,
  text text not null,
  claims text,                                      -- JSON: that version's claims (extract contract)
  saved_at text,
  primary key (doc_id, version)
);
create table if not exists revisions (             -- a source's figure that changed between versions
  doc_id text not null,
  old_version integer not null,
  new_version integer not null,
  source_name text,
  category text,
  old_text text, old_low real, old_high real,
  new_claim_id text, new_text text, new_low real, new_high real,
  primary key (doc_id, new_version, source_name, category, old_text)
);
create table if not exists line_counts (           -- lines seen per outlet, to learn boilerplate
  outlet text not null,
  line_key text not null,
  n_docs integer not null,
  primary key (outlet, line_key)
);
create table if not exists seen (                  -- what `crosscheck watch` has fetched
  url text primary key,
  etag text,
  last_modified text,
  content_hash text,
  first_seen text,
  last_seen text
);
"""),
    (3, """
alter table sources add column affiliation text;   -- whom the source speaks for (country or organisation)
alter table sources add column aliases text;       -- JSON list of acronyms / other names
alter table claims add column source_affiliation text;
alter table claims add column copies text;
"""),
    (4, """
alter table documents add column author text;
alter table documents add column canonical_url text;
"""),
    (5, """
alter table documents add column extractor text;   -- fingerprint of the rules that extracted its claims
"""),
)
