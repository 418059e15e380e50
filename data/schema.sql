-- csr-report snapshot schema, version 1.0
-- Every table and column of the platform's ER diagram (shared/seed/database-er-diagram.md),
-- in SQLite types: uuid, varchar, text, timestamp, date and jsonb are TEXT (timestamps in
-- ISO 8601, dates as YYYY-MM-DD, JSON as text); integer and boolean (0/1) are INTEGER;
-- decimal is REAL. Every index the seed lists is here, named idx_<table>_<columns>.
-- Foreign keys are declared for documentation and for `csr-report validate`; snapshots are
-- exports, so SQLite does not enforce them (PRAGMA foreign_keys is off by default).

CREATE TABLE snapshot_meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);

-- 1. Core user management

CREATE TABLE users (
    id         TEXT PRIMARY KEY,
    email      TEXT UNIQUE,
    role       TEXT,            -- admin | company_user | participant | volunteer
    first_name TEXT,
    last_name  TEXT,
    created_at TEXT,
    updated_at TEXT
);
CREATE UNIQUE INDEX idx_users_email ON users(email);
CREATE INDEX idx_users_role_created_at ON users(role, created_at);

CREATE TABLE companies (
    id         TEXT PRIMARY KEY,
    name       TEXT,
    industry   TEXT,
    country    TEXT,
    created_at TEXT
);

CREATE TABLE company_users (
    id         TEXT PRIMARY KEY,
    company_id TEXT REFERENCES companies(id),
    user_id    TEXT REFERENCES users(id),
    joined_at  TEXT
);

CREATE TABLE program_enrollments (
    id           TEXT PRIMARY KEY,
    user_id      TEXT REFERENCES users(id),
    program_type TEXT,          -- buddy | language | mentorship | upskilling
    enrolled_at  TEXT,
    status       TEXT,          -- active | completed | dropped
    completed_at TEXT
);

CREATE TABLE external_id_mappings (
    id              TEXT PRIMARY KEY,
    user_id         TEXT REFERENCES users(id),
    external_system TEXT,       -- kintell | discord | buddy | ...
    external_id     TEXT,
    created_at      TEXT
);
CREATE UNIQUE INDEX idx_external_id_mappings_external_system_external_id
    ON external_id_mappings(external_system, external_id);

-- 2. Kintell integration

CREATE TABLE kintell_sessions (
    id                  TEXT PRIMARY KEY,
    external_session_id TEXT,
    session_type        TEXT,   -- language | mentorship
    participant_id      TEXT REFERENCES users(id),
    volunteer_id        TEXT REFERENCES users(id),
    scheduled_at        TEXT,
    completed_at        TEXT,
    duration_minutes    INTEGER,
    rating              REAL,   -- 0.00 - 1.00
    feedback_text       TEXT,
    language_level      TEXT,   -- CEFR: A1, A2, B1, B2, C1, C2
    topics              TEXT,   -- JSON array of topics discussed
    metadata            TEXT,   -- JSON
    created_at          TEXT
);
CREATE INDEX idx_kintell_sessions_participant_id_completed_at ON kintell_sessions(participant_id, completed_at);
CREATE INDEX idx_kintell_sessions_volunteer_id_completed_at ON kintell_sessions(volunteer_id, completed_at);
CREATE INDEX idx_kintell_sessions_session_type_completed_at ON kintell_sessions(session_type, completed_at);

-- 3. Buddy system

CREATE TABLE buddy_matches (
    id             TEXT PRIMARY KEY,
    participant_id TEXT REFERENCES users(id),
    buddy_id       TEXT REFERENCES users(id),
    matched_at     TEXT,
    status         TEXT,        -- active | inactive | ended
    ended_at       TEXT
);
CREATE INDEX idx_buddy_matches_participant_id_status ON buddy_matches(participant_id, status);
CREATE INDEX idx_buddy_matches_buddy_id_status ON buddy_matches(buddy_id, status);

CREATE TABLE buddy_events (
    id          TEXT PRIMARY KEY,
    match_id    TEXT REFERENCES buddy_matches(id),
    event_type  TEXT,           -- hangout | activity | workshop
    event_date  TEXT,
    description TEXT,
    location    TEXT,
    created_at  TEXT
);
CREATE INDEX idx_buddy_events_match_id_event_date ON buddy_events(match_id, event_date);

CREATE TABLE buddy_checkins (
    id           TEXT PRIMARY KEY,
    match_id     TEXT REFERENCES buddy_matches(id),
    checkin_date TEXT,
    mood         TEXT,          -- great | good | okay | struggling | difficult
    notes        TEXT
);
CREATE INDEX idx_buddy_checkins_match_id_checkin_date ON buddy_checkins(match_id, checkin_date);

CREATE TABLE buddy_feedback (
    id            TEXT PRIMARY KEY,
    match_id      TEXT REFERENCES buddy_matches(id),
    from_role     TEXT,         -- participant | buddy
    rating        REAL,         -- 0.00 - 1.00
    feedback_text TEXT,
    submitted_at  TEXT
);
CREATE INDEX idx_buddy_feedback_match_id_submitted_at ON buddy_feedback(match_id, submitted_at);

-- 4. Upskilling

