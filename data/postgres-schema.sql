-- The CSR platform's schema in PostgreSQL types (PostgreSQL 14+), written from
-- shared/seed/database-er-diagram.md: uuid keys, timestamptz for every timestamp, jsonb, numeric
-- for decimal, boolean, and every index the seed lists. csr-report's tests create a throwaway
-- cluster from this file, load the demo data into it and export it with `csr-report snapshot`;
-- it is also a reference for what the export expects (docs/architecture.md).
-- decimal is plain numeric: the seed gives ranges (0.000 - 1.000), not precisions, and numeric
-- without a scale keeps every digit it is given.

CREATE TABLE users (
    id         uuid PRIMARY KEY,
    email      varchar(320) UNIQUE,
    role       varchar(32),          -- admin | company_user | participant | volunteer
    first_name varchar(200),
    last_name  varchar(200),
    created_at timestamptz,
    updated_at timestamptz
);
CREATE INDEX idx_users_role_created_at ON users(role, created_at);

CREATE TABLE companies (
    id         uuid PRIMARY KEY,
    name       varchar(300),
    industry   varchar(200),
    country    varchar(100),
    created_at timestamptz
);

CREATE TABLE company_users (
    id         uuid PRIMARY KEY,
    company_id uuid REFERENCES companies(id),
    user_id    uuid REFERENCES users(id),
    joined_at  timestamptz
);

CREATE TABLE program_enrollments (
    id           uuid PRIMARY KEY,
    user_id      uuid REFERENCES users(id),
    program_type varchar(32),        -- buddy | language | mentorship | upskilling
    enrolled_at  timestamptz,
    status       varchar(32),        -- active | completed | dropped
    completed_at timestamptz
);

CREATE TABLE external_id_mappings (
    id              uuid PRIMARY KEY,
    user_id         uuid REFERENCES users(id),
    external_system varchar(64),     -- kintell | discord | buddy | ...
    external_id     varchar(255),
    created_at      timestamptz
);
CREATE UNIQUE INDEX idx_external_id_mappings_external_system_external_id
    ON external_id_mappings(external_system, external_id);

CREATE TABLE kintell_sessions (
    id                  uuid PRIMARY KEY,
    external_session_id varchar(255),
    session_type        varchar(32), -- language | mentorship
    participant_id      uuid REFERENCES users(id),
    volunteer_id        uuid REFERENCES users(id),
    scheduled_at        timestamptz,
    completed_at        timestamptz,
    duration_minutes    integer,
    rating              numeric,     -- 0.00 - 1.00
    feedback_text       text,
    language_level      varchar(16), -- CEFR: A1, A2, B1, B2, C1, C2
    topics              jsonb,       -- array of topics discussed
    metadata            jsonb,
    created_at          timestamptz
);
CREATE INDEX idx_kintell_sessions_participant_id_completed_at ON kintell_sessions(participant_id, completed_at);
CREATE INDEX idx_kintell_sessions_volunteer_id_completed_at ON kintell_sessions(volunteer_id, completed_at);
CREATE INDEX idx_kintell_sessions_session_type_completed_at ON kintell_sessions(session_type, completed_at);

CREATE TABLE buddy_matches (
    id             uuid PRIMARY KEY,
    participant_id uuid REFERENCES users(id),
    buddy_id       uuid REFERENCES users(id),
    matched_at     timestamptz,
    status         varchar(32),      -- active | inactive | ended
    ended_at       timestamptz
);
CREATE INDEX idx_buddy_matches_participant_id_status ON buddy_matches(participant_id, status);
CREATE INDEX idx_buddy_matches_buddy_id_status ON buddy_matches(buddy_id, status);

CREATE TABLE buddy_events (
    id          uuid PRIMARY KEY,
    match_id    uuid REFERENCES buddy_matches(id),
    event_type  varchar(32),         -- hangout | activity | workshop
    event_date  timestamptz,
    description text,
    location    varchar(300),
    created_at  timestamptz
);
CREATE INDEX idx_buddy_events_match_id_event_date ON buddy_events(match_id, event_date);

CREATE TABLE buddy_checkins (
    id           uuid PRIMARY KEY,
    match_id     uuid REFERENCES buddy_matches(id),
    checkin_date timestamptz,
    mood         varchar(32),        -- great | good | okay | struggling | difficult
    notes        text
);
CREATE INDEX idx_buddy_checkins_match_id_checkin_date ON buddy_checkins(match_id, checkin_date);

CREATE TABLE buddy_feedback (
    id            uuid PRIMARY KEY,
    match_id      uuid REFERENCES buddy_matches(id),
    from_role     varchar(32),       -- participant | buddy
    rating        numeric,           -- 0.00 - 1.00
    feedback_text text,
    submitted_at  timestamptz
);
CREATE INDEX idx_buddy_feedback_match_id_submitted_at ON buddy_feedback(match_id, submitted_at);

