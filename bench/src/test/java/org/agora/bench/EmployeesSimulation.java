package org.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Signed-in employees of a generated company (bench/README.md) using Agora in realistic proportions, and
 * {@code /health} as the baseline in the same run: its requests are named "health" in the report.
 */
public class EmployeesSimulation extends Simulation {

    private static final String URL = System.getProperty("agora.url", "http://localhost:9080");
    private static final int USERS = Integer.getInteger("agora.users", 50);
    private static final int MINUTES = Integer.getInteger("agora.minutes", 10);
    private static final int PEOPLE = Integer.getInteger("agora.people", 10_000);
    // how long an employee reads a page before the next, on average (drawn between half and one and a half times
    // it): 50 ms keeps the server saturated; people reading their feed take seconds
    private static final long THINK_MILLIS = Long.getLong("agora.thinkMillis", 50);
    // employees arriving over this many seconds rather than all signing in at the same instant
    private static final int RAMP_SECONDS = Integer.getInteger("agora.rampSeconds", 0);
    private static final String[] WORDS = {"roadmap", "release", "budget", "customer", "training", "workshop"};
    private static final String[] DEPARTMENTS = {"Engineering", "Sales", "Marketing", "Finance", "Legal"};
    private static final String[] EXPERTISE = {"Java", "SQL", "Tax", "Pricing", "Training"};
    private static final String[] TAGS = {"release", "sales", "hiring", "kudos", "roadmap", "data"};

    private final HttpProtocolBuilder protocol = http.baseUrl(URL).disableFollowRedirect()
            .acceptHeader("text/html").acceptLanguageHeader("en");

    private static Iterator<Map<String, Object>> employees() {
        return Stream.generate(() -> Map.<String, Object>of(
                "email", "employee" + ThreadLocalRandom.current().nextInt(1, PEOPLE) + "@generated.example",
                "word", pick(WORDS), "department", pick(DEPARTMENTS), "expertise", pick(EXPERTISE),
                "tag", pick(TAGS), "person", ThreadLocalRandom.current().nextInt(1, PEOPLE),
                "page", ThreadLocalRandom.current().nextInt(1, 50))).iterator();
    }

    private static String pick(String[] values) {
        return values[ThreadLocalRandom.current().nextInt(values.length)];
    }

    // a page where the feed shows no space or no next page keeps these
    private static final ChainBuilder SIGN_IN = feed(employees())
            .exec(session -> session.set("space", "/spaces/generated-1").set("older", "/"))
            .exec(http("sign-in form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
            .exec(http("sign in").post("/login").formParam("email", "#{email}")
                    .formParam("password", "generated-password").formParam("_csrf", "#{csrf}")
                    .check(status().is(303)));

    /** The home feed, remembering a post, a space and the next page for the other steps. */
    private static final ChainBuilder FEED = exec(http("feed latest").get("/").check(
            status().is(200),
            css("input[name=_csrf]", "value").saveAs("csrf"),
            regex("href=\"/posts/(\\d+)\"").findRandom().saveAs("post"),
            regex("href=\"(/spaces/[a-z0-9-]+)\"").findRandom().optional().saveAs("space"),
            regex("href=\"(/\\?before=\\d+)\"").optional().saveAs("older")));

    private static final ChainBuilder USE = randomSwitch().on(
            percent(20).then(FEED),
            percent(10).then(exec(http("feed top").get("/?order=top").check(status().is(200)))),
            percent(8).then(exec(http("feed load more").get("#{older}").check(status().is(200)))),
            percent(10).then(exec(http("space").get("#{space}").check(status().in(200, 404)))),
            percent(10).then(exec(http("post").get("/posts/#{post}").check(status().is(200)))),
            percent(6).then(exec(http("profile").get("/people/#{person}").check(status().is(200)))),
            percent(5).then(exec(http("people browse").get("/people?page=#{page}").check(status().is(200)))),
            percent(3).then(exec(http("people by department")
                    .get("/people?department=#{department}").check(status().is(200)))),
            percent(3).then(exec(http("people by expertise")
                    .get("/people?expertise=#{expertise}").check(status().is(200)))),
            percent(4).then(exec(http("hashtag").get("/hashtags/#{tag}").check(status().is(200)))),
            percent(3).then(exec(http("wiki").get("/m/wiki/").check(status().is(200)))),
            percent(2).then(exec(http("notifications").get("/notifications").check(status().is(200)))),
            percent(8).then(exec(http("search").get("/search?q=#{word}").check(status().is(200)))),
            percent(2).then(exec(http("posting").post("/posts").formParam("_csrf", "#{csrf}")
                    .formParam("text", "Load test note about #{word} #bench").check(status().is(303)))),
            percent(3).then(exec(http("commenting").post("/posts/#{post}/comments").formParam("_csrf", "#{csrf}")
                    .formParam("text", "Agreed on #{word}.").check(status().is(303)))),
            percent(3).then(exec(http("reacting").post("/posts/#{post}/reactions").formParam("_csrf", "#{csrf}")
                    .formParam("kind", "LIKE").check(status().is(303)))));

    private final ScenarioBuilder employeesScenario = scenario("employees")
            .exec(SIGN_IN).exec(FEED).forever().on(exec(USE)
                    .pause(Duration.ofMillis(THINK_MILLIS / 2), Duration.ofMillis(THINK_MILLIS * 3 / 2)));

    private final ScenarioBuilder healthScenario = scenario("health baseline")
            .forever().on(exec(http("health").get("/health").check(status().is(200))).pause(Duration.ofMillis(50)));

    {
        ClosedInjectionStep steady = constantConcurrentUsers(USERS).during(Duration.ofMinutes(MINUTES));
        setUp(employeesScenario.injectClosed(RAMP_SECONDS == 0 ? new ClosedInjectionStep[] {steady}
                        : new ClosedInjectionStep[] {rampConcurrentUsers(0).to(USERS)
                        .during(Duration.ofSeconds(RAMP_SECONDS)), steady}),
                healthScenario.injectClosed(constantConcurrentUsers(5)
                        .during(Duration.ofMinutes(MINUTES).plusSeconds(RAMP_SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofMinutes(MINUTES).plusSeconds(RAMP_SECONDS))
                .assertions(global().failedRequests().count().is(0L));
    }
}
