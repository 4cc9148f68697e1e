-- crosscheck store, schema version 1. Plain tables; JSON columns hold small lists.
create table if not exists meta (
  key text primary key,
  value text
);
create table if not exists documents (
  id text primary key,            -- file name without extension, or JSONL id / <stem>-<line>
  content_hash text not null,     -- of title + raw text: same input, same hash, nothing added
  path text, title text, url text, outlet text,
  published text,                 -- YYYY-MM-DD
  text text not null,             -- cleaned text; every offset below refers to it
  raw text,                       -- text as read
  dropped text,                   -- JSON list of {rule, text} the cleaner removed
  added_at text
);
create table if not exists sentences (
  id text primary key,            -- <doc>:<index>
  doc_id text not null references documents(id) on delete cascade,
  idx integer not null,
  start integer not null,
  "end" integer not null,
  text text not null
);
create table if not exists sources (
  name text primary key,          -- canonical name
  kind text,                      -- person, government, military, intelligence, media, anonymous, ...
  members text                    -- JSON list for joint sources
);
create table if not exists claims (
  id text primary key,
  doc_id text not null references documents(id) on delete cascade,
  sentence_id text not null references sentences(id) on delete cascade,
  quantity_text text, q_start integer, q_end integer,
  low real, high real, approx integer, unit text, q_kind text,
  source_name text,               -- null: the outlet's own voice
  source_text text, source_kind text, source_members text,
  via text,                       -- JSON list of {text, name, kind}
  cue text, what text, subject text, category text, location text,
  hedges text,                    -- JSON list
  certainty text, stance text,
  date text,                      -- YYYY-MM-DD, --MM-DD, or null
  period text,
  rules text                      -- JSON list of rule ids
);
create index if not exists claims_doc on claims(doc_id);
create table if not exists questions (
  id text primary key,
  title text, category text, subject text, unit text, location text,
  low real, best real, high real,
  n_claims integer, n_sources integer
);
create table if not exists question_claims (
  question_id text not null references questions(id) on delete cascade,
  claim_id text not null references claims(id) on delete cascade,
  primary key (question_id, claim_id)
);
create table if not exists contradictions (
  question_id text not null references questions(id) on delete cascade,
  claim_a text not null references claims(id) on delete cascade,
  claim_b text not null references claims(id) on delete cascade,
  reason text,
  primary key (question_id, claim_a, claim_b)
);
create table if not exists problems (
  "where" text not null,
  reason text not null,
  detail text,
  seen_at text,
  primary key ("where", reason)
);
