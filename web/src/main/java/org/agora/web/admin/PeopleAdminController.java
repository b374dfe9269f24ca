package org.agora.web.admin;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.agora.people.AccountService;
import org.agora.people.PersonSummary;
import org.agora.people.signin.SignInThrottle;
import org.agora.validation.InvalidInputException;
import org.agora.web.forms.Refusals;
import org.agora.web.retries.Retries;

/** The people of the company, and setting the password of someone who cannot sign in yet. */
@Controller
@Path("admin/people")
@Produces(MediaType.TEXT_HTML)
public class PeopleAdminController {

    @Inject
    Refusals refusals;

    @Inject
    Retries retries;

    private static final int PAGE = 50;

    @Inject
    Models models;

    @Inject
    AccountService accounts;

    @Inject
    SignInThrottle throttle;

    // the page again after a form, with everyone
    private String list(Integer page, Long added) {
        return list(page, added, null);
    }

    @GET
    public String list(@QueryParam("page") Integer page, @QueryParam("added") Long added,
                       @QueryParam("q") String q) {
        int p = page == null || page < 1 ? 1 : page;
        if (added != null) {
            accounts.summary(added).ifPresent(person -> models.put("added", person));
        }
        String words = q == null ? "" : q.strip();
        long total = accounts.count(words);
        models.put("people", accounts.directory(words, (p - 1) * PAGE, PAGE));
        models.put("q", words);
        models.put("page", p);
        models.put("pages", Math.max(1, (total + PAGE - 1) / PAGE));
        models.put("total", total);
        models.put("heldBack", throttle.heldBack(Instant.now()));
        models.put("section", "people");
        return "admin/people.html";
    }

    /** Adds one employee; the page then lists them first, as the search for them would. */
    @POST
    @CsrfProtected
    public Response add(@FormParam("name") String name, @FormParam("email") String email,
                        @FormParam("department") String department, @FormParam("jobTitle") String jobTitle,
                        @FormParam("password") String password) {
        try {
            PersonSummary person = accounts.addPerson(name, email, department, jobTitle, password);
            return Response.seeOther(URI.create("/admin/people?added=" + person.id())).build();
        } catch (InvalidInputException e) {
            list(null, null);
            return refusals.keep("draft", new PersonDraft(name, email, department, jobTitle))
                    .show("admin/people.html", e);
        }
    }

    /** What an administrator typed into the form to add a person, shown again when it is refused. */
    public record PersonDraft(String name, String email, String department, String jobTitle) {
    }

    @POST
    @Path("{id: [0-9]{1,18}}/communicator")
    @CsrfProtected
    public Response setCommunicator(@PathParam("id") long id, @FormParam("communicator") boolean communicator,
                                    @QueryParam("page") Integer page) {
        try {
            retries.run(() -> accounts.setCommunicator(id, communicator));
            list(page, null);
            return Response.ok("admin/people.html").build();
        } catch (InvalidInputException e) {
            list(page, null);
            return refusals.show("admin/people.html", e);
        }
    }

    @POST
    @Path("{id: [0-9]{1,18}}/password")
    @CsrfProtected
    public Response setPassword(@PathParam("id") long id, @FormParam("password") String password,
                                @QueryParam("page") Integer page) {
        try {
            PersonSummary person = accounts.setPassword(id, password);
            models.put("notice", "The password of " + person.name() + " is set.");
            list(page, null);
            return Response.ok("admin/people.html").build();
        } catch (InvalidInputException e) {
            list(page, null);
            return refusals.show("admin/people.html", e);
        }
    }
}