CREATE TABLE learning_progress (
    id               TEXT PRIMARY KEY,
    user_id          TEXT REFERENCES users(id),
    provider         TEXT,      -- ecornell | itslearning | ...
    course_id        TEXT,
    course_name      TEXT,
    status           TEXT,      -- enrolled | in_progress | completed | dropped
    progress_percent INTEGER,   -- 0 - 100
    started_at       TEXT,
    completed_at     TEXT,
    credential_ref   TEXT,
    metadata         TEXT,      -- JSON
    created_at       TEXT,
    updated_at       TEXT
);
CREATE INDEX idx_learning_progress_user_id_status ON learning_progress(user_id, status);
CREATE INDEX idx_learning_progress_provider_status ON learning_progress(provider, status);

-- 5. Q2Q outcome analytics

CREATE TABLE outcome_scores (
    id            TEXT PRIMARY KEY,
    text_id       TEXT,         -- buddy_feedback.id | kintell_sessions.id | buddy_checkins.id
    text_type     TEXT,         -- buddy_feedback | kintell_feedback | checkin_note
    dimension     TEXT,         -- confidence | belonging | lang_level_proxy | job_readiness | well_being
    score         REAL,         -- 0.000 - 1.000
    confidence    REAL,         -- model confidence 0.000 - 1.000
    model_version TEXT,
    created_at    TEXT
);
CREATE INDEX idx_outcome_scores_text_id_text_type ON outcome_scores(text_id, text_type);
CREATE INDEX idx_outcome_scores_dimension_created_at ON outcome_scores(dimension, created_at);

CREATE TABLE evidence_snippets (
    id               TEXT PRIMARY KEY,
    outcome_score_id TEXT REFERENCES outcome_scores(id),
    snippet_text     TEXT,
    snippet_hash     TEXT UNIQUE, -- SHA-256 hex of the snippet, for dedup
    embedding_ref    TEXT,
    created_at       TEXT
);

-- 6. Metrics and reporting (the platform's own figures; csr-report only compares against them)

CREATE TABLE metrics_company_period (
    id                    TEXT PRIMARY KEY,
    company_id            TEXT REFERENCES companies(id),
    period_start          TEXT,
    period_end            TEXT,
    participants_count    INTEGER,
    volunteers_count      INTEGER,
    sessions_count        INTEGER,
    avg_integration_score REAL,
    avg_language_level    REAL,
    avg_job_readiness     REAL,
    sroi_ratio            REAL,
    vis_score             REAL,
    created_at            TEXT
);

-- 7. Safety and moderation

CREATE TABLE safety_flags (
    id                    TEXT PRIMARY KEY,
    content_id            TEXT,   -- the flagged text's row id
    content_type          TEXT,   -- feedback_text | checkin_note | message
    flag_reason           TEXT,   -- profanity | pii_leakage | hate_speech
    confidence            REAL,
    requires_human_review INTEGER,
    review_status         TEXT,   -- pending | approved | rejected | escalated
    reviewed_by           TEXT REFERENCES users(id),
    review_notes          TEXT,
    reviewed_at           TEXT,
    raised_at             TEXT
);
CREATE INDEX idx_safety_flags_review_status_raised_at ON safety_flags(review_status, raised_at);
CREATE INDEX idx_safety_flags_content_id_content_type ON safety_flags(content_id, content_type);

-- 8. Idempotency and reliability

CREATE TABLE event_deduplication (
    id            TEXT PRIMARY KEY,
    event_id      TEXT,
    event_type    TEXT,
    consumer_id   TEXT,
    processed_at  TEXT,
    success       INTEGER,
    error_message TEXT,
    metadata      TEXT,         -- JSON string
    created_at    TEXT
);
CREATE UNIQUE INDEX idx_event_deduplication_event_id_consumer_id ON event_deduplication(event_id, consumer_id);
CREATE INDEX idx_event_deduplication_processed_at ON event_deduplication(processed_at);

CREATE TABLE webhook_deduplication (
    id             TEXT PRIMARY KEY,
    delivery_id    TEXT,
    webhook_source TEXT,        -- kintell | upskilling
    webhook_type   TEXT,
    received_at    TEXT,
    processed_at   TEXT,
    success        INTEGER,
    status_code    TEXT,
    error_message  TEXT,
    retry_count    TEXT,
    payload        TEXT,        -- JSON string
    created_at     TEXT
);
CREATE UNIQUE INDEX idx_webhook_deduplication_delivery_id_webhook_source ON webhook_deduplication(delivery_id, webhook_source);

CREATE TABLE api_request_deduplication (
    id              TEXT PRIMARY KEY,
    idempotency_key TEXT UNIQUE,
    user_id         TEXT REFERENCES users(id),
    endpoint        TEXT,
    method          TEXT,       -- GET | POST | PUT | DELETE
    requested_at    TEXT,
    completed_at    TEXT,
    status_code     TEXT,
    response_body   TEXT,
    error_message   TEXT,
    expires_at      TEXT,
    created_at      TEXT
);
CREATE UNIQUE INDEX idx_api_request_deduplication_idempotency_key ON api_request_deduplication(idempotency_key);
CREATE INDEX idx_api_request_deduplication_expires_at ON api_request_deduplication(expires_at);
