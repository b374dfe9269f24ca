-- The plugins whose own demo content (plugins API DemoContent) a demo installation has seeded, once each.
CREATE TABLE demo_content (
    plugin_id VARCHAR(64) NOT NULL PRIMARY KEY,
    seeded_at TIMESTAMP   NOT NULL
);
