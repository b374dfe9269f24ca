package org.agora.search.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.agora.search.index.SearchItem;

/**
 * Posts that look like an enterprise network's: common English and French words with a long tail of rarer
 * (project names, jargon) drawn with a Zipf-like skew, thousands of authors and spaces, hashtags, three years of
 * dates. The same seed gives the same posts.
 */
final class SyntheticPosts {

    static final String[] ENGLISH = ("the team project release meeting customer update plan budget review deploy "
            + "service sales quarter report launch feedback design roadmap support issue fix test data security "
            + "onboarding hiring office travel training workshop demo deadline sprint goal revenue partner contract "
            + "marketing campaign product feature mobile cloud migration database performance incident outage "
            + "postmortem compliance audit policy benefits holiday party welcome congratulations thanks great work "
            + "new week today tomorrow please share ideas question answer document slides draft final approved "
            + "and of to is in for with on this we our you are will be from at by an it that have has").split(" ");
    static final String[] FRENCH = ("l'équipe projet réunion client mise à jour plan budget revue déploiement "
            + "service ventes trimestre rapport lancement retours conception feuille de route support problème "
            + "correctif essai données sécurité accueil recrutement bureau déplacement formation atelier démo "
            + "échéance objectif chiffre d'affaires partenaire contrat campagne produit fonctionnalité nuage "
            + "migration performance incident conformité audit politique congés fête bienvenue félicitations merci "
            + "super travail nouvelle semaine aujourd'hui demain partagez idées question réponse diapositives "
            + "brouillon validé le la les des du de et est un une pour dans que qui sur avec nous vous").split(" ");
    static final String[] FIRST = {"Camille", "Lucas", "Emma", "Hugo", "Léa", "Louis", "Chloé", "Noah", "Olivia",
            "Liam", "Sofia", "Ethan", "Zoé", "Arthur", "Manon", "Jules", "Inès", "Adam", "Alice", "Gabriel"};
    static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
            "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Chen", "Smith", "Johnson",
            "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson"};
    static final int AUTHORS = 5_000;
    static final int SPACES = 2_000;
    static final int RARE = 20_000;

    private final Instant now;

    SyntheticPosts(Instant now) {
        this.now = now;
    }

    static String author(int id) {
        return FIRST[id % FIRST.length] + " " + LAST[(id / FIRST.length) % LAST.length] + " " + (id / 500);
    }

    /** @return a made-up rare word, such as a project code name */
    static String rare(int n) {
        String syllables = "ka lo mi ra ve to sa ni pu ze bo li fa du";
        String[] s = syllables.split(" ");
        StringBuilder w = new StringBuilder();
        int x = n + 1;
        while (x > 0) {
            w.append(s[x % s.length]);
            x /= s.length;
        }
        return w.toString();
    }

    SearchItem post(long id) {
        SplittableRandom random = new SplittableRandom(id * 7919L);
        boolean french = random.nextInt(10) < 3;
        String[] words = french ? FRENCH : ENGLISH;
        int length = 15 + random.nextInt(50);
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            int roll = random.nextInt(100);
            if (roll < 8) {
                // a Zipf-like tail: small numbers far more often than large ones
                text.append(rare((int) (RARE * Math.pow(random.nextDouble(), 3))));
            } else if (roll < 9) {
                String tag = "tag" + (int) (500 * Math.pow(random.nextDouble(), 2));
                tags.add(tag);
                text.append('#').append(tag);
            } else {
                text.append(words[(int) (words.length * Math.pow(random.nextDouble(), 1.5))]);
            }
        }
        int author = random.nextInt(AUTHORS);
        long space = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(SPACES);
        return new SearchItem("post", id, space, space == 0 ? null : "Space " + space, null, text.toString(),
                author + 1, author(author), now.minus(random.nextInt(3 * 365 * 24), ChronoUnit.HOURS),
                Set.copyOf(tags), null, "/posts/" + id, null);
    }
}