CREATE TABLE learning_progress (
    id               uuid PRIMARY KEY,
    user_id          uuid REFERENCES users(id),
    provider         varchar(64),    -- ecornell | itslearning | ...
    course_id        varchar(255),
    course_name      varchar(500),
    status           varchar(32),    -- enrolled | in_progress | completed | dropped
    progress_percent integer,        -- 0 - 100
    started_at       timestamptz,
    completed_at     timestamptz,
    credential_ref   varchar(255),
    metadata         jsonb,
    created_at       timestamptz,
    updated_at       timestamptz
);
CREATE INDEX idx_learning_progress_user_id_status ON learning_progress(user_id, status);
CREATE INDEX idx_learning_progress_provider_status ON learning_progress(provider, status);

CREATE TABLE outcome_scores (
    id            uuid PRIMARY KEY,
    text_id       uuid,              -- buddy_feedback.id | kintell_sessions.id | buddy_checkins.id
    text_type     varchar(32),       -- buddy_feedback | kintell_feedback | checkin_note
    dimension     varchar(32),       -- confidence | belonging | lang_level_proxy | job_readiness | well_being
    score         numeric,           -- 0.000 - 1.000
    confidence    numeric,           -- model confidence 0.000 - 1.000
    model_version varchar(64),
    created_at    timestamptz
);
CREATE INDEX idx_outcome_scores_text_id_text_type ON outcome_scores(text_id, text_type);
CREATE INDEX idx_outcome_scores_dimension_created_at ON outcome_scores(dimension, created_at);

CREATE TABLE evidence_snippets (
    id               uuid PRIMARY KEY,
    outcome_score_id uuid REFERENCES outcome_scores(id),
    snippet_text     text,
    snippet_hash     varchar(64) UNIQUE, -- SHA-256 hex of the snippet, for dedup
    embedding_ref    varchar(255),
    created_at       timestamptz
);

CREATE TABLE metrics_company_period (
    id                    uuid PRIMARY KEY,
    company_id            uuid REFERENCES companies(id),
    period_start          date,
    period_end            date,
    participants_count    integer,
    volunteers_count      integer,
    sessions_count        integer,
    avg_integration_score numeric,
    avg_language_level    numeric,
    avg_job_readiness     numeric,
    sroi_ratio            numeric,
    vis_score             numeric,
    created_at            timestamptz
);

CREATE TABLE safety_flags (
    id                    uuid PRIMARY KEY,
    content_id            uuid,      -- the flagged text's row id
    content_type          varchar(32), -- feedback_text | checkin_note | message
    flag_reason           varchar(32), -- profanity | pii_leakage | hate_speech
    confidence            numeric,
    requires_human_review boolean,
    review_status         varchar(32), -- pending | approved | rejected | escalated
    reviewed_by           uuid REFERENCES users(id),
    review_notes          text,
    reviewed_at           timestamptz,
    raised_at             timestamptz
);
CREATE INDEX idx_safety_flags_review_status_raised_at ON safety_flags(review_status, raised_at);
CREATE INDEX idx_safety_flags_content_id_content_type ON safety_flags(content_id, content_type);

CREATE TABLE event_deduplication (
    id            uuid PRIMARY KEY,
    event_id      varchar(255),
    event_type    varchar(128),
    consumer_id   varchar(128),
    processed_at  timestamptz,
    success       boolean,
    error_message text,
    metadata      text,              -- JSON string
    created_at    timestamptz
);
CREATE UNIQUE INDEX idx_event_deduplication_event_id_consumer_id ON event_deduplication(event_id, consumer_id);
CREATE INDEX idx_event_deduplication_processed_at ON event_deduplication(processed_at);

CREATE TABLE webhook_deduplication (
    id             uuid PRIMARY KEY,
    delivery_id    varchar(255),
    webhook_source varchar(32),      -- kintell | upskilling
    webhook_type   varchar(128),
    received_at    timestamptz,
    processed_at   timestamptz,
    success        boolean,
    status_code    varchar(16),
    error_message  text,
    retry_count    varchar(16),
    payload        text,             -- JSON string
    created_at     timestamptz
);
CREATE UNIQUE INDEX idx_webhook_deduplication_delivery_id_webhook_source ON webhook_deduplication(delivery_id, webhook_source);

CREATE TABLE api_request_deduplication (
    id              uuid PRIMARY KEY,
    idempotency_key varchar(255) UNIQUE,
    user_id         uuid REFERENCES users(id),
    endpoint        varchar(500),
    method          varchar(8),      -- GET | POST | PUT | DELETE
    requested_at    timestamptz,
    completed_at    timestamptz,
    status_code     varchar(16),
    response_body   text,
    error_message   text,
    expires_at      timestamptz,
    created_at      timestamptz
);
CREATE INDEX idx_api_request_deduplication_expires_at ON api_request_deduplication(expires_at);
