package org.agora.wiki;

import java.util.LinkedHashMap;
import java.util.Map;

/** The text of the demo company's wiki pages, by title: the author's handle and the Markdown. */
final class WikiDemoPages {

    private WikiDemoPages() {
    }

    /** @return the company wiki's pages, its home page first */
    static Map<String, String[]> company() {
        Map<String, String[]> pages = new LinkedHashMap<>();
        pages.put("Welcome to Lumen", new String[] {"olivia.chen", """
                # Welcome to Lumen

                This wiki is where we write down how Lumen works, so that nobody has to ask twice.

                - New here? Start with the [[Onboarding checklist]].
                - Going to see a customer? Read [[Travel and expenses]] first.
                - Travailler de chez soi : la [[Charte du télétravail]].

                Anyone can improve a page: press *Edit*, and the page keeps every earlier version.
                """});
        pages.put("Onboarding checklist", new String[] {"nathan.david", """
                # Your first two weeks

                1. Sign in to Agora and fill in your profile: your **expertise** helps colleagues find you.
                2. Join the spaces of your team, and follow #release and #onboarding.
                3. Meet your manager's direct reports (see *Reports* on your manager's profile).
                4. Read [[Travel and expenses]] before your first trip.

                Questions? Ask in the company feed and mention @nathan.david.
                """});
        pages.put("Travel and expenses", new String[] {"nathan.david", """
                # Travel and expenses

                | What | Up to |
                |---|---|
                | Train, second class | the fare |
                | Hotel in Paris | 180 € a night |
                | Hotel elsewhere | 130 € a night |
                | Meals | 25 € each |

                Keep every receipt and file them within 30 days. Flights need your manager's approval.
                """});
        pages.put("Charte du télétravail", new String[] {"manon.bonnet", """
                # Charte du télétravail

                Chez Lumen, chacun peut travailler **jusqu'à trois jours par semaine** depuis chez soi.

                - L'équipe convient ensemble d'un jour de présence commun.
                - Les réunions restent joignables en visio, même quand la plupart sont au bureau.
                - Le matériel (écran, siège) est pris en charge sur demande, voir [[Travel and expenses]] pour les
                  notes de frais.
                """});
        return pages;
    }

    /** @return the Engineering space's wiki pages, its home page first */
    static Map<String, String[]> engineering() {
        Map<String, String[]> pages = new LinkedHashMap<>();
        pages.put("Engineering handbook", new String[] {"camille.martin", """
                # Engineering handbook

                How the engineering teams build, review and ship.

                - [[Code review]]: what we look for, and how fast.
                - [[On-call runbook]]: what to do when the pager rings.
                - [[Guide de mise en production]] : livrer sans stress.
                """});
        pages.put("Code review", new String[] {"lucas.bernard", """
                # Code review

                Every change is reviewed by one colleague before it is merged.

                - Review within **one working day**; say so if you cannot.
                - Ask questions rather than give orders, and approve once it is good enough, not perfect.
                - Tests come with the change. See the [[Engineering handbook]] for the rest.
                """});
        pages.put("On-call runbook", new String[] {"amara.diallo", """
                # On-call runbook

                1. Acknowledge the alert within 10 minutes.
                2. Check the dashboards, then the last #release post: most incidents follow a deployment.
                3. Roll back first, investigate after.
                4. Write a short report in the Engineering space the next morning.
                """});
        pages.put("Guide de mise en production", new String[] {"lucas.bernard", """
                # Guide de mise en production

                Nous livrons le **mardi et le jeudi**, jamais le vendredi.

                1. La branche principale passe tous les tests.
                2. On annonce la livraison dans l'espace Engineering avec #release.
                3. On surveille les tableaux de bord pendant une heure ; en cas de doute, voir le [[On-call runbook]].
                """});
        return pages;
    }
}
