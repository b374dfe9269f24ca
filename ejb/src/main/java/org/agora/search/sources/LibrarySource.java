package org.agora.search.sources;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.documents.model.Document;
import org.agora.documents.model.DocumentVersion;
import org.agora.files.FileStore;
import org.agora.people.model.Person;
import org.agora.search.SearchSource;
import org.agora.search.index.SearchItem;
import org.agora.spaces.model.Space;

/** The documents of space libraries, by name and by the text of their current version, for the space's readers. */
@Stateless
public class LibrarySource implements SearchSource {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    FileStore files;

    @Override
    public String type() {
        return ItemTypes.DOCUMENT;
    }

    @Override
    public List<SearchItem> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Document> docs = em.createQuery("SELECT d FROM Document d WHERE d.id IN :ids", Document.class)
                .setParameter("ids", ids).getResultList();
        if (docs.isEmpty()) {
            return List.of();
        }
        Map<Long, Space> spaces = byId(Space.class, docs.stream().map(Document::getSpaceId).toList(), Space::getId);
        Map<Long, Person> people = byId(Person.class,
                docs.stream().map(d -> d.current().getUploadedBy()).toList(), Person::getId);
        return docs.stream().filter(d -> spaces.containsKey(d.getSpaceId())).map(d -> {
            Space space = spaces.get(d.getSpaceId());
            DocumentVersion v = d.current();
            Person author = people.get(v.getUploadedBy());
            return new SearchItem(ItemTypes.DOCUMENT, d.getId(), space.getId(), space.getName(), d.getName(),
                    text(v), v.getUploadedBy(), author == null ? null : author.getName(), v.getUploadedAt(), null,
                    null, "/spaces/" + space.getSlug() + "/documents/" + d.getId(), null);
        }).toList();
    }

    private String text(DocumentVersion version) {
        try {
            return TextExtraction.text(files.open(version.getFile().hash()), version.getFile().name());
        } catch (IOException e) {
            return "";
        }
    }

    private <T> Map<Long, T> byId(Class<T> type, List<Long> ids, Function<T, Long> id) {
        return em.createQuery("SELECT x FROM " + type.getSimpleName() + " x WHERE x.id IN :ids", type)
                .setParameter("ids", ids.stream().distinct().toList()).getResultStream()
                .collect(Collectors.toMap(id, Function.identity()));
    }

    @Override
    public List<Long> ids(long afterId, int limit) {
        return em.createQuery("SELECT d.id FROM Document d WHERE d.id > :after ORDER BY d.id", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(d) FROM Document d", Long.class).getSingleResult();
    }
}
