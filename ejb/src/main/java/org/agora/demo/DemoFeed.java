package org.agora.demo;

import static org.agora.demo.DemoPost.announcement;
import static org.agora.demo.DemoPost.comment;
import static org.agora.demo.DemoPost.interested;
import static org.agora.demo.DemoPost.likes;
import static org.agora.demo.DemoPost.post;
import static org.agora.demo.DemoPost.readBy;
import static org.agora.demo.DemoPost.recommends;
import static org.agora.demo.DemoPost.reply;
import static org.agora.demo.DemoPost.savedBy;

import java.util.List;

/** The posts of the company-wide feed, with the announcement; each person writes in their own language. */
final class DemoFeed {

    private DemoFeed() {
    }

    static List<DemoPost> posts() {
        return List.of(
                post(35, "09:05", "olivia.chen", null, """
                        **Welcome to Agora!** This is where Lumen shares news, questions and ideas.
                        Say hello below and tell us what you are working on. #welcome""",
                        comment(25, "camille.martin", """
                                Bonjour à toutes et à tous ! L'équipe engineering est ravie d'avoir enfin un endroit \
                                pour partager ses notes d'architecture. Rejoignez l'espace *Engineering* !""",
                                reply(40, "olivia.chen", "Merci Camille ! Write in French or English: Agora speaks both."),
                                likes("lucas.bernard", "noah.petit")),
                        comment(55, "hugo.richard", "Hello from the sales floor in London! We will post our wins here."),
                        comment(90, "nina.muller", "Hello from Berlin, and from the customer success team."),
                        likes("camille.martin", "hugo.richard", "emma.simon", "nathan.david", "manon.bonnet",
                                "zoe.bertrand", "lucas.bernard", "maya.faure", "sofia.durand", "arthur.lefevre"),
                        recommends("ethan.vincent", "alice.fournier")),
                post(33, "14:10", "nathan.david", null, """
                        Les **entretiens annuels** ouvrent lundi. Managers, merci de caler un créneau avec chaque \
                        membre de votre équipe avant la fin du mois. Des questions ? Écrivez-moi ou à @zoe.bertrand. \
                        #entretiens""",
                        comment(35, "zoe.bertrand", """
                                For the London office: the same forms apply, and I run a short session on giving \
                                feedback on Tuesday at 2 pm."""),
                        comment(70, "manon.bonnet", "Merci Nathan, c'est noté pour l'équipe finance."),
                        likes("camille.martin", "hugo.richard", "ethan.vincent", "emma.simon"),
                        savedBy("camille.martin", "ethan.vincent")),
                post(30, "11:00", "hugo.richard", null, """
                        Great quarter for the sales team: **32 new customers**, including our first hospital \
                        group. Thank you @sofia.durand and @mateo.dubois for the long nights on the tender. \
                        #sales #q3""",
                        comment(20, "olivia.chen", "Fantastic work, team. The hospital group is a big step for us."),
                        comment(45, "mateo.dubois", "Merci Hugo ! Et bravo au support pour les démos techniques.",
                                reply(65, "arthur.lefevre", "Avec plaisir, c'était un beau projet."),
                                likes("hugo.richard")),
                        likes("olivia.chen", "emma.simon", "chloe.moreau", "yanis.laurent", "ethan.vincent",
                                "manon.bonnet", "camille.martin"),
                        recommends("sofia.durand", "nathan.david")),
                post(26, "10:05", "zoe.bertrand", null, """
                        New joiners this month: please welcome **Leo Andre** to Customer Success! Leo, your \
                        onboarding buddy is @maya.faure. #welcome #onboarding""",
                        comment(15, "leo.andre", "Thanks everyone, happy to be here!"),
                        comment(30, "maya.faure", "Bienvenue Leo ! Café lundi à 10 h ?",
                                reply(42, "leo.andre", "Deal! See you on Monday.")),
                        likes("ethan.vincent", "nina.muller", "arthur.lefevre", "olivia.chen", "alice.fournier")),
                post(24, "14:45", "manon.bonnet", null, """
                        Rappel : les **notes de frais** d'octobre sont à déposer **avant vendredi**. Utilisez le \
                        nouveau modèle, il calcule la TVA tout seul. Questions : @louis.dupont. #finance""",
                        comment(30, "sarah.lambert", """
                                For the London office: receipts in pounds are fine, the template converts them."""),
                        comment(50, "chloe.moreau", "Le modèle est top, merci !"),
                        likes("louis.dupont", "jules.fontaine"),
                        savedBy("hugo.richard", "sofia.durand")),
                post(23, "09:30", "ethan.vincent", null, """
                        Customer satisfaction is at **94%** this month. Kudos to @nina.muller and @arthur.lefevre \
                        for the new welcome calls. #customersuccess""",
                        comment(25, "olivia.chen", "Our best score since we started measuring. Well deserved."),
                        comment(60, "arthur.lefevre", """
                                Merci ! Les appels de bienvenue réduisent vraiment les tickets de la première \
                                semaine."""),
                        likes("nina.muller", "maya.faure", "leo.andre", "hugo.richard", "emma.simon"),
                        recommends("olivia.chen")),
                post(17, "13:30", "camille.martin", null, """
                        Le nouveau **portail client** est en ligne ! Au programme : connexion plus rapide, mode \
                        sombre et formulaires accessibles. Merci à @noah.petit, @lucas.bernard, @amara.diallo et \
                        @ines.robert. #release""",
                        comment(40, "ethan.vincent", "Customers have already noticed the dark mode. Thank you!",
                                likes("camille.martin", "noah.petit")),
                        comment(75, "hugo.richard", "Perfect timing: I demo it to two prospects on Thursday."),
                        comment(120, "noah.petit", "Merci à toute l'équipe, et aux clients qui ont testé la bêta.",
                                reply(150, "camille.martin", "Et merci pour l'audit d'accessibilité !")),
                        likes("olivia.chen", "lucas.bernard", "amara.diallo", "ines.robert", "sofia.durand",
                                "maya.faure", "arthur.lefevre", "emma.simon"),
                        recommends("ethan.vincent", "hugo.richard"),
                        savedBy("sofia.durand", "ethan.vincent", "leo.andre")),
                post(16, "10:40", "alice.fournier", null, """
                        We're hiring! Two **backend engineers** (Java, Kubernetes) in Paris and one **customer \
                        success manager** in Montréal. Referrals are welcome: send me a message. #hiring""",
                        comment(20, "camille.martin", "Je m'occupe des entretiens techniques, envoyez-moi les profils."),
                        comment(95, "gabriel.girard", "Je connais quelqu'un à Montréal, je t'envoie son profil.",
                                reply(110, "alice.fournier", "Thank you Gabriel, I'll call them this week.")),
                        likes("nathan.david", "ethan.vincent", "zoe.bertrand"),
                        interested("arthur.lefevre", "leo.andre"),
                        savedBy("gabriel.girard")),
                post(14, "16:00", "sofia.durand", null, """
                        Question for the team: does anyone have experience with **public sector tenders** in \
                        France? We have one due in three weeks. #sales""",
                        comment(30, "mateo.dubois", "Oui, j'en ai fait deux l'an dernier. Je t'envoie mes modèles."),
                        comment(50, "lea.roux", "Je peux aider pour la traduction des annexes.",
                                reply(70, "sofia.durand", "Thank you both, that is a huge help!")),
                        interested("hugo.richard", "chloe.moreau")),
                post(10, "09:50", "maya.faure", null, """
                        Retour d'expérience : les **sessions de formation** en groupe pour les nouveaux clients ont \
                        réduit de moitié les questions de la première semaine. Je partage le format avec les \
                        équipes intéressées. #customersuccess #formation""",
                        comment(40, "nina.muller", "Let's do the same for German-speaking customers in January."),
                        comment(80, "gabriel.girard", "Très intéressant pour nos formations internes aussi."),
                        likes("ethan.vincent", "leo.andre", "arthur.lefevre"),
                        interested("zoe.bertrand", "gabriel.girard"),
                        savedBy("nina.muller")),
                post(7, "10:00", "yanis.laurent", null, """
                        Partner news: we signed with **Northwind Consulting**, who will resell Lumen in the \
                        Nordics. @hugo.richard and I will introduce them at the off-site. #partners #sales""",
                        comment(35, "hugo.richard", "A great partner. First joint customer visit is next week."),
                        likes("olivia.chen", "sofia.durand", "emma.simon", "lina.rousseau")),
                post(6, "12:30", "rayan.morel", null, """
                        Les **bulletins de paie** de novembre seront disponibles le 28. Pensez à vérifier vos \
                        coordonnées bancaires dans le portail RH. #rh""",
                        likes("nathan.david", "louis.dupont")),
                announcement(3, "09:00", "nathan.david", """
                        **Séminaire d'entreprise le 12 décembre à Lyon / Company off-site on 12 December in Lyon**

                        Toute l'équipe se retrouve pour une journée de bilan et de projets. Everyone is invited: \
                        travel is booked by HR, and the programme follows next week. #offsite""",
                        comment(60, "olivia.chen", "Looking forward to seeing all of you in Lyon!"),
                        likes("olivia.chen", "camille.martin", "emma.simon", "lea.roux", "jules.fontaine"),
                        readBy("olivia.chen", "camille.martin", "hugo.richard", "emma.simon", "manon.bonnet",
                                "ethan.vincent", "zoe.bertrand", "lea.roux")),
                post(2, "11:45", "leo.andre", null, """
                        First month done! I've started a list of the questions customers ask most, and the \
                        **knowledge base** now has 12 new articles. Thanks @maya.faure for the tips. \
                        #customersuccess #onboarding""",
                        comment(30, "maya.faure", "Bravo Leo, les clients les citent déjà dans leurs tickets."),
                        likes("ethan.vincent", "nina.muller", "maya.faure", "zoe.bertrand")),
                post(1, "16:00", "olivia.chen", null, """
                        What a month: a new customer portal, our best satisfaction score and a new partner in the \
                        Nordics. Thank you all, and see you at the off-site in Lyon! #offsite""",
                        likes("camille.martin", "hugo.richard", "nathan.david", "ethan.vincent", "manon.bonnet",
                                "emma.simon", "yanis.laurent"),
                        recommends("alice.fournier")));
    }
}
