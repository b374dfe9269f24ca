-- How each person wants to hear of each kind of notification by mail (INSTANT, DAILY, WEEKLY, OFF); a kind without a
-- row has its default (mentions at once, the rest in the daily digest).
CREATE TABLE notification_delivery (
    person_id BIGINT      NOT NULL REFERENCES person (id),
    kind      VARCHAR(20) NOT NULL,
    delivery  VARCHAR(10) NOT NULL,
    PRIMARY KEY (person_id, kind)
);
-- The language a person's mails are written in, and when their digests were last sent.
CREATE TABLE notification_mail_profile (
    person_id      BIGINT     NOT NULL PRIMARY KEY REFERENCES person (id),
    language       VARCHAR(8) NOT NULL,
    daily_sent_at  TIMESTAMP,
    weekly_sent_at TIMESTAMP
);
-- The key that signs unsubscribe links, made once per installation.
CREATE TABLE notification_mail_key (
    id         INTEGER     NOT NULL PRIMARY KEY,
    secret     VARCHAR(64) NOT NULL,
    created_at TIMESTAMP   NOT NULL
);
-- A notification that went out by mail (at once or in a digest) is not mailed again.
ALTER TABLE notification ADD COLUMN mailed_at TIMESTAMP;
