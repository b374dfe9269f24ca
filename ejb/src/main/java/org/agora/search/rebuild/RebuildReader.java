package org.agora.search.rebuild;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.agora.search.Outbox;
import org.agora.search.SearchService;
import org.agora.search.index.Fields;

/** Reads the key of every item of every source, type after type in id order; restartable from its checkpoint. */
@Named
@Dependent
public class RebuildReader extends AbstractItemReader {

    private static final int PAGE = 500;

    /** Where the reader is: the type's position among the sorted types, and the last id read of it. */
    record Position(int type, long lastId) implements Serializable {
    }

    @EJB
    Outbox outbox;

    @EJB
    SearchService search;

    private List<String> types;
    private Position position;
    private final Deque<Long> buffered = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        types = search.types();
        position = checkpoint instanceof Position p ? p : new Position(0, 0);
    }

    @Override
    public Object readItem() {
        while (buffered.isEmpty() && position.type() < types.size()) {
            List<Long> ids = outbox.ids(types.get(position.type()), position.lastId(), PAGE);
            if (ids.isEmpty()) {
                position = new Position(position.type() + 1, 0);
            } else {
                buffered.addAll(ids);
            }
        }
        if (buffered.isEmpty()) {
            return null;
        }
        long id = buffered.removeFirst();
        position = new Position(position.type(), id);
        return Fields.key(types.get(position.type()), id);
    }

    @Override
    public Serializable checkpointInfo() {
        // the ids still buffered come after the last one read, so a restart reads them again from the database
        return position;
    }
}
