package org.agora.search.rebuild;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.agora.search.SearchService;

/** Writes a chunk of items, read afresh from their sources, into the live index. */
@Named
@Dependent
public class RebuildWriter extends AbstractItemWriter {

    @EJB
    SearchService search;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        Map<String, List<Long>> byType = items.stream().map(String.class::cast)
                .collect(Collectors.groupingBy(key -> key.substring(0, key.indexOf(':')), LinkedHashMap::new,
                        Collectors.mapping(key -> Long.parseLong(key.substring(key.indexOf(':') + 1)),
                                Collectors.toList())));
        for (Map.Entry<String, List<Long>> e : byType.entrySet()) {
            search.write(e.getKey(), e.getValue());
        }
    }
}
