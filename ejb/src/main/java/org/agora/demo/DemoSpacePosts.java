package org.agora.demo;

import static org.agora.demo.DemoCompanyData.ENGINEERING;
import static org.agora.demo.DemoCompanyData.LEADERSHIP;
import static org.agora.demo.DemoCompanyData.MARKETING;
import static org.agora.demo.DemoPost.comment;
import static org.agora.demo.DemoPost.interested;
import static org.agora.demo.DemoPost.likes;
import static org.agora.demo.DemoPost.pinned;
import static org.agora.demo.DemoPost.post;
import static org.agora.demo.DemoPost.recommends;
import static org.agora.demo.DemoPost.reply;
import static org.agora.demo.DemoPost.savedBy;

import java.util.List;

/** The posts of the three demo spaces, written by their members; each space pins its welcome post. */
final class DemoSpacePosts {

    private DemoSpacePosts() {
    }

    static List<DemoPost> posts() {
        return List.of(
                pinned(34, "10:30", "camille.martin", ENGINEERING, """
                        Bienvenue dans l'espace **Engineering** ! On y partage les releases, les revues \
                        d'architecture et les questions. Les documents de référence sont dans la bibliothèque, \
                        dossiers *Architecture* et *Runbooks*. #architecture""",
                        likes("lucas.bernard", "amara.diallo", "noah.petit", "ines.robert", "arthur.lefevre")),
                post(31, "09:40", "lucas.bernard", ENGINEERING, """
                        Quelqu'un a déjà réglé les analyseurs **Apache Lucene** pour le français ? Je regarde la \
                        racinisation et l'élision pour la recherche : « l'équipe » doit trouver « équipe ». \
                        @amara.diallo tu parlais d'un benchmark l'an dernier ? #search""",
                        comment(30, "amara.diallo", """
                                Yes! The light French stemmer was the best trade-off for us: good recall, and \
                                indexing stayed fast. I'll dig out the numbers.""",
                                reply(55, "lucas.bernard", "Parfait, merci ! Je teste ça cet après-midi."),
                                likes("lucas.bernard", "camille.martin")),
                        comment(90, "noah.petit", "Pensez aussi aux accents dans l'autocomplétion."),
                        interested("camille.martin", "ines.robert"),
                        likes("amara.diallo"),
                        savedBy("noah.petit", "arthur.lefevre")),
                pinned(27, "09:15", "emma.simon", MARKETING, """
                        Kick-off for the **autumn campaign** on Thursday. The draft brief is in the library \
                        (*Campaigns*). Ideas welcome before Wednesday! #campaign""",
                        comment(25, "liam.michel", "I'll draft three headline options by tomorrow."),
                        comment(60, "jade.lefebvre", """
                                Je propose une série de vidéos courtes avec des clients. @adam.leroy, on peut \
                                mesurer ça dans l'outil d'automation ?""",
                                reply(85, "adam.leroy", "Oui, je prépare les liens de suivi dès demain."),
                                likes("emma.simon")),
                        likes("liam.michel", "jade.lefebvre", "adam.leroy", "lea.roux", "hugo.richard")),
                post(28, "16:20", "amara.diallo", ENGINEERING, """
                        Our staging cluster now runs on **Kubernetes 1.33**. Deploys take 4 minutes instead of 15. \
                        The runbook is in the library: *Runbooks → Deploying to staging*. #kubernetes #release""",
                        comment(20, "arthur.lefevre", """
                                Super nouvelle pour le support : on pourra reproduire les tickets clients beaucoup \
                                plus vite."""),
                        comment(45, "camille.martin", "Bravo @amara.diallo, c'est un vrai gain pour toute l'équipe !"),
                        likes("camille.martin", "lucas.bernard", "ines.robert", "ethan.vincent"),
                        recommends("arthur.lefevre"),
                        savedBy("lucas.bernard")),
                post(21, "11:20", "noah.petit", ENGINEERING, """
                        J'ai terminé l'audit d'**accessibilité** du portail client : contrastes, navigation au \
                        clavier, libellés des formulaires. 14 corrections, toutes dans la prochaine version. \
                        #accessibility #release""",
                        comment(35, "ines.robert", "Beau travail ! Tu peux mettre la grille d'audit dans la bibliothèque ?",
                                reply(60, "noah.petit", "C'est fait, dossier *Architecture*.")),
                        likes("camille.martin", "lucas.bernard", "ethan.vincent"),
                        recommends("amara.diallo")),
                post(20, "15:00", "ines.robert", ENGINEERING, """
                        Rappel sécurité : la rotation des clés de signature des jetons a lieu **mardi à 7 h**. Rien \
                        à faire côté équipes, mais les sessions ouvertes seront renouvelées. #security""",
                        likes("camille.martin", "amara.diallo")),
                post(19, "10:10", "liam.michel", MARKETING, """
                        Three headline options for the autumn campaign:
                        1. *Your whole company, one conversation*
                        2. *Where work gets shared*
                        3. *Ask once, find forever*

                        Vote with a reaction! #campaign""",
                        comment(30, "lea.roux", "J'aime beaucoup la 3, et elle se traduit bien en français."),
                        recommends("emma.simon", "jade.lefebvre", "adam.leroy"),
                        likes("lea.roux", "hugo.richard")),
                post(18, "09:00", "olivia.chen", LEADERSHIP, """
                        The draft budget for next year is in the library (*Budget*). Comments by Friday, please. \
                        @manon.bonnet will walk us through it on Monday. #budget""",
                        comment(40, "manon.bonnet", "J'ajouterai une deuxième version avec les hypothèses de recrutement."),
                        comment(75, "hugo.richard", "The sales targets look ambitious but doable."),
                        likes("camille.martin", "nathan.david", "ethan.vincent"),
                        savedBy("emma.simon", "camille.martin")),
                post(12, "11:00", "lucas.bernard", ENGINEERING, """
                        Architecture review jeudi : on regarde l'**index de recherche** et le plan de #release. \
                        L'ordre du jour est dans le document *Search index design*. #architecture #search""",
                        comment(20, "amara.diallo", "I'll bring the latency numbers from staging."),
                        likes("camille.martin", "noah.petit"),
                        interested("ethan.vincent")),
                post(11, "14:20", "jade.lefebvre", MARKETING, """
                        Les premières **vidéos clients** sont montées ! Trois témoignages de 45 secondes, \
                        sous-titrés en anglais. #campaign #video""",
                        comment(30, "emma.simon", "They look great. Let's publish the first one on Monday."),
                        likes("emma.simon", "liam.michel", "adam.leroy", "lea.roux")),
                post(9, "17:10", "amara.diallo", ENGINEERING, """
                        Post-mortem of Tuesday's staging outage: the log volume was full. Action items: alerting \
                        on disk usage and log rotation. Details in *Runbooks*. #kubernetes #postmortem""",
                        comment(25, "arthur.lefevre", "Merci pour la transparence, ça aide à répondre aux clients."),
                        likes("camille.martin", "ines.robert", "lucas.bernard"),
                        recommends("ethan.vincent")),
                post(5, "09:40", "emma.simon", MARKETING, """
                        Autumn campaign results: open rate **41%**, click rate **7%**, our best ever. The customer \
                        videos did most of the work, thank you @jade.lefebvre! #campaign""",
                        comment(20, "jade.lefebvre", "Merci Emma ! On prépare déjà la suite."),
                        likes("liam.michel", "adam.leroy", "lea.roux"),
                        recommends("hugo.richard")),
                post(4, "15:15", "ines.robert", ENGINEERING, """
                        Quelqu'un pour relire ma proposition de **modèle de menaces** pour l'API publique ? \
                        20 minutes suffisent. #security""",
                        comment(25, "lucas.bernard", "Je m'en occupe demain matin."),
                        interested("camille.martin")),
                post(1, "10:20", "camille.martin", LEADERSHIP, """
                        Proposition : deux postes d'ingénieur supplémentaires au premier trimestre, financés par \
                        le contrat hospitalier. Détails dans la version 2 du budget. #budget #hiring""",
                        comment(30, "olivia.chen", "Makes sense. Let's decide on Monday with @manon.bonnet."),
                        likes("manon.bonnet", "nathan.david")));
    }
}
