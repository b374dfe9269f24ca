package org.agora.web.admin;

import jakarta.ws.rs.FormParam;

/** Where the administrator was in the people list, as each form of the page carries it back: search and page. */
public class PeopleListPlace {

    @FormParam("q") String q;
    @FormParam("status") String status;
    @FormParam("filter-role") String role;
    @FormParam("page") Integer page;

    /** @return the list's state, cleaned up */
    PeopleAdminController.Where where() {
        return PeopleAdminController.Where.of(q, status, role, page);
    }
}
