package org.agora.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agora.people.profile.model.ProfileDraft;
import org.agora.people.profile.model.ProfileField;
import org.agora.people.profile.model.Visibility;

/**
 * The profiles of the demo employees: where they work, the language they write in, expertise and interests.
 * Expertise, interests, location and bio are shown to everyone, so that the directory finds experts; phones are
 * shown to space colleagues, and a few people keep their interests to them as well.
 */
public final class DemoProfiles {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale FR = Locale.FRENCH;

    /** A profile; {@code expertise} and {@code interests} are comma-separated as typed in the form. */
    public record DemoProfile(String handle, Locale language, String location, String phone, String expertise,
                              String interests, boolean privateInterests, String bio) {

        /** @return the profile as its owner would type it into the form */
        public ProfileDraft draft() {
            Map<ProfileField, String> visible = new EnumMap<>(ProfileField.class);
            visible.put(ProfileField.LOCATION, Visibility.EVERYONE.name());
            visible.put(ProfileField.BIO, Visibility.EVERYONE.name());
            visible.put(ProfileField.EXPERTISE, Visibility.EVERYONE.name());
            visible.put(ProfileField.INTERESTS, (privateInterests ? Visibility.SPACES : Visibility.EVERYONE).name());
            visible.put(ProfileField.PHONE, Visibility.SPACES.name());
            visible.put(ProfileField.LINKS, Visibility.SPACES.name());
            return new ProfileDraft(location, phone, bio, expertise, interests,
                    List.of(new ProfileDraft.LinkDraft("Team page", "https://intranet." + DemoCompanyData.DOMAIN
                            + "/people/" + handle)), visible);
        }
    }

