-- The time zone each person reads dates in, once they have chosen one; without a row, the company's zone
-- (the setting "company.zone", or the server's zone until an administrator chooses one).
CREATE TABLE person_time_zone (
    person_id  BIGINT      NOT NULL PRIMARY KEY REFERENCES person (id),
    zone_id    VARCHAR(60) NOT NULL,
    chosen_at  TIMESTAMP   NOT NULL
);
