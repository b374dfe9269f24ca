package org.agora.demo;

import java.util.List;

/** Who follows whom, which spaces and which hashtags, so that home feeds differ from one person to the next. */
public final class DemoFollows {

    /** What a follow points at. */
    public enum Target { PERSON, SPACE, HASHTAG }

    /** @param target a handle, a space name or a hashtag without # */
    public record DemoFollow(String follower, Target kind, String target) {
    }

    private DemoFollows() {
    }

    public static List<DemoFollow> all() {
        return List.of(
                person("lucas.bernard", "amara.diallo"),
                person("lucas.bernard", "olivia.chen"),
                person("noah.petit", "camille.martin"),
                person("leo.andre", "maya.faure"),
                person("leo.andre", "ethan.vincent"),
                person("sofia.durand", "hugo.richard"),
                person("zoe.bertrand", "nathan.david"),
                person("jade.lefebvre", "emma.simon"),
                person("arthur.lefevre", "amara.diallo"),
                space("sofia.durand", DemoCompanyData.ENGINEERING),
                space("maya.faure", DemoCompanyData.ENGINEERING),
                space("leo.andre", DemoCompanyData.ENGINEERING),
                space("olivia.chen", DemoCompanyData.ENGINEERING),
                hashtag("hugo.richard", "release"),
                hashtag("sofia.durand", "release"),
                hashtag("nina.muller", "customersuccess"),
                hashtag("leo.andre", "customersuccess"),
                hashtag("zoe.bertrand", "onboarding"),
                hashtag("lucas.bernard", "search"),
                hashtag("ines.robert", "security"));
    }

    private static DemoFollow person(String follower, String handle) {
        return new DemoFollow(follower, Target.PERSON, handle);
    }

    private static DemoFollow space(String follower, String name) {
        return new DemoFollow(follower, Target.SPACE, name);
    }

    private static DemoFollow hashtag(String follower, String tag) {
        return new DemoFollow(follower, Target.HASHTAG, tag);
    }
}