    private static final List<DemoProfile> PROFILES = List.of(
            en("admin", "Paris", "+33 1 84 80 10 00", "Agora administration, identity management, Open Liberty",
                    "automation, security", "I keep Agora running. Ask me for accounts, spaces and modules."),
            en("olivia.chen", "London", null, "strategy, fundraising, public speaking",
                    "sailing, climate tech, mentoring", "Founder and CEO of Lumen. Ask me anything on Fridays."),
            fr("camille.martin", "Paris", "+33 1 84 80 10 21", "Kubernetes, software architecture, Java, team leadership",
                    "escalade, jazz, open source", "Je dirige l'équipe engineering : architecture, releases et recrutement."),
            fr("lucas.bernard", "Lyon", "+33 4 72 00 31 12", "Apache Lucene, search, Java, Jakarta EE",
                    "vélo, jeux de société, linguistique", "Recherche plein texte et analyse du français."),
            en("amara.diallo", "London", "+44 20 7946 0312", "Kubernetes, Terraform, observability, PostgreSQL",
                    "photography, running", "Platform engineer: clusters, pipelines and the on-call rota."),
            fr("noah.petit", "Paris", null, "accessibility, TypeScript, UX design, CSS",
                    "illustration, cinéma", "Interfaces accessibles et design system du portail client."),
            fr("ines.robert", "Montréal", "+1 514 555 0142", "security, OAuth, Java, threat modelling",
                    "échecs, randonnée", "Sécurité applicative, revues de code et gestion des secrets."),
            en("hugo.richard", "London", "+44 20 7946 0520", "negotiation, enterprise sales, forecasting",
                    "rugby, wine", "I run the sales team. Bring me your toughest prospects."),
            en("sofia.durand", "Lisbon", null, "public sector, product demos, Salesforce",
                    "surfing, languages", "Account executive for Southern Europe and the public sector."),
            fr("mateo.dubois", "Lyon", "+33 4 72 00 31 60", "retail accounts, negotiation, public tenders",
                    "football, cuisine", "Grands comptes retail et appels d'offres publics en France."),
            fr("chloe.moreau", "Paris", null, "enterprise accounts, CRM, presentations",
                    "théâtre, course à pied", "Grands comptes en Île-de-France."),
            en("yanis.laurent", "London", null, "partnerships, SaaS pricing, Nordics",
                    "podcasts, tennis", "Partners and resellers across Northern Europe."),
            en("emma.simon", "London", "+44 20 7946 0700", "brand strategy, campaigns, marketing analytics",
                    "design, travel", "Marketing director: brand, campaigns and the website."),
            en("liam.michel", "London", null, "content strategy, SEO, copywriting",
                    "writing, vinyl records", "Words for the website, the blog and the newsletters."),
            fr("jade.lefebvre", "Paris", null, "social media, video editing, community management",
                    "photographie, danse", "Réseaux sociaux et vidéos clients."),
            fr("adam.leroy", "Paris", null, "marketing automation, email campaigns, analytics",
                    "datavisualisation, vélo", "Automatisation marketing, newsletters et tableaux de bord."),
            fr("lea.roux", "Lyon", null, "events, public relations, translation",
                    "jardinage, littérature", "Événements, relations presse et traductions FR/EN."),
            fr("nathan.david", "Paris", "+33 1 84 80 10 40", "employment law, recruiting, internal communication",
                    "mentorat, course à pied", "Directeur des ressources humaines. Ma porte est toujours ouverte."),
            en("zoe.bertrand", "London", null, "onboarding, learning and development, coaching",
                    "yoga, podcasts", "I make sure new joiners find their way in their first 90 days."),
            privateInterests(fr("rayan.morel", "Paris", null, "payroll, HR information systems, GDPR",
                    "football, jeux vidéo", "Paie, SIRH et données personnelles.")),
            en("alice.fournier", "Lisbon", null, "recruiting, employer branding, diversity and inclusion",
                    "hiking, ceramics", "Talent acquisition. Referrals are always welcome!"),
            fr("gabriel.girard", "Montréal", null, "well-being at work, training, coaching",
                    "hockey, randonnée", "Formation et qualité de vie au travail au bureau de Montréal."),
            fr("manon.bonnet", "Paris", "+33 1 84 80 10 50", "financial planning, budgeting, investor relations",
                    "voile, opéra", "Directrice financière : budget, trésorerie et relations investisseurs."),
            fr("louis.dupont", "Paris", null, "financial analysis, Excel, forecasting",
                    "échecs, histoire", "Analyses financières et prévisions mensuelles."),
            privateInterests(en("sarah.lambert", "London", null, "accounts payable, expense management, audit",
                    "baking, crime novels", "Expenses and supplier invoices for the London office.")),
            fr("jules.fontaine", "Lyon", null, "management control, SQL, data analysis",
                    "trail, musique électronique", "Contrôle de gestion et tableaux de bord."),
            en("lina.rousseau", "Lisbon", null, "procurement, contract management, SaaS licences",
                    "cooking, travel", "Suppliers, contracts and software licences."),
            en("ethan.vincent", "London", "+44 20 7946 0900", "customer onboarding, support operations, SaaS metrics",
                    "cycling, jazz", "Head of customer success: onboarding, support and renewals."),
            en("nina.muller", "Berlin", null, "onboarding, customer training, German market",
                    "climbing, board games", "Customer success for our German-speaking customers."),
            fr("arthur.lefevre", "Montréal", null, "technical support, Kubernetes, troubleshooting, SQL",
                    "hockey, Linux", "Support technique niveau 2, du ticket au correctif."),
            fr("maya.faure", "Paris", null, "customer success, renewals, customer training",
                    "danse, voyages", "Accompagnement des clients, du lancement au renouvellement."),
            en("leo.andre", "Lisbon", null, "knowledge base, support tooling, documentation",
                    "surfing, photography", "New in customer success: I write the answers to your customers' questions."));

    private DemoProfiles() {
    }

    /** @return every demo person's profile */
    public static List<DemoProfile> all() {
        return PROFILES;
    }

    /** @return the profile of the handle, if it has one */
    public static Optional<DemoProfile> of(String handle) {
        return PROFILES.stream().filter(p -> p.handle().equals(handle)).findFirst();
    }

    /** @return the language the person writes in */
    public static Locale language(String handle) {
        return of(handle).map(DemoProfile::language).orElse(EN);
    }

    private static DemoProfile en(String handle, String location, String phone, String expertise, String interests,
                                  String bio) {
        return new DemoProfile(handle, EN, location, phone, expertise, interests, false, bio);
    }

    private static DemoProfile fr(String handle, String location, String phone, String expertise, String interests,
                                  String bio) {
        return new DemoProfile(handle, FR, location, phone, expertise, interests, false, bio);
    }

    private static DemoProfile privateInterests(DemoProfile p) {
        return new DemoProfile(p.handle(), p.language(), p.location(), p.phone(), p.expertise(), p.interests(), true,
                p.bio());
    }
}
