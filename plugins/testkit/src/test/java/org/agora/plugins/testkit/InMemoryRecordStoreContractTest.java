package org.agora.plugins.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.plugins.api.RecordStore;

/** The test kit's in-memory store keeps the contract that the host's store keeps. */
class InMemoryRecordStoreContractTest extends RecordStoreContract {

    // a millisecond passes between two writes, as between two requests to the host: "newest first" has a meaning
    private final RecordStore store = new InMemoryRecordStore(new Ticking());

    @Override
    protected RecordStore store() {
        return store;
    }

    private static final class Ticking extends Clock {

        private final AtomicLong millis = new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.addAndGet(Duration.ofMillis(1).toMillis()));
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
