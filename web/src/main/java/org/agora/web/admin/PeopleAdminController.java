package org.agora.web.admin;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.agora.database.Retries;
import org.agora.people.admin.AccountFilter;
import org.agora.people.admin.PeopleAdministration;
import org.agora.people.admin.PeopleAdministration.Search;
import org.agora.people.links.IssuedLink;
import org.agora.people.links.PasswordLinks;
import org.agora.people.model.Role;
import org.agora.people.signin.SignInThrottle;
import org.agora.privacy.Deactivation;
import org.agora.validation.InvalidInputException;
import org.agora.web.forms.Refusals;
import org.agora.web.security.CurrentUser;

/**
 * The people of the company for administrators: search and paging, adding a new hire, roles, deactivating and
 * reactivating, and links with which people choose their own password.
 */
@Controller
@Path("admin/people")
@Produces(MediaType.TEXT_HTML)
public class PeopleAdminController {

    private static final int PAGE = 50;
    private static final String VIEW = "admin/people.html";

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    @Inject
    Refusals refusals;

    @Inject
    PeopleAdministration people;

    @Inject
    PasswordLinks links;

    @Inject
    Deactivation deactivation;

    @Inject
    IssuedLinks issued;

    @Inject
    SignInThrottle throttle;

    @Inject
    CurrentUser current;

    @Inject
    Retries retries;

    /** The list's state, which every form on the page carries back so the administrator stays where they were. */
    public record Where(String q, String status, String role, int page) {
        static Where of(String q, String status, String role, Integer page) {
            String r = role == null || role.isBlank() ? "" : role.strip().toUpperCase(Locale.ROOT);
            return new Where(q == null ? "" : q.strip(), AccountFilter.parse(status).param(),
                    Arrays.stream(Role.values()).anyMatch(x -> x.name().equals(r)) ? r : "",
                    page == null || page < 1 ? 1 : page);
        }

        Search search() {
            return new Search(q, AccountFilter.parse(status), role.isEmpty() ? Optional.empty()
                    : Optional.of(Role.valueOf(role)));
        }

        /** @return the list's address, at the same place */
        public URI uri() {
            UriBuilder b = UriBuilder.fromPath("/admin/people");
            if (!q.isEmpty()) {
                b.queryParam("q", q);
            }
            if (!status.equals(AccountFilter.ALL.param())) {
                b.queryParam("status", status);
            }
            if (!role.isEmpty()) {
                b.queryParam("role", role.toLowerCase(Locale.ROOT));
            }
            if (page > 1) {
                b.queryParam("page", page);
            }
            return b.build();
        }
    }

    @GET
    public String list(@QueryParam("q") String q, @QueryParam("status") String status,
                       @QueryParam("role") String role, @QueryParam("page") Integer page,
                       @QueryParam("added") Long added, @QueryParam("linked") Long linked,
                       @QueryParam("mailed") Integer mailed) {
        Where where = Where.of(q, status, role, page);
        fill(where);
        models.put("mailed", mailed);
        Long shown = added != null ? added : linked;
        if (shown != null) {
            issued.take(shown).ifPresent(link -> models.put("link", link));
            people.account(shown).ifPresent(p -> models.put(added != null ? "added" : "linked", p));
        }
        return VIEW;
    }

    private void fill(Where where) {
        long total = people.count(where.search());
        models.put("people", people.find(where.search(), (where.page() - 1) * PAGE, PAGE));
        models.put("where", where);
        models.put("q", where.q());
        models.put("page", where.page());
        models.put("pages", Math.max(1, (total + PAGE - 1) / PAGE));
        models.put("total", total);
        models.put("roles", Arrays.stream(Role.values()).map(Role::name).toList());
        models.put("filters", Arrays.stream(AccountFilter.values()).map(AccountFilter::param).toList());
        models.put("canMail", links.canMail());
        models.put("mostLinks", PeopleAdministration.MOST_LINKS_AT_ONCE);
        models.put("me", current.require().id());
        models.put("heldBack", throttle.heldBack(Instant.now()));
        models.put("section", "people");
    }

    /** Adds one employee and gives the administrator the link with which they choose their password. */
    @POST
    @CsrfProtected
    public Response add(@FormParam("name") String name, @FormParam("email") String email,
                        @FormParam("department") String department, @FormParam("jobTitle") String jobTitle,
                        @FormParam("mail") boolean mail) {
        try {
            long me = current.require().id();
            IssuedLink link = retries.get(() -> people.add(name, email, department, jobTitle, me, mail,
                    mvc.getLocale()));
            issued.keep(link);
            return Response.seeOther(URI.create("/admin/people?added=" + link.personId())).build();
        } catch (InvalidInputException e) {
            fill(Where.of(null, null, null, 1));
            return refusals.keep("draft", new PersonDraft(name, email, department, jobTitle))
                    .show(VIEW, e);
        }
    }

    /** What an administrator typed into the form to add a person, shown again when it is refused. */
    public record PersonDraft(String name, String email, String department, String jobTitle) {
    }

    /** Makes a new password link for the person (their earlier ones stop working) and mails it if asked. */
    @POST
    @Path("{id: [0-9]{1,18}}/link")
    @CsrfProtected
    public Response link(@PathParam("id") long id, @FormParam("mail") boolean mail,
                         @BeanParam PeopleListPlace place) {
        return change(place.where(), () -> {
            issued.keep(links.issue(id, current.require().id(), mail, mvc.getLocale()));
            return "linked=" + id;
        });
    }

    /** Mails a password link to everyone the list shows who has no password yet, such as people just imported. */
    @POST
    @Path("links")
    @CsrfProtected
    public Response mailLinks(@BeanParam PeopleListPlace place) {
        Where where = place.where();
        return change(where, () -> "mailed=" + people.mailLinks(where.search(), current.require().id(),
                mvc.getLocale()));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/role")
    @CsrfProtected
    public Response role(@PathParam("id") long id, @FormParam("role") String newRole,
                         @BeanParam PeopleListPlace place) {
        return change(place.where(), () -> {
            people.setRole(id, newRole);
            return null;
        });
    }

    @POST
    @Path("{id: [0-9]{1,18}}/deactivate")
    @CsrfProtected
    public Response deactivate(@PathParam("id") long id, @BeanParam PeopleListPlace place) {
        return change(place.where(), () -> {
            deactivation.deactivate(current.require().id(), id);
            return null;
        });
    }

    @POST
    @Path("{id: [0-9]{1,18}}/reactivate")
    @CsrfProtected
    public Response reactivate(@PathParam("id") long id, @BeanParam PeopleListPlace place) {
        return change(place.where(), () -> {
            deactivation.reactivate(current.require().id(), id);
            return null;
        });
    }

    // a change, then the list where the administrator was (with what the change adds to the address, if anything);
    // a refusal shows that list with its reason, as 400
    private Response change(Where where, Supplier<String> change) {
        try {
            String shown = change.get();
            URI back = where.uri();
            if (shown != null) {
                back = URI.create(back + (back.getQuery() == null ? "?" : "&") + shown);
            }
            return Response.seeOther(back).build();
        } catch (InvalidInputException e) {
            fill(where);
            return refusals.show(VIEW, e);
        }
    }
}
