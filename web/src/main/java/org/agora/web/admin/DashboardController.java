package org.agora.web.admin;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.dashboard.DashboardService;

/** Where the administration opens: people, posts this week, health and the last batch jobs. */
@Controller
@Path("admin")
@Produces(MediaType.TEXT_HTML)
public class DashboardController {

    private static final int JOBS = 10;

    @Inject
    Models models;

    @Inject
    DashboardService dashboard;

    @GET
    public String dashboard() {
        models.put("board", dashboard.view(JOBS));
        models.put("section", "dashboard");
        return "admin/dashboard.html";
    }
}
