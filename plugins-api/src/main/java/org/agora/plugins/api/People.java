package org.agora.plugins.api;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The company's people, as a plugin may look them up: to pick a colleague, to resolve a handle, to show names.
 *
 * <p>Everyone in the directory is visible to every signed-in employee, as on the people page; the fields a person
 * chose to show only to some ({@link PersonCard#location()}) are given only to viewers allowed to see them.
 *
 * <pre>{@code
 * List<PersonRef> found = context.people().find(viewer, "cam", 8);   // Camille Martin, ...
 * Optional<PersonRef> ada = context.people().byHandle("ada.lovelace");
 * }</pre>
 *
 * <p>Plugin templates offer a person picker with {@code ~{agora/people :: picker(...)}}; see
 * {@link PageResult.View}.
 *
 * @since 1.2.0
 */
public interface People {

    /** The most people {@link #find} returns at once. */
    int MAX_FOUND = 20;

    /** The most people {@link #everyone} and {@link #members} return at once. */
    int MAX_PAGE = 500;

    /**
     * Finds people as the mention suggestions do: by the start of their name, of a word of it, or of their handle,
     * ignoring case and accents.
     *
     * @param viewer the person looking
     * @param typed  what they typed, with or without a leading {@code @}; at most 60 characters
     * @param limit  at most this many, 1 to {@value #MAX_FOUND}
     * @return the people found, by name; empty for blank or too long input
     */
    List<PersonRef> find(Viewer viewer, String typed, int limit);

    /**
     * @param id a person's id
     * @return the person, if they exist
     */
    Optional<PersonRef> byId(long id);

    /**
     * @param ids people's ids, at most 500
     * @return the people who exist among them, in the order of {@code ids}, each once
     */
    List<PersonRef> byIds(Collection<Long> ids);

    /**
     * @param handle a handle, with or without a leading {@code @}
     * @return the one person with that handle, if exactly one has it
     */
    Optional<PersonRef> byHandle(String handle);

    /**
     * Reads the people that a person picker ({@code ~{agora/people :: picker(name, ...)}}) sent: their ids under
     * {@code name}, or, from a browser without JavaScript, their handles under {@code name-handles}, separated by
     * commas or spaces.
     *
     * @param request the form's request
     * @param name    the picker's name
     * @return the people chosen who exist, each once, in the order chosen
     */
    default List<PersonRef> picked(PageRequest request, String name) {
        List<Long> ids = new ArrayList<>();
        for (String value : request.parameters().getOrDefault(name, List.of())) {
            if (value != null && value.matches("[0-9]{1,18}")) {
                ids.add(Long.parseLong(value));
            }
        }
        Set<PersonRef> people = new LinkedHashSet<>(byIds(ids.stream().distinct().limit(500).toList()));
        request.parameter(name + "-handles").ifPresent(typed -> {
            for (String handle : typed.split("[,;\\s]+")) {
                if (!handle.isBlank() && people.size() < 500) {
                    byHandle(handle).ifPresent(people::add);
                }
            }
        });
        return List.copyOf(people);
    }

    /**
     * @param viewer the person looking
     * @param id     a person's id
     * @return the person's directory card as the viewer may see it, if the person exists
     */
    Optional<PersonCard> card(Viewer viewer, long id);

    /**
     * Everyone in the company, a page at a time, for a plugin's own work over all employees: counting the audience of
     * a company-wide survey, reminding those who have not answered. Read the next page from the last id returned.
     *
     * <pre>{@code
     * for (List<PersonRef> page = people.everyone(0, 500); !page.isEmpty();
     *         page = people.everyone(page.get(page.size() - 1).id(), 500)) { ... }
     * }</pre>
     *
     * @param afterId only people whose id is greater; 0 for the first page
     * @param limit   at most this many, 1 to {@value #MAX_PAGE}
     * @return the people, by id
     * @since 1.3.0
     */
    List<PersonRef> everyone(long afterId, int limit);

    /**
     * @return how many people {@link #everyone} lists
     * @since 1.3.0
     */
    long count();

    /**
     * The active members of a space (not those invited or asking to join), a page at a time, as {@link #everyone}.
     * Who belongs to a space that is not public is the space's own business: show these people only to viewers who
     * may read the space ({@link SpaceRef}).
     *
     * @param spaceId the space
     * @param afterId only people whose id is greater; 0 for the first page
     * @param limit   at most this many, 1 to {@value #MAX_PAGE}
     * @return the members, by id; empty for a space that does not exist
     * @since 1.3.0
     */
    List<PersonRef> members(long spaceId, long afterId, int limit);

    /**
     * @param spaceId the space
     * @return how many people {@link #members} lists for it
     * @since 1.3.0
     */
    long memberCount(long spaceId);

    /**
     * Whether the viewer may see what a person shows to an audience, by the rules of the profile's own fields: anyone
     * for {@link ProfileAudience#EVERYONE}; the person and those who share an active membership of a space with them
     * for {@link ProfileAudience#SPACES}; the person alone for {@link ProfileAudience#ONLY_ME}. Administrators see
     * what their memberships let them see, like everyone.
     *
     * @param viewer   the person looking
     * @param personId whose profile
     * @param audience what the person chose
     * @return true if the viewer may see it; false for a person who does not exist
     * @since 1.4.0
     */
    boolean shows(Viewer viewer, long personId, ProfileAudience audience);

    /**
     * The time zone in which the person reads dates and times: the one they chose on their profile, else the
     * company's, which administrators set. Pages, panels, notifications and feeds written for one person show their
     * times in it.
     *
     * @param personId whose zone
     * @return their zone; the company's for a person who does not exist
     * @since 1.5.0
     */
    ZoneId zone(long personId);
}
