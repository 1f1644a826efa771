# cohort-bot — français.
# Messages en balisage : <b>, <i>, <code>, <a href="…">. Les variables sont échappées par le bot.
# Chaque clé de en.ftl doit exister ici : un test échoue sinon.

language-name = Français

## Mots partagés

value-none = —
value-yes = oui
value-no = non
cancelled = Annulé. Rien n’a été modifié.
done = C’est fait.
usage-line = Utilisation : <code>{ $usage }</code>
role-name = { $role ->
    [mentor] mentor
    [coordinator] coordinateur ou coordinatrice
   *[member] membre
}
status-name = { $status ->
    [paused] en pause
    [left] parti
    [archived] archivée
   *[active] actif
}
field-cohort-name = nom de la cohorte
field-languages = langues
field-region = région
field-themes = thèmes
field-topics = sujets
field-about = texte « à propos »
button-cancel = Annuler
button-archive-confirm = Oui, l’archiver
button-forget-confirm = Oui, supprimer mes données

## Erreurs

error-internal = Désolé, un problème est survenu de mon côté. Veuillez réessayer dans une minute.
error-unknown-command = Je ne connais pas la commande { $command }. Envoyez /help pour voir ce que je sais faire.
error-unknown-command-suggest = Je ne connais pas la commande { $command }. Vouliez-vous dire { $suggestion } ?
error-unknown-subcommand = « { $sub } » ne fait pas partie de ce que fait cette commande.
error-unknown-subcommand-suggest = « { $sub } » ne fait pas partie de ce que fait cette commande. Vouliez-vous dire « { $suggestion } » ?
error-missing-subcommand = Cette commande a besoin d’un mot qui dit quoi faire.
error-unclosed-quote = Un guillemet n’est pas fermé : ajoutez { $quote } à la fin du texte.
error-unknown-flag = Je ne connais pas l’option { $flag }.
error-flag-needs-value = L’option { $flag } a besoin d’une valeur, par exemple { $flag }=valeur.
error-missing-argument = Il manque quelque chose ici ({ $argument }).
error-unexpected-words = Je n’attendais pas « { $words } » ici.
error-nothing-to-change = Dites-moi quoi modifier, avec au moins une option.
error-group-only = { $command } fonctionne dans un groupe, là où se trouve la cohorte.
error-no-cohort-here = Il n’y a pas encore de cohorte dans cette discussion. Un administrateur du groupe peut en créer une avec <code>/cohort create "Nom"</code>.
error-not-member = Seuls les membres de cette cohorte peuvent faire cela. Envoyez /join pour la rejoindre.
error-needs-role = Seul un { $role } de cette cohorte peut faire cela.
error-text-empty = Le champ { $field } n’a aucun caractère visible.
error-text-too-long = Trop long : le champ { $field } peut avoir au plus { $max ->
    [one] { $max } caractère
    [many] { $max } caractères
   *[other] { $max } caractères
} (celui-ci en a { $length }).
error-too-many-items = Trop de { $field } : { $max } au maximum.
error-bad-timezone = « { $value } » n’est pas un fuseau horaire que je connais. Utilisez un nom comme Europe/Paris, Africa/Dakar ou America/Montreal.
error-bad-language = « { $value } » n’est pas un code de langue. Utilisez des codes comme fr, en, ar ou pt-BR.
error-unsupported-language = Je ne parle pas encore « { $value } ». Je parle : { $available }.
error-bad-until = « { $value } » n’est ni une date ni une durée. Utilisez une date comme 2026-12-24, ou 12h, 3d, 2w.
error-until-past = { $value } est déjà passé.
error-until-too-far = { $value } est à plus d’un an.
error-bad-number = Le champ { $field } doit être un nombre entier de { $min } à { $max } (pas « { $value } »).
error-bad-yes-no = Répondez à { $field } par oui ou non (pas « { $value } »).
error-bad-role = « { $value } » n’est pas un rôle. Les rôles sont member, mentor et coordinator.
error-bad-profile-field = « { $value } » n’est pas un champ du profil. Champs : { $fields }.
error-unknown-person = Je ne connais pas encore { $who }. Je connais les personnes qui écrivent dans une discussion où je suis.
error-not-in-cohort = { $name } n’est pas membre de cette cohorte.
error-cohort-exists = Cette discussion a déjà une cohorte : { $name }. Archivez-la d’abord pour en créer une autre.
error-cohort-archived = La cohorte { $name } est archivée.
error-unknown-cohort = Vous n’êtes pas dans une cohorte appelée « { $value } ». Vos cohortes : { $cohorts }.
private-not-understood = Je réponds aux commandes. Envoyez /help pour les voir.

## Boutons

action-stale = Ce bouton n’est plus valable.
action-not-yours = Ce bouton est destiné à quelqu’un d’autre.

## /help

cmd-help-summary = ce que je peux faire ici
cmd-help-usage = /help [commande]
help-title-group = <b>Commandes utilisables dans ce groupe</b>
help-title-private = <b>Commandes utilisables ici</b>
help-line = { $usage } — { $summary }
help-footer = Envoyez <code>/help commande</code> pour en savoir plus sur l’une d’elles.
help-where-group = Fonctionne dans un groupe.
help-where-private = Fonctionne dans une discussion privée avec moi.

## /start

start-welcome = Bonjour { $name } ! J’anime des cohortes d’apprentissage entre pairs : points d’étape, mentorat, réflexions. Envoyez /help pour voir ce que vous pouvez faire, ou ouvrez le lien d’invitation d’une cohorte.
start-joined = Bienvenue dans { $name } ! Présentez-vous à votre mentor et aux coordinateurs, ici en privé, avec <code>/profile set about …</code>. Envoyez /help pour en voir plus.
start-bad-link = Ce lien d’invitation n’est plus valable. Demandez-en un nouveau à un coordinateur.

## /cohort

cmd-cohort-summary = voir la cohorte de cette discussion ; les coordinateurs la créent et la gèrent
cmd-cohort-usage = /cohort [show|create|edit|pause|resume|archive]
cmd-cohort-show-summary = afficher la cohorte
cmd-cohort-show-usage = /cohort
cmd-cohort-create-summary = créer la cohorte de cette discussion ou de ce sujet
cmd-cohort-create-usage = /cohort create "Nom" [--languages fr,en] [--region "…"] [--themes "a, b"] [--timezone Zone/Ville] [--language fr]
cmd-cohort-edit-summary = modifier le nom, le contexte ou les réglages de la cohorte
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no] [--smallest-group 5]
cmd-cohort-pause-summary = mettre la cohorte en pause, éventuellement jusqu’à une date
cmd-cohort-pause-usage = /cohort pause [--until 2026-12-24|2w]
cmd-cohort-resume-summary = reprendre une cohorte en pause
cmd-cohort-resume-usage = /cohort resume
cmd-cohort-archive-summary = archiver la cohorte (avec confirmation)
cmd-cohort-archive-usage = /cohort archive
cohort-none-yet = Il n’y a pas encore de cohorte dans cette discussion. Un administrateur du groupe peut en créer une avec <code>/cohort create "Nom"</code>.
cohort-created = Cohorte <b>{ $name }</b> créée. Les membres la rejoignent avec /join ou avec le lien ci-dessous.
cohort-edited = Modifié : { $fields }.
cohort-card-title = <b>{ $name }</b>
cohort-card-status = État : { $status }
cohort-card-status-until = État : { $status } jusqu’au { $until }
cohort-card-languages = Langues : { $languages }
cohort-card-region = Région : { $region }
cohort-card-themes = Thèmes : { $themes }
cohort-card-timezone = Fuseau horaire : { $timezone }
cohort-card-language = Le bot parle : { $language }
cohort-card-members = { $count ->
    [one] { $count } membre
    [many] { $count } membres
   *[other] { $count } membres
}
cohort-card-names-in-group-on = Dans le groupe, je nomme qui n’a pas répondu, qui est en pause et qui n’a pas trouvé de binôme.
cohort-card-names-in-group-off = Dans le groupe, je compte sans les nommer qui n’a pas répondu, qui est en pause ou qui n’a pas trouvé de binôme ; les coordinateurs reçoivent les noms en privé.
cohort-card-join-link = Lien d’invitation : <a href="{ $link }">{ $link }</a>
cohort-paused = { $name } est en pause. Rien n’est programmé jusqu’à /cohort resume.
cohort-paused-until = { $name } est en pause jusqu’au { $until }.
cohort-already-paused = La cohorte est déjà en pause.
cohort-not-paused = La cohorte n’est pas en pause.
cohort-resumed = { $name } est de nouveau active.
cohort-resumed-auto = La pause est terminée : { $name } est de nouveau active.
cohort-archive-confirm = Archiver <b>{ $name }</b> ? Les membres restent dans la discussion, mais la cohorte s’arrête et une nouvelle peut être créée ici.
cohort-archived = { $name } est archivée.
bot-added = Bonjour ! J’anime des cohortes d’apprentissage entre pairs. Un administrateur du groupe peut en lancer une avec <code>/cohort create "Nom"</code> ; envoyez /help pour en voir plus.
room-encrypted = Ce salon est chiffré de bout en bout et je ne sais pas encore lire les messages chiffrés : les commandes ici restent sans réponse. Utilisez un salon non chiffré pour la cohorte, ou demandez à la personne qui m’héberge d’activer le chiffrement.
bot-added-with-cohort = Re-bonjour ! La cohorte { $name } est toujours là. Envoyez /help pour voir ce que je sais faire.

## Membres

cmd-join-summary = rejoindre la cohorte de cette discussion
cmd-join-usage = /join
cmd-leave-summary = quitter la cohorte de cette discussion
cmd-leave-usage = /leave
cmd-members-summary = lister les membres de la cohorte
cmd-members-usage = /members [--all]
cmd-role-summary = donner un rôle à quelqu’un
cmd-role-usage = /role @personne member|mentor|coordinator
join-welcome = Bienvenue dans { $name }, { $person } !
join-welcome-dm = Bienvenue dans { $name } ! Présentez-vous à votre mentor et aux coordinateurs, ici en privé, avec <code>/profile set about …</code>. Envoyez /help pour en voir plus.
join-already = Vous êtes déjà membre de { $name }.
join-in-private = Pour rejoindre une cohorte, envoyez /join dans son groupe, ou ouvrez son lien d’invitation.
leave-done = Vous avez quitté { $name }. Votre profil est conservé au cas où vous reviendriez ; /forgetme efface tout.
leave-not-member = Vous n’êtes pas membre de { $name }.
cmd-pause-summary = faire une pause : aucun point d’étape ni binôme ne vous parvient jusqu’à la fin
cmd-pause-usage = /pause [--until 2026-12-24|2w] (en privé : [--cohort "Nom"])
cmd-resume-summary = terminer votre pause plus tôt
cmd-resume-usage = /resume (en privé : [--cohort "Nom"])
pause-done-until = Vous êtes en pause de { $name } jusqu’au { $until } : aucun point d’étape, rappel ni binôme ne vous parvient. /resume y met fin plus tôt.
resume-done = Content de vous revoir dans { $name } : les points d’étape vous parviennent de nouveau.
resume-not-paused = Vous n’êtes pas en pause de { $name }.
pause-ended-dm = Votre pause de { $name } est terminée : les points d’étape vous parviennent de nouveau. /pause en commence une autre.
members-title = <b>{ $name }</b> : { $count ->
    [one] { $count } membre
    [many] { $count } membres
   *[other] { $count } membres
}
members-line = • { $name }{ $username ->
    [none] {""}
   *[other] {" "}({ $username })
} — { $role }, { $status }
members-on-break-count = { $count ->
    [one] { $count } autre membre est en pause.
    [many] { $count } autres membres sont en pause.
   *[other] { $count } autres membres sont en pause.
}
members-left-count = { $count ->
    [one] { $count } autre personne a quitté la cohorte.
    [many] { $count } autres personnes ont quitté la cohorte.
   *[other] { $count } autres personnes ont quitté la cohorte.
}
members-names-sent-privately = Je vous ai envoyé la liste complète en privé.
members-names-not-in-group = Leurs noms ne sont pas affichés dans le groupe (/cohort edit --names-in-group yes les affiche).
members-none = { $name } n’a pas encore de membres.
role-set = { $name } est maintenant { $role }.
role-admin-note = { $name } est administrateur de cette discussion et y reste coordinateur tant qu’il ou elle l’est.
role-admin-granted-note = { $name } est aussi administrateur de cette discussion. Le rôle accordé le garde coordinateur s’il cesse de l’être ; <code>/role @personne member</code> le retire.
members-coordinator = { $source ->
    [admin] coordinateur (administrateur de la discussion)
    [both] coordinateur (administrateur de la discussion, et rôle accordé avec /role)
   *[granted] coordinateur (rôle accordé avec /role)
}
members-roles-note = Les administrateurs de la discussion sont coordinateurs tant qu’ils sont administrateurs. Un rôle donné avec /role reste jusqu’à ce que <code>/role @personne member</code> le retire.
role-unchanged = { $name } est déjà { $role }.

## /profile

cmd-profile-summary = voir ou modifier votre profil
cmd-profile-usage = /profile [show|set|clear]
cmd-profile-show-summary = afficher votre profil (coordinateurs : celui de quelqu’un, envoyé en privé)
cmd-profile-show-usage = /profile [show] [@personne] [--cohort "Nom"]
cmd-profile-set-summary = définir un champ : languages, region, topics, timezone, capacity, wants-mentor, stage ; en privé aussi preferences et about
cmd-profile-set-usage = /profile set champ valeur [--cohort "Nom"]
cmd-profile-clear-summary = effacer un champ
cmd-profile-clear-usage = /profile clear champ [--cohort "Nom"]
profile-title = <b>{ $name }</b> dans { $cohort } — { $role }, { $status }
profile-languages = Langues : { $value }
profile-region = Région : { $value }
profile-topics = Sujets : { $value }
profile-timezone = Fuseau horaire : { $value }
profile-capacity = Peut accompagner : { $value ->
    [0] non
    [one] { $value } personne
    [many] { $value } personnes
   *[other] { $value } personnes
}
profile-wants-mentor = Souhaite un mentor : { $value }
profile-about = À propos : { $value }
profile-updated = Votre champ { $field } est enregistré pour { $cohorts }.
profile-cleared = Votre champ { $field } est effacé pour { $cohorts }.
profile-no-cohorts = Vous n’êtes encore dans aucune cohorte. Rejoignez-en une avec /join dans son groupe, ou avec son lien d’invitation.

## /language et /timezone

cmd-language-summary = choisir la langue dans laquelle je vous écris
cmd-language-usage = /language [code]
cmd-timezone-summary = voir ou définir votre fuseau horaire
cmd-timezone-usage = /timezone [Zone/Ville]
language-current = Je vous écris en { $language }. Choisissez-en une autre :
language-set = Désormais, je vous écris en { $language }.
language-group-note = Dans ce groupe, je continue à parler la langue de la cohorte.
timezone-current = Votre fuseau horaire : { $timezone } (il est { $now }).
timezone-set = Votre fuseau horaire est maintenant { $timezone } (il est { $now }).

## /mydata et /forgetme

cmd-mydata-summary = tout ce que je garde sur vous
cmd-mydata-usage = /mydata
cmd-forgetme-summary = supprimer tout ce que je garde sur vous
cmd-forgetme-usage = /forgetme
mydata-title = <b>Ce que je garde sur vous</b>
mydata-account = Nom : { $name } (identifiant : { $username }), { $platform } id { $id }
mydata-settings = Langue : { $language } (votre application indique : { $hint }), fuseau horaire : { $timezone }
mydata-since = Connu depuis le { $date }
mydata-memberships = { $count ->
    [0] Vous n’êtes dans aucune cohorte.
    [one] Vous êtes dans { $count } cohorte :
    [many] Vous êtes dans { $count } cohortes :
   *[other] Vous êtes dans { $count } cohortes :
}
mydata-membership = • <b>{ $cohort }</b> : { $role }, { $status }, depuis le { $joined }
mydata-profile = { "  " }langues { $languages } ; région { $region } ; sujets { $topics } ; fuseau horaire { $timezone } ; peut accompagner { $capacity } ; souhaite un mentor { $wantsMentor } ; à propos : { $about }
mydata-audit = { $count ->
    [0] Vous n’avez fait aucune modification de coordination.
    [one] { $count } modification de coordination est enregistrée à votre nom.
    [many] { $count } modifications de coordination sont enregistrées à votre nom.
   *[other] { $count } modifications de coordination sont enregistrées à votre nom.
}
mydata-footer = Je ne garde aucun message de discussion, seulement ce que vous répondez aux points d’étape et vos réflexions (listés ci-dessus). /forgetme supprime tout cela.
forgetme-confirm = Ceci supprime votre compte ici, votre profil et votre appartenance à { $count ->
    [one] { $count } cohorte
    [many] { $count } cohortes
   *[other] { $count } cohortes
}. Les actions de coordination que vous avez faites restent enregistrées sans votre nom. C’est irréversible.
forgetme-done = C’est fait : j’ai supprimé tout ce que je gardais sur vous. Si vous m’écrivez de nouveau, je repars de zéro.

## Points d’étape

cmd-checkin-summary = points d’étape réguliers : les voir ; les coordinateurs les programment
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats|digest]
cmd-checkin-list-summary = lister les programmes de points d’étape de la cohorte
cmd-checkin-list-usage = /checkin list
cmd-checkin-schedule-summary = ajouter un programme de points d’étape dans le fuseau horaire de la cohorte
cmd-checkin-schedule-usage = /checkin schedule hebdomadaire lun 18:00 | toutes les 2 semaines jeu 09:30 | mensuel premier mar 17:00 | cron 0 18 * * 1 [--window 2d] [--remind 6h] [--question "…"]… [--digest group|coordinators] [--inactive-after 3]
cmd-checkin-now-summary = publier un point d’étape maintenant
cmd-checkin-now-usage = /checkin now [numéro]
cmd-checkin-skip-summary = sauter le prochain point d’étape d’un programme
cmd-checkin-skip-usage = /checkin skip numéro
cmd-checkin-pause-summary = mettre un programme en pause
cmd-checkin-pause-usage = /checkin pause numéro
cmd-checkin-resume-summary = reprendre un programme en pause
cmd-checkin-resume-usage = /checkin resume numéro
cmd-checkin-delete-summary = supprimer un programme et ses points d’étape
cmd-checkin-delete-usage = /checkin delete numéro
checkin-question-1 = Qu’avez-vous fait depuis le dernier point d’étape ?
checkin-question-2 = Sur quoi allez-vous travailler ensuite ?
checkin-question-3 = Quelque chose vous bloque-t-il, ou quelqu’un peut-il vous aider ?
checkin-error-pattern = Je ne comprends pas « { $pattern } » comme programme. Essayez : hebdomadaire lun 18:00, toutes les 2 semaines jeu 09:30, mensuel premier mar 17:00, ou cron 0 18 * * 1.
checkin-error-weekday = « { $word } » n’est pas un jour de la semaine (lun, mar, mer, jeu, ven, sam, dim).
checkin-error-time = « { $word } » n’est pas une heure (de 00:00 à 23:59).
checkin-error-nth = « { $word } » n’est pas premier, deuxième, troisième, quatrième ou dernier.
checkin-error-every = « { $word } » semaines : choisissez de 1 à 8.
checkin-error-cron = « { $field } » n’est pas un champ cron valide (minute heure jour mois jour-de-semaine).
checkin-error-never = Ce programme n’a jamais lieu (cette date n’existe pas).
checkin-error-too-often = Les points d’étape peuvent avoir lieu au plus une fois par heure.
checkin-error-span = { $flag } « { $value } » n’est pas une durée entre 10m et 14d (comme 90m, 6h, 2d).
checkin-error-remind-window = Le rappel doit arriver avant la clôture des réponses : rendez --remind plus court que --window.
checkin-error-window-overlap = La période de réponse est plus longue que l’intervalle entre deux points d’étape : raccourcissez --window.
checkin-error-digest = « { $value } » n’est ni group ni coordinators.
checkin-error-questions = { $max ->
    [one] { $max } question
    [many] { $max } questions
   *[other] { $max } questions
} au maximum, s’il vous plaît.
checkin-error-question-length = Une question peut avoir au plus { $max ->
    [one] { $max } caractère
    [many] { $max } caractères
   *[other] { $max } caractères
}.
checkin-error-no-schedule = Il n’y a pas de programme de points d’étape « { $id } » ici. /checkin list les affiche.
checkin-error-not-active = Le programme n°{ $id } est en pause : il n’y a pas de prochain point d’étape à sauter.
checkin-error-already-paused = Le programme n°{ $id } est déjà en pause.
checkin-error-not-paused = Le programme n°{ $id } n’est pas en pause.
checkin-error-not-member = Seuls les membres de cette cohorte peuvent répondre à ses points d’étape. Faites d’abord /join.
checkin-error-closed = Ce point d’étape est clos : les réponses ne sont plus acceptées.
checkin-error-on-break = Vous êtes en pause de cette cohorte, les points d’étape ne vous comptent donc pas. Faites d’abord /resume pour répondre.
checkin-none-yet = Aucun point d’étape n’est encore programmé ici. Coordinateurs : /checkin schedule hebdomadaire lun 18:00
checkin-scheduled = Le programme de points d’étape n°{ $id } est en place.
checkin-list-title = <b>Programmes de points d’étape</b>
checkin-schedule-line = n°{ $id } : { $pattern } ({ $timezone }), { $status ->
    [paused] en pause
   *[other] prochain le { $next }
}, réponses ouvertes pendant { $window }
checkin-skipped = Le point d’étape du programme n°{ $id } du { $when } sera sauté.
checkin-paused = Le programme n°{ $id } est en pause.
checkin-resumed = Le programme n°{ $id } reprend ; prochain point d’étape le { $next }.
checkin-delete-confirm = Supprimer le programme n°{ $id } ({ $pattern }) avec ses points d’étape et ses réponses ? C’est irréversible.
checkin-deleted = Le programme n°{ $id } est supprimé.
button-checkin-delete-confirm = Le supprimer
button-checkin-private = Répondre en privé
button-checkin-share = Partager avec la cohorte
button-checkin-keep-private = Garder privé
checkin-prompt = <b>C’est l’heure du point d’étape, { $name } !</b> Les réponses sont ouvertes jusqu’au { $closes }.
checkin-prompt-how = Répondez à ce message pour répondre ici (une ligne par question), ou répondez en privé.
checkin-private-started = Je vous ai écrit en privé.
checkin-dm-first = Je ne peux pas vous écrire en premier : ouvrez une discussion privée avec moi, puis appuyez de nouveau sur le bouton.
checkin-dm-link = { $person }, je ne peux pas vous écrire en premier. Ouvrez { $link } et appuyez sur Démarrer : vos réponses commencent là.
checkin-dm-first-link = Je ne peux pas vous écrire en premier : utilisez le lien que j’ai publié.
checkin-dm-intro = Point d’étape de { $name }. Répondez à une question à la fois ; écrivez « passer » pour en sauter une.
checkin-dm-question = ({ $n }/{ $total }) { $question }
checkin-dm-done = Merci ! Vous avez répondu à { $answered } sur { $total }. Partager vos réponses dans le résumé ?
checkin-will-share = Vos réponses apparaîtront dans le résumé.
checkin-kept-private = Vos réponses restent privées : le résumé vous compte seulement.
checkin-reflect-offer = Voulez-vous écrire une courte réflexion sur ce que vous avez appris ? Vous seul la lirez, sauf si vous en décidez autrement.
button-reflect-write = Écrire une réflexion
button-reflect-not-now = Pas maintenant
checkin-reflect-ask = Écrivez votre réflexion dans votre prochain message (ou « passer »).
checkin-reflect-later = D’accord. Quand vous voulez : /reflect suivi de quelques lignes.
button-visibility-mentor = Partager avec mon mentor
button-visibility-coordinators = Partager avec les coordinateurs
button-visibility-cohort = Partager avec la cohorte
checkin-answer-saved = Merci, votre réponse est notée.
checkin-reminder-dm = Le point d’étape de { $name } se termine bientôt et je n’ai pas encore votre réponse.
checkin-reminder-group = Le point d’étape se termine bientôt ; il manque encore : { $names }.
checkin-reminder-group-count = Le point d’étape se termine bientôt ; { $count ->
    [one] { $count } personne n’a pas encore répondu.
    [many] { $count } personnes n’ont pas encore répondu.
   *[other] { $count } personnes n’ont pas encore répondu.
}
checkin-digest-title = <b>Résumé du point d’étape, { $name }</b>
checkin-digest-count = { $count ->
    [0] Personne n’a participé
    [one] { $count } personne a participé
    [many] { $count } personnes ont participé
   *[other] { $count } personnes ont participé
} (sur { $total }).
checkin-digest-who = Merci à { $names }.
checkin-digest-coordinators-only = Les réponses vont aux coordinateurs seulement.
checkin-digest-reflections = <b>Réflexions partagées</b>
cmd-checkin-stats-summary = qui a participé aux derniers points d’étape, et qui ne s’est plus manifesté (envoyé en privé)
cmd-checkin-stats-usage = /checkin stats
checkin-stats-none = Aucun point d’étape n’est encore clos.
checkin-stats-title = <b>Participation { $count ->
    [one] au dernier point d’étape
    [many] aux { $count } derniers points d’étape
   *[other] aux { $count } derniers points d’étape
}</b>
checkin-stats-line = { $name } : { $answered }/{ $total }, série { $streak }
checkin-stats-inactive = { $count ->
    [one] { $count } point d’étape manqué
    [many] { $count } points d’étape manqués
   *[other] { $count } points d’étape manqués
} ou plus d’affilée : { $names }
checkin-error-inactive-after = « { $value } » n’est pas un nombre de points d’étape de 0 à 20 (0 : jamais).
checkin-nudge = Bonjour { $person } ! Vous avez manqué { $count ->
    [one] le dernier point d’étape
    [many] les { $count } derniers points d’étape
   *[other] les { $count } derniers points d’étape
} de { $name }. Aucune pression : êtes-vous toujours partant, voulez-vous une pause de deux semaines, ou préférez-vous quitter la cohorte ?
button-nudge-in = Je suis toujours là
button-nudge-pause = Une pause de deux semaines
button-nudge-leave = Quitter la cohorte
nudge-still-in = Ravi de l’entendre ! À bientôt pour le prochain point d’étape de { $name }.
nudge-left = Vous avez quitté { $name }. /join dans le groupe vous fait revenir à tout moment, avec votre profil tel qu’il était.
mydata-checkins = { $count ->
    [0] Vous n’avez répondu à aucun point d’étape.
    [one] Vos réponses aux points d’étape ({ $count }) :
    [many] Vos réponses aux points d’étape ({ $count }) :
   *[other] Vos réponses aux points d’étape ({ $count }) :
}
mydata-checkin-answer = • { $cohort }, { $date } : { $answers } (partagé : { $shared })

## Réflexions

cmd-reflect-summary = écrire une réflexion, en privé ; choisir qui peut la lire
cmd-reflect-usage = /reflect … [--visibility me|mentor|coordinators|cohort] [--cohort "Nom"]
cmd-reflections-summary = lister vos réflexions, ou avec « shared » celles que d’autres vous laissent lire (en privé)
cmd-reflections-usage = /reflections [shared] [--cohort "Nom"]
reflect-error-not-member = Les réflexions appartiennent à une cohorte : rejoignez-en une d’abord avec /join.
reflect-error-too-long = Une réflexion peut avoir au plus { $max ->
    [one] { $max } caractère
    [many] { $max } caractères
   *[other] { $max } caractères
}.
reflect-error-visibility = « { $value } » n’est pas me, mentor, coordinators ou cohort.
reflect-saved = Enregistrée dans { $cohort }. { $visibility ->
    [me] Vous seul pouvez la lire.
    [mentor] Vous et votre mentor pouvez la lire.
    [coordinators] Vous et les coordinateurs pouvez la lire.
   *[cohort] La cohorte peut la lire, et elle apparaîtra dans le prochain résumé.
}
reflections-title = <b>Vos réflexions</b>
reflections-none = Vous n’avez encore écrit aucune réflexion. /reflect … en écrit une.
reflections-line = { $date }, { $cohort } ({ $visibility }) : { $text }
reflections-shared-title = <b>Réflexions partagées avec vous</b> (90 derniers jours)
reflections-shared-none = Personne n’a partagé de réflexion avec vous ces 90 derniers jours.
reflections-shared-line = { $date }, { $cohort }, { $name } ({ $visibility }) : { $text }
mydata-reflections = { $count ->
    [0] Vous n’avez écrit aucune réflexion.
    [one] Vos réflexions ({ $count }) :
    [many] Vos réflexions ({ $count }) :
   *[other] Vos réflexions ({ $count }) :
}
mydata-reflection = • { $cohort }, { $date } ({ $visibility }) : { $text }

## Binômes

cmd-pair-summary = votre mentor ou vos mentorés ; les coordinateurs associent mentors et mentorés
cmd-pair-usage = /pair [mentors|confirm] | /pair @mentor @mentoré
cmd-pair-show-summary = votre mentor ou vos mentorés (coordinateurs : /pair @mentor @mentoré associe deux personnes à la main)
cmd-pair-show-usage = /pair | /pair @mentor @mentoré
cmd-pair-mentors-summary = aperçu du meilleur mentor pour chaque membre qui en souhaite un, et pourquoi (envoyé en privé)
cmd-pair-mentors-usage = /pair mentors
cmd-pair-confirm-summary = solliciter les mentors de l’aperçu
cmd-pair-confirm-usage = /pair confirm
cmd-unpair-summary = mettre fin aux mentorats de quelqu’un (avec confirmation)
cmd-unpair-usage = /unpair @personne
pair-reason-shared-language = parlent tous deux { $values }
pair-reason-language-bridging = pas de langue commune (autorisé par un coordinateur)
pair-reason-same-region = tous deux en { $values }
pair-reason-shared-topics = sujets : { $values }
pair-reason-timezone-overlap = { $values } heures d’éveil en commun
pair-reason-timezone-unknown = fuseau horaire inconnu
pair-reason-stage-fit = étapes compatibles ({ $values })
pair-reason-stage-mismatch = étapes éloignées ({ $values })
pair-reason-shared-preference = une préférence commune
pair-reason-repeat = déjà associés ({ $values })
pair-reason-none = pas de raison forte, à part la disponibilité
pair-preview-title = <b>Mentors proposés</b> ({ $count ->
    [one] { $count } binôme
    [many] { $count } binômes
   *[other] { $count } binômes
})
pair-preview-line = • { $mentee } ← { $mentor } : { $reasons }
pair-unmatched-no-feasible-mentor = • { $mentee } : aucun mentor ne convient (pas de langue commune, ou exclu)
pair-unmatched-all-feasible-mentors-full = • { $mentee } : les mentors qui conviennent n’ont plus de place
pair-preview-confirm = /pair confirm sollicite ces mentors ; /pair mentors recalcule.
pair-confirmed = { $count ->
    [one] J’ai sollicité { $count } mentor.
    [many] J’ai sollicité { $count } mentors.
   *[other] J’ai sollicité { $count } mentors.
} Chacun a { $hours ->
    [one] { $hours } heure
    [many] { $hours } heures
   *[other] { $hours } heures
} pour répondre ; sans réponse, la personne est proposée au mentor suivant le mieux placé.
pair-asked-one = J’ai demandé à { $mentor } d’accompagner { $mentee }.
pair-ask = Bonjour { $mentor } ! Accepteriez-vous d’être le mentor de { $mentee } dans { $name } ?
pair-why = Pourquoi vous : { $reasons }.
pair-about = À son sujet : { $about }
pair-ask-deadline = Merci de répondre avant le { $when }.
button-pair-accept = Accepter
button-pair-decline = Refuser
pair-answer-late = Cette demande n’est plus ouverte.
pair-accepted-toast = Merci ! Je vous ai présentés l’un à l’autre.
pair-declined-thanks = Merci de l’avoir dit. Je vais demander à quelqu’un d’autre.
pair-no-next-mentor = Aucun autre mentor n’est disponible pour { $mentee } dans { $name } pour l’instant. Relancez /pair mentors quand quelqu’un a de la place.
pair-intro-mentee = { $person }, voici votre mentor { $other } dans { $name } !
pair-intro-mentor = { $person }, voici votre mentoré { $other } dans { $name } !
pair-intro-times = Quelques horaires pour vous retrouver (18:00 pour la personne mentorée) :
pair-intro-time = • { $mentee } ({ $menteeZone }) = { $mentor } ({ $mentorZone })
pair-mine-mentor = Votre mentor : { $other } ({ $status ->
    [asked] sollicité, en attente de réponse
   *[other] confirmé
})
pair-mine-mentee = Votre mentoré : { $other } ({ $status ->
    [asked] en attente de votre réponse
   *[other] confirmé
})
pair-mine-none = Vous n’avez encore ni mentor ni mentoré dans cette cohorte. Vous en voulez un ? /profile set wants-mentor yes
pair-error-two-people = Nommez deux personnes : /pair @mentor @mentoré
pair-error-self = Personne ne peut être son propre mentor.
pair-error-has-mentor = { $mentee } a déjà un mentor (ou un mentor est sollicité). Faites d’abord /unpair { $mentee }.
pair-error-no-mentors = Personne dans cette cohorte ne propose encore d’accompagner : les membres le proposent avec /profile set capacity 2.
pair-error-no-mentees = Personne n’attend de mentor : les membres en demandent un avec /profile set wants-mentor yes.
pair-error-no-preview = Il n’y a pas d’aperçu à confirmer : /pair mentors en crée un.
pair-error-not-paired = { $who } n’a ni mentor ni mentoré.
unpair-confirm = Mettre fin { $count ->
    [one] au mentorat
    [many] aux { $count } mentorats
   *[other] aux { $count } mentorats
} de { $who } ?
button-unpair-confirm = Y mettre fin
unpair-done = { $count ->
    [one] { $count } mentorat terminé.
    [many] { $count } mentorats terminés.
   *[other] { $count } mentorats terminés.
}
mydata-mentorships = { $count ->
    [0] Vous n’avez aucun mentorat.
    [one] Votre mentorat ({ $count }) :
    [many] Vos mentorats ({ $count }) :
   *[other] Vos mentorats ({ $count }) :
}
mydata-mentorship-mentor = • { $cohort } : mentor de { $other } ({ $status })
mydata-mentorship-mentee = • { $cohort } : accompagné par { $other } ({ $status })
cmd-pair-peers-summary = lancer un tour entre pairs maintenant : des binômes (un trio si le nombre est impair), avec de nouveaux partenaires si possible
cmd-pair-peers-usage = /pair peers
cmd-pair-rounds-summary = des tours entre pairs automatiques toutes les quelques semaines, ou désactivés ; jours avant « vous êtes-vous vus ? »
cmd-pair-rounds-usage = /pair rounds [every 2w | off | follow-up 3d]
cmd-pair-stats-summary = les tours entre pairs jusqu’ici : groupes, et qui dit s’être vu (envoyé en privé)
cmd-pair-stats-usage = /pair stats
pair-round-title = <b>Tour entre pairs n°{ $number } dans { $name }</b> : saluez vos partenaires et trouvez un moment pour échanger.
pair-round-line = • { $names }
pair-round-line-why = • { $names } : { $reasons }
pair-round-unplaced = • { $who } : personne ne convient cette fois, désolé.
pair-round-unplaced-count = • { $count ->
    [one] Pour { $count } personne, personne ne convient cette fois, désolé.
    [many] Pour { $count } personnes, personne ne convient cette fois, désolé.
   *[other] Pour { $count } personnes, personne ne convient cette fois, désolé.
}
pair-round-unplaced-dm = Bonjour { $person }. Au tour entre pairs n°{ $number } de { $name }, personne ne vous convenait cette fois, désolé. J’essaierai de nouveau au prochain tour.
pair-round-unplaced-coordinators = Tour entre pairs n°{ $number } de { $name } : personne ne convenait à { $names } cette fois. Seuls les coordinateurs lisent ceci.
pair-round-follow-up = Le { $when }, je demanderai à chacun de vous si vous vous êtes vus.
pair-round-dm = Bonjour { $person } ! Au tour entre pairs n°{ $number } de { $name }, vous êtes avec { $others }. Saluez-les et trouvez un moment pour échanger.
pair-met-question = Bonjour { $person } ! Avez-vous vu { $others } (tour entre pairs n°{ $number } de { $name }) ?
button-pair-met-yes = Oui
button-pair-met-no = Non
button-pair-met-not-yet = Pas encore
pair-met-thanks-yes = Formidable, merci !
pair-met-thanks-no = Merci de l’avoir dit. Peut-être au prochain tour.
pair-met-thanks-not-yet = Noté. Vous pourrez encore répondre Oui plus tard.
pair-peers-error-paused = { $name } est en pause : pas de tour entre pairs avant la reprise.
pair-peers-error-too-few = Un tour entre pairs demande au moins deux membres actifs (les membres en pause ne comptent pas).
pair-rounds-off = Les tours entre pairs sont désactivés. /pair rounds every 2w les lance ; « vous êtes-vous vus ? » arrive { $days ->
    [one] { $days } jour
    [many] { $days } jours
   *[other] { $days } jours
} après chaque tour.
pair-rounds-on = Tours entre pairs { $weeks ->
    [one] chaque semaine
    [many] toutes les { $weeks } semaines
   *[other] toutes les { $weeks } semaines
} ; le prochain le { $next }. « Vous êtes-vous vus ? » arrive { $days ->
    [one] { $days } jour
    [many] { $days } jours
   *[other] { $days } jours
} après chaque tour.
pair-rounds-set = Tours entre pairs { $weeks ->
    [one] chaque semaine
    [many] toutes les { $weeks } semaines
   *[other] toutes les { $weeks } semaines
} ; le premier le { $next }. /pair peers en lance un maintenant.
pair-rounds-turned-off = Les tours entre pairs sont désactivés.
pair-rounds-follow-up-set = « Vous êtes-vous vus ? » arrivera { $days ->
    [one] { $days } jour
    [many] { $days } jours
   *[other] { $days } jours
} après chaque tour.
pair-rounds-error-usage = Dites à quelle fréquence : /pair rounds every 2w, /pair rounds every 1w ou /pair rounds off.
pair-rounds-error-weeks = Les tours ont lieu toutes les 1 à { $max ->
    [one] { $max } semaine
    [many] { $max } de semaines
   *[other] { $max } semaines
}, par ex. /pair rounds every 2w.
pair-rounds-error-days = « Vous êtes-vous vus ? » arrive de 1 à { $max ->
    [one] { $max } jour
    [many] { $max } de jours
   *[other] { $max } jours
} après un tour, par ex. /pair rounds follow-up 3d.
pair-stats-none = Pas encore de tour entre pairs : /pair peers en lance un.
pair-stats-title = <b>Tours entre pairs</b> ({ $count })
pair-stats-line = • Tour { $number } ({ $date }) : { $groups ->
    [one] { $groups } groupe
    [many] { $groups } groupes
   *[other] { $groups } groupes
}, { $people ->
    [one] { $people } personne
    [many] { $people } personnes
   *[other] { $people } personnes
}. Se sont vus : oui { $yes }, non { $no }, pas encore { $notYet }, sans réponse { $unanswered }
cmd-avoid-summary = ne jamais être associé à quelqu’un (en privé ; la personne n’est pas prévenue)
cmd-avoid-usage = /avoid [@personne] [--remove] [--cohort "Nom"]
avoid-title = <b>Personnes avec qui vous n’êtes jamais associé</b>
avoid-line = • { $cohort } : { $names }
avoid-none = Vous n’évitez personne. /avoid @personne, ici en privé, et je ne vous associerai jamais ; la personne n’est pas prévenue.
avoid-added = Noté : je ne vous associerai jamais avec { $who } (dans { $cohorts }). La personne n’est pas prévenue.
avoid-removed = { $who } peut de nouveau être associé avec vous (dans { $cohorts }).
avoid-error-self = Vous ne pouvez pas vous éviter vous-même.
avoid-error-no-shared-cohort = Vous ne partagez aucune cohorte avec { $who }.
error-bad-stage = « { $value } » n’est pas une étape. Choisissez parmi : { $stages }.
field-preferences = préférences
profile-stage = Étape : { $value }
profile-preferences = Préférences d’association (vous seul les voyez) : { $value }
mydata-matching = { "  " }étape { $stage } ; préférences d’association { $preferences } ; personnes évitées : { $avoid }
cmd-pair-settings-summary = voir ou modifier la façon d’associer les mentors : sans langue commune, délai de réponse
cmd-pair-settings-usage = /pair settings [--bridging yes|no] [--answer-within 72h]
pair-settings = Réglages d’association : binômes sans langue commune : { $bridging } ; les mentors répondent sous { $hours ->
    [one] { $hours } heure
    [many] { $hours } heures
   *[other] { $hours } heures
}.
pair-settings-saved = Enregistré. Binômes sans langue commune : { $bridging } ; les mentors répondent sous { $hours ->
    [one] { $hours } heure
    [many] { $hours } heures
   *[other] { $hours } heures
}.
pair-error-answer-within = « { $value } » n’est pas une durée de 12h à 14d (comme 48h ou 3d).
pair-decline-why = Si vous le souhaitez, dites-moi pourquoi (un seul appui). Seuls les coordinateurs le voient ; { $mentee } ne saura pas qui a refusé.
button-decline-no-time = Pas le temps en ce moment
button-decline-topics = Pas mes sujets
button-decline-other = Une autre raison
pair-decline-noted = Merci. Seuls les coordinateurs voient votre raison ; { $mentee } ne saura pas qui a refusé.
pair-preview-declined = • { $mentor } a refusé { $mentee } ({ $reason ->
    [no-time] pas le temps en ce moment
    [topics] pas ses sujets
    [other] une autre raison
   *[none] sans raison donnée
})
mydata-peer-groups = { $count ->
    [0] Vous n’avez participé à aucun tour entre pairs.
    [one] Votre tour entre pairs ({ $count }) :
    [many] Vos tours entre pairs ({ $count }) :
   *[other] Vos tours entre pairs ({ $count }) :
}
mydata-peer-group = • { $cohort }, tour { $round } : avec { $others } (vous vous êtes vus : { $answer })

# Vie privée : vues pour une seule personne, commandes privées tapées dans un groupe, quelle cohorte (docs/privacy.md)
private-view-sent = { $person }, je vous l’ai envoyé en privé.
private-view-link = { $person }, ceci n’est que pour vous, pas pour ce groupe : <a href="{ $link }">ouvrez une discussion privée avec moi</a> et je vous l’y enverrai.
private-view-write-first = { $person }, ceci n’est que pour vous, pas pour ce groupe : écrivez-moi d’abord en privé, puis envoyez-y { $command }.
private-refused = { $command } est privée : elle ne fonctionne que dans une discussion privée avec moi.
private-refused-deleted = J’ai retiré votre message du groupe.
private-refused-dm = { $person }, je vous ai écrit en privé : continuez là-bas.
private-refused-link = <a href="{ $link }">Continuer dans une discussion privée avec moi</a>.
private-refused-write-first = Écrivez-moi en privé et envoyez-la là-bas.
private-continue = Vous avez essayé { $command } dans un groupe. Ici, cela reste entre nous : { $usage }
private-continue-here = Ici, cela reste entre nous : { $usage }
start-link-expired = Ce lien n’est plus valable. Envoyez de nouveau la commande ici : elle fonctionne aussi en privé.
cohort-choice-ask = Pour quelle cohorte est { $command } ?
cohort-choice-none = Vous n’êtes dans aucune cohorte où vous pouvez utiliser { $command }.
cohort-choice-gone = Cette cohorte n’est plus l’une des vôtres (ou vous ne la coordonnez plus).
cohort-choice-name-it = Vous êtes dans plusieurs cohortes : nommez-en une, comme { $command } --cohort "Nom". Les vôtres : { $cohorts }.
error-cohort-not-here = La cohorte de ce groupe est { $name }, pas « { $value } ».
profile-private-hint = Vos préférences d’association et votre texte « à propos » sont privés : envoyez-moi /profile en privé pour les voir.
pair-ask-privacy = Seuls les coordinateurs voient votre réponse et la raison que vous donnez ; { $mentee } ne saura pas qui a refusé.
pair-ask-privacy-group = Personne ici ne voit sur quel bouton vous appuyez : seuls les coordinateurs apprennent votre réponse.
pair-declined-toast-private = Merci. Je vous ai écrit en privé.
pair-declined-toast = Merci. Seuls les coordinateurs apprennent votre réponse.
pair-no-next-mentor-group = Quelqu’un dans cette cohorte attend encore un mentor. Coordinateurs : /pair mentors quand un mentor a de la place.
mydata-mentorship-looking = • { $cohort } : je vous cherche un mentor

## Mots pour les valeurs, et mots-clés que l’on tape (docs/localization.md)

field-timezone = fuseau horaire
field-capacity = capacité de mentorat
field-wants-mentor = « souhaite un mentor »
field-stage = étape
stage-name = { $stage ->
    [newcomer] nouvel arrivant
    [contributor] contributeur
    [organizer] organisateur
   *[experienced] expérimenté
}
visibility-name = { $visibility ->
    [me] vous seul
    [mentor] votre mentor
    [coordinators] les coordinateurs
   *[cohort] la cohorte
}
checkin-digest-answer = <i>{ $question }</i> { $answer }
checkin-digest-reflection = • { $name } : { $text }
keyword-skip = passer, sauter
keyword-weekly = hebdomadaire, hebdo
keyword-every = toutes les, tous, toutes, chaque
keyword-weeks = semaines, semaine
keyword-monthly = mensuel, mensuelle
keyword-first = premier, première
keyword-second = deuxième, second, seconde
keyword-third = troisième
keyword-fourth = quatrième
keyword-last = dernier, dernière
keyword-ignore = les

## Rencontres et suivi des engagements (src/features/gatherings)

cmd-gathering-summary = rencontres de cette cohorte : annoncer, répondre, bilan
cmd-gathering-usage = /gathering [list|show|create|edit|cancel|report|mark|ics|feed|code|settings] [NUMÉRO]
cmd-gathering-list-summary = les rencontres à venir
cmd-gathering-list-usage = /gathering list
cmd-gathering-show-summary = une rencontre, avec les réponses reçues (en nombre)
cmd-gathering-show-usage = /gathering show NUMÉRO
cmd-gathering-create-summary = annoncer une rencontre (heure dans le fuseau horaire de la cohorte, ou --timezone)
cmd-gathering-create-usage = /gathering create "Titre" --at 2027-03-14 10:00 [--until 17:00] [--place "…"] [--online https://…] [--capacity 40] [--description "…"] [--timezone Zone/Ville]
cmd-gathering-edit-summary = modifier une rencontre ; une nouvelle heure décale tous les rappels
cmd-gathering-edit-usage = /gathering edit NUMÉRO [--title "…"] [--at 2027-03-14 10:00] [--until 17:00] [--place "…"|-] [--online URL|-] [--capacity N|-] [--description "…"|-]
cmd-gathering-cancel-summary = annuler une rencontre (avec confirmation ; toutes les personnes qui ont répondu sont prévenues)
cmd-gathering-cancel-usage = /gathering cancel NUMÉRO
cmd-gathering-report-summary = réponses, présences et engagements d’une rencontre (envoyés en privé)
cmd-gathering-report-usage = /gathering report NUMÉRO
cmd-gathering-mark-summary = marquer quelqu’un présent ou absent après le début
cmd-gathering-mark-usage = /gathering mark NUMÉRO @personne present|absent
cmd-here-summary = signaler que vous êtes à la rencontre en cours
cmd-here-usage = /here [NUMÉRO] [code]
cmd-commit-summary = dire ce que vous allez essayer après une rencontre (3 au plus ; vous seul le lisez, sauf si vous le partagez)
cmd-commit-usage = /commit ce que vous allez essayer [--visibility me|mentor|coordinators] [--gathering NUMÉRO] [--by YYYY-MM-DD] [--cohort "Nom"]
cmd-commitments-summary = vos engagements et où vous en êtes
cmd-commitments-usage = /commitments
field-gathering-title = titre
field-gathering-capacity = nombre de places
field-gathering-number = numéro de la rencontre
field-place = lieu
field-description = description de la rencontre
field-commitment = engagement
button-gathering-going = J’y serai
button-gathering-maybe = Peut-être
button-gathering-no = Je n’y serai pas
button-gathering-here = Je suis là
button-gathering-cancel-confirm = Oui, l’annuler
button-commitment-done = Fait
button-commitment-partly = En partie
button-commitment-not-yet = Pas encore
button-commitment-let-go = J’abandonne
gathering-card-title = <b>n° { $number } { $title }</b>
gathering-card-when = Quand : { $when }
gathering-card-place = Où : { $place }
gathering-card-online = En ligne : { $url }
gathering-card-capacity = Places : { $capacity }
gathering-card-description = { $description }
gathering-created = Nouvelle rencontre :
gathering-edited = Rencontre modifiée :
gathering-rsvp-prompt = Serez-vous là ? Choisissez une réponse ; vous pourrez la changer plus tard.
gathering-dst-gap = Cette heure n’existe pas la nuit du passage à l’heure d’été : j’ai pris la première heure qui suit.
gathering-dst-ambiguous = Cette heure existe deux fois la nuit du passage à l’heure d’hiver : j’ai pris la première.
gathering-counts = Oui : { $going } · peut-être : { $maybe } · non : { $no } · liste d’attente : { $waitlist } · présents : { $present }
gathering-rsvp-going = Vous serez à « { $title } » : { $when }.
gathering-rsvp-maybe = Peut-être pour « { $title } » : { $when }.
gathering-rsvp-no = C’est noté : vous ne serez pas à « { $title } ».
gathering-rsvp-waitlist = « { $title } » est complet : vous êtes sur liste d’attente et je vous préviendrai si une place se libère.
gathering-promoted = Une place s’est libérée : votre venue à « { $title } » est confirmée, { $when }.
gathering-list-title = Rencontres à venir :
gathering-list-line = n° { $number } { $title } : { $when }
gathering-list-none = Aucune rencontre à venir. Les coordinateurs en annoncent une avec /gathering create.
gathering-is-cancelled = Cette rencontre a été annulée.
gathering-cancel-confirm = Annuler « { $title } » ? { $count ->
    [0] Personne n’a encore répondu.
    [one] La personne qui a répondu sera prévenue.
    [many] Les { $count } personnes qui ont répondu seront prévenues.
   *[other] Les { $count } personnes qui ont répondu seront prévenues.
}
gathering-cancelled = La rencontre n° { $number } « { $title } » est annulée.
gathering-cancelled-dm = « { $title } » ({ $when }) est annulée. Désolé pour ce changement de programme.
gathering-reminder = { $kind ->
    [week] Dans une semaine :
    [day] Demain :
   *[hour] Dans une heure :
} { $answer ->
    [maybe] (vous avez répondu « peut-être »)
   *[going] (vous avez dit que vous viendriez)
}
gathering-reminder-link = « { $title } » commence dans 10 minutes. Rejoignez-la ici : { $url }
gathering-starts-now = N° { $number } « { $title } » commence. Vous êtes là ? Appuyez sur le bouton (ou tapez /here).
gathering-here-recorded = Bienvenue ! Votre présence à « { $title } » est enregistrée.
gathering-marked-present = Présence de { $name } enregistrée à « { $title } ».
gathering-marked-absent = Absence de { $name } enregistrée à « { $title } ».
gathering-commit-ask = Merci de votre venue à « { $title } » ({ $cohort }). Qu’allez-vous essayer dans les semaines qui viennent ? Écrivez une à trois choses, chacune avec /commit, par exemple : <code>/commit organiser un premier edit-a-thon</code>. Vous seul les lisez, sauf si vous ajoutez --visibility mentor ou coordinators. Je vous demanderai où vous en êtes dans une semaine, un mois et trois mois.
gathering-followup-week = Une semaine après « { $title } » : où en êtes-vous avec « { $text } » ?
gathering-followup-later = Après « { $title } », vous vouliez essayer : « { $text } ». L’avez-vous fait ?
commitment-answer-done = Bravo ! « { $text } » est fait.
commitment-answer-partly = C’est noté : fait en partie. Je vous redemanderai plus tard.
commitment-answer-not-yet = C’est noté : pas encore. Je vous redemanderai plus tard ; si quelque chose vous bloque, votre mentor ou un coordinateur peut vous aider.
commitment-answer-let-go = C’est noté : vous abandonnez « { $text } ». Je ne vous en reparlerai plus.
commit-saved = Enregistré pour « { $title } ». { $visibility ->
    [mentor] Vous et votre mentor pouvez le lire.
    [coordinators] Vous et les coordinateurs pouvez le lire.
   *[me] Vous seul pouvez le lire.
} { $left ->
    [0] Cela fait trois : je vous demanderai où vous en êtes.
    [one] Vous pouvez en ajouter encore { $left }.
    [many] Vous pouvez en ajouter encore { $left }.
   *[other] Vous pouvez en ajouter encore { $left }.
}
commit-error-no-gathering = Je n’ai trouvé aucune rencontre récente à laquelle rattacher ceci. Indiquez-en une avec --gathering NUMÉRO.
commit-error-too-many = Vous avez déjà { $max ->
    [one] { $max } engagement
    [many] { $max } d’engagements
   *[other] { $max } engagements
} pour cette rencontre : moins nombreux et suivis, ils marchent mieux.
commit-error-visibility = « { $value } » n’est ni me, ni mentor, ni coordinators.
commitments-title = Vos engagements :
commitments-line = • { $cohort }, « { $title } » : { $text } ({ $status })
commitments-none = Vous n’avez encore aucun engagement. Après une rencontre, /commit ce que vous allez essayer.
gathering-error-bad-date = Je ne comprends pas la date et l’heure « { $value } ». Écrivez-les ainsi : 2027-03-14 10:00.
gathering-error-past = Cette heure est déjà passée.
gathering-error-too-far = C’est dans plus de deux ans.
gathering-error-end-before-start = La fin doit venir après le début.
gathering-error-too-long = Une rencontre peut durer 14 jours au plus.
gathering-error-bad-link = « { $value } » n’est pas un lien web : seuls les liens http:// et https:// sont acceptés.
gathering-error-link-too-long = Ce lien est trop long ({ $max ->
    [one] { $max } caractère
    [many] { $max } de caractères
   *[other] { $max } caractères
} au plus).
gathering-error-unknown = Il n’y a pas de rencontre n° { $number } dans cette cohorte. /gathering list les affiche.
gathering-error-unknown-button = Cette rencontre n’existe plus.
gathering-error-cancelled = Cette rencontre a été annulée.
gathering-error-finished = Cette rencontre est terminée.
gathering-error-not-started = Cette rencontre n’a pas encore commencé.
gathering-error-not-now = Aucune rencontre n’a lieu en ce moment : « Je suis là » compte à partir d’une demi-heure avant le début et jusqu’à la fin.
gathering-error-join-first = Seuls les membres de cette cohorte peuvent répondre : faites d’abord /join.
gathering-error-nothing-to-change = Rien à modifier : indiquez au moins une option --…
gathering-summary-intro = Où en est le suivi, { $days ->
    [one] { $days } jour après :
    [many] { $days } de jours après :
   *[other] { $days } jours après :
}
gathering-report-title = <b>n° { $number } { $title }</b>
gathering-report-commitments = Engagements : { $count } de { $people ->
    [one] { $people } personne
    [many] { $people } de personnes
   *[other] { $people } personnes
} · faits { $done } · en partie { $partly } · pas encore { $not-yet } · abandonnés { $let-go } · en cours { $open }
gathering-report-shared = Partagés avec les coordinateurs :
gathering-report-shared-line = • { $name } ({ $status }) : { $text }
gathering-report-person = • { $name } : { $answer }, présent : { $present }
mydata-gatherings = { $count ->
    [0] Vous n’avez répondu à aucune rencontre.
    [one] Vos réponses aux rencontres (une) :
    [many] Vos réponses aux rencontres ({ $count }) :
   *[other] Vos réponses aux rencontres ({ $count }) :
}
mydata-gathering = • { $cohort }, « { $title } » : { $answer }, présent : { $present }
mydata-commitments = { $count ->
    [0] Vous n’avez pris aucun engagement.
    [one] Vos engagements (un) :
    [many] Vos engagements ({ $count }) :
   *[other] Vos engagements ({ $count }) :
}
mydata-commitment = • { $cohort } ({ $status }, { $visibility }) : { $text }
report-gatherings-title = Rencontres : réponses, présences et engagements
report-gathering-line = n° { $number } { $title } : { $going } inscrits, { $present } présents ; { $commitments ->
    [one] { $commitments } engagement
    [many] { $commitments } d’engagements
   *[other] { $commitments } engagements
} : { $done } faits, { $partly } en partie, { $open } en cours
report-gathering-going = inscrits
report-gathering-present = présents
report-gathering-axis = rencontre
report-gathering-count = personnes
gathering-rsvp-noted = C’est noté. Je vous ai envoyé les détails en privé.
gathering-moved = « { $title } » change d’horaire : { $when }.
commitment-answer-not-yet-mentor = C’est noté : pas encore. Quelque chose vous bloque ? { $mentor }, votre mentor, peut vous aider : un seul appui lui dit ce que vous vouliez essayer.
button-commitment-ask-mentor = Demander de l’aide à mon mentor
commitment-help-to-mentor = { $mentee } ({ $cohort }) bute sur ce qui était prévu après une rencontre : « { $text } ». Pourriez-vous prendre contact ?
commitment-help-sent = J’ai prévenu { $mentor }, qui va prendre contact avec vous.
commitment-help-unreachable = Je ne peux pas écrire à { $mentor } en privé pour l’instant : prenez contact directement avec cette personne.
cmd-hope-summary = avant une rencontre, dire aux organisateurs ce que vous espérez apprendre ou l’aide que vous cherchez
cmd-hope-usage = /hope ce que vous espérez apprendre [--gathering NUMÉRO] [--cohort "Nom"] (/hope - l’efface)
field-intention = attente
gathering-reminder-hope = Qu’espérez-vous apprendre, ou sur quoi cherchez-vous de l’aide ? Dites-le aux organisateurs en privé avec /hope …
hope-saved = Merci : les organisateurs de « { $title } » le liront (eux et vous seulement).
hope-cleared = Effacé pour « { $title } ».
hope-error-no-gathering = Je n’ai trouvé aucune rencontre à venir à laquelle vous avez répondu. Répondez d’abord à une rencontre, ou indiquez-la avec --gathering NUMÉRO.
hope-error-started = Cette rencontre a déjà commencé.
gathering-report-hopes = Ce que les participants espèrent apprendre :
gathering-report-hope-line = • { $name } : { $text }
mydata-gathering-hope =   ce que vous espérez apprendre : { $text }

## Sondages (src/features/surveys)

cmd-survey-summary = sondages : modèles, création, envoi, résultats, clôture (coordinateurs)
cmd-survey-usage = /survey [templates|new|create|import|export|edit|show|send|poll|results|threshold|close|delete|list]
cmd-survey-templates-summary = les sondages prêts à l’emploi : après une rencontre, 30 jours plus tard, auto-évaluation
cmd-survey-templates-usage = /survey templates
cmd-survey-create-summary = créer un sondage à partir d’un modèle ou d’une courte définition (docs/surveys.md)
cmd-survey-create-usage = /survey create feedback|followup|self-assessment [--anonymous] | /survey create Titre + une question par ligne
cmd-survey-edit-summary = modifier les questions d’un sondage (nouvelle version dès que quelqu’un a répondu)
cmd-survey-edit-usage = /survey edit ID + la nouvelle définition
cmd-survey-show-summary = aperçu des questions d’un sondage (envoyé en privé)
cmd-survey-show-usage = /survey show ID
cmd-survey-send-summary = envoyer un sondage à la cohorte, à chaque personne en privé
cmd-survey-send-usage = /survey send ID [--to cohort|gathering:N|role:mentor] [--deadline 7d] [--remind 1d]
cmd-survey-results-summary = les résultats d’un sondage : une question s’affiche quand au moins le plus petit groupe affiché de la cohorte y a répondu (envoyés en privé)
cmd-survey-results-usage = /survey results ID [--group]
cmd-survey-close-summary = clore un sondage : plus aucune réponse
cmd-survey-close-usage = /survey close ID
cmd-survey-list-summary = les sondages de la cohorte
cmd-survey-list-usage = /survey list
cmd-surveys-summary = vos sondages ouverts, pour y répondre ou modifier vos réponses (en privé)
cmd-surveys-usage = /surveys
button-survey-skip = Passer
button-survey-done = Terminé
button-survey-yes = Oui
button-survey-no = Non
button-survey-answer = Répondre à « { $title } »
button-survey-change = Modifier mes réponses à « { $title } »
survey-dm-intro = <b>{ $title }</b> { $anonymous ->
    [yes] (anonyme : personne, pas même les coordinateurs, ne peut voir quelles réponses sont les vôtres)
   *[no] (les coordinateurs voient vos réponses ; les résultats ne montrent que des totaux d’au moins { $k ->
        [one] { $k } personne
        [many] { $k } de personnes
       *[other] { $k } personnes
    })
}
survey-dm-question = Question { $n } sur { $total } :
survey-dm-text-hint = Répondez par un court texte.
survey-dm-text-hint-optional = Répondez par un court texte, ou « passer ».
survey-dm-multi-hint = Choisissez toutes les réponses qui conviennent, puis appuyez sur « Terminé ».
survey-dm-scale-hint = De { $min } à { $max }.
survey-answer-saved = Enregistré.
survey-thanks = Merci pour vos réponses !
survey-done-anonymous = Vos réponses ont été enregistrées sans votre nom. Elles ne peuvent plus être modifiées.
survey-done-named = Vous pouvez modifier vos réponses jusqu’à la date limite avec /surveys.
survey-changing = Vos réponses précédentes sont conservées jusqu’à ce que vous les remplaciez.
survey-already-answered = Vous avez déjà répondu à ce sondage.
survey-invite-group = Un court sondage : « { $title } ». Si je ne vous ai pas écrit en privé à ce sujet, ouvrez { $link } pour y répondre.
survey-invite-group-nolink = Un court sondage : « { $title } ». Si je ne vous ai pas écrit en privé à ce sujet, écrivez-moi en privé et envoyez /surveys.
survey-reminder = Petit rappel : « { $title } » se termine dans environ { $left ->
    [one] { $left } heure
    [many] { $left } d’heures
   *[other] { $left } heures
}. Envoyez /surveys pour répondre ou continuer.
survey-error-definition = Cette définition de sondage n’est pas valide (à { $where }). Voir docs/surveys.md pour le format.
survey-error-json = Ce JSON est illisible.
survey-error-line = La ligne { $n } n’est pas une question. Écrivez « type: question », par ex. « scale5: Était-ce utile ? ».
survey-error-type = Ligne { $n } : « { $type } » n’est pas un type de question. Utilisez single, multi, scale5, scale10, yesno ou text.
survey-error-too-long = Cette définition est trop longue ({ $max ->
    [one] { $max } caractère
    [many] { $max } de caractères
   *[other] { $max } caractères
} au plus).
survey-error-too-many = Un sondage compte { $max ->
    [one] { $max } question
    [many] { $max } de questions
   *[other] { $max } questions
} au plus.
survey-error-no-template = Il n’existe pas de modèle « { $name } ». Modèles : { $templates }.
survey-error-no-themes = L’auto-évaluation porte sur les thèmes de la cohorte, et cette cohorte n’en a aucun. Ajoutez-en avec /cohort edit --themes "…".
survey-error-not-found = Il n’y a pas de sondage { $id } dans cette cohorte. Voir /survey list.
survey-error-not-member = Vous ne faites pas partie de la cohorte de ce sondage.
survey-error-closed = Ce sondage est clos.
survey-error-unknown = Ce sondage n’existe plus.
survey-error-remind = « { $value } » n’est pas une durée comme 1d ou 12h.
survey-error-range = Répondez par un nombre de { $min } à { $max }, s’il vous plaît.
survey-error-required = Cette question demande une réponse.
survey-error-use-buttons = Répondez avec les boutons de la question, s’il vous plaît.
survey-error-answer-too-long = Cette réponse est trop longue ({ $max ->
    [one] { $max } caractère
    [many] { $max } de caractères
   *[other] { $max } caractères
} au plus).
survey-created = Le sondage { $number } est prêt : « { $title } », { $questions ->
    [one] une question
    [many] { $questions } questions
   *[other] { $questions } questions
}, { $anonymous ->
    [yes] anonyme
   *[no] nominatif
}. Vérifiez-le avec /survey show { $number }, envoyez-le avec /survey send { $number }.
survey-edited = Le sondage { $number } est maintenant en version { $version }. Les réponses déjà données restent rattachées à la version à laquelle elles répondaient.
survey-sent = Sondage { $number } envoyé : { $dm } en privé, { $group } par un lien ici. Date limite : { $deadline }.
survey-closed = Le sondage { $number } est clos. Voir /survey results { $number }.
survey-list-title = <b>Sondages</b>
survey-list-none = Aucun sondage pour l’instant. Commencez par /survey templates.
survey-list-line = { $number }. { $title } ({ $status }, { $anonymous ->
    [yes] anonyme
   *[no] nominatif
})
survey-show-title = <b>Sondage { $number } : { $title }</b> ({ $status }, { $anonymous ->
    [yes] anonyme
   *[no] nominatif
})
survey-show-if = seulement si { $question } = { $equals }
survey-show-optional = (facultative)
survey-show-deadline = Date limite : { $at }
survey-templates-title = <b>Modèles de sondage</b>
survey-template-line = • { $name } : { $about }
survey-templates-hint = Créez-en un avec /survey create NOM [--anonymous].
survey-results-title = <b>Résultats du sondage { $number } : { $title }</b> ({ $status })
survey-results-none = Aucune réponse pour l’instant.
survey-results-version = <b>Version n° { $n }</b>
survey-results-people = { $n ->
    [one] { $n } personne a répondu.
    [many] { $n } de personnes ont répondu.
   *[other] { $n } personnes ont répondu.
}
survey-results-answered = { $n ->
    [one] { $n } réponse
    [many] { $n } de réponses
   *[other] { $n } réponses
}
survey-results-option = { $option } : { $n } ({ $pct } %)
survey-results-scale = Moyenne { $mean }, médiane { $median } (sur { $max })
survey-results-texts-hidden = Les réponses écrites ne sont montrées qu’aux coordinateurs.
survey-change-title = <b>Avant et après</b> (sondage { $before } → sondage { $after })
survey-change-paired = { $question } : { $change } en moyenne, pour { $n ->
    [one] { $n } personne qui a répondu aux deux
    [many] les { $n } de personnes qui ont répondu aux deux
   *[other] les { $n } personnes qui ont répondu aux deux
}
survey-change-means = { $question } : { $before } → { $after } ({ $change })
surveys-title = <b>Vos sondages ouverts</b>
surveys-line = • { $cohort } : { $title } ({ $state ->
    [done] répondu
    [started] commencé
   *[new] pas commencé
}, jusqu’au { $deadline })
surveys-none = Vous n’avez aucun sondage ouvert.
survey-mydata-named = • Vos réponses au sondage « { $title } » :
survey-mydata-skipped = (passée)
survey-mydata-anonymous = • Les réponses données aux sondages anonymes sont enregistrées sans votre nom ni aucun identifiant : je ne peux pas savoir lesquelles sont les vôtres, donc je ne peux ni les afficher ni les supprimer.
survey-report-title = Sondages
survey-report-line = { $title } : { $people ->
    [one] { $people } personne a répondu
    [many] { $people } de personnes ont répondu
   *[other] { $people } personnes ont répondu
}
survey-tpl-feedback-title = Après la rencontre
survey-tpl-feedback-about = avis juste après une rencontre (5 questions)
survey-tpl-feedback-intro = Quelques questions sur la rencontre, pour que la prochaine soit encore meilleure.
survey-tpl-feedback-useful = Dans l’ensemble, la rencontre vous a-t-elle été utile ?
survey-tpl-feedback-best = Qu’est-ce qui vous a le plus aidé ?
survey-tpl-feedback-best-sessions = Les sessions
survey-tpl-feedback-best-people = Les rencontres avec d’autres personnes
survey-tpl-feedback-best-practice = La pratique
survey-tpl-feedback-best-materials = Les supports
survey-tpl-feedback-again = Reviendriez-vous à une rencontre comme celle-ci ?
survey-tpl-feedback-why-not = Pourquoi pas ?
survey-tpl-feedback-change = Que devrions-nous changer la prochaine fois ?
survey-tpl-followup-title = 30 jours plus tard
survey-tpl-followup-about = un mois après : ce qui a servi, ce qui a bloqué (5 questions)
survey-tpl-followup-intro = Un mois a passé. Qu’avez-vous utilisé de ce que vous avez appris ?
survey-tpl-followup-used = Qu’avez-vous utilisé depuis ?
survey-tpl-followup-used-skills = Des compétences acquises
survey-tpl-followup-used-tools = Des outils découverts
survey-tpl-followup-used-contacts = Des personnes rencontrées
survey-tpl-followup-used-nothing = Rien pour l’instant
survey-tpl-followup-blocked = Quelque chose vous a-t-il bloqué ?
survey-tpl-followup-what-blocked = Qu’est-ce qui vous a bloqué ?
survey-tpl-followup-recommend = Quelle est la probabilité que vous recommandiez cette cohorte à un ami ?
survey-tpl-followup-else = Autre chose à nous dire ?
survey-tpl-self-assessment-title = Auto-évaluation
survey-tpl-self-assessment-about = confiance de 1 à 5 sur chacun des thèmes de la cohorte ; à faire avant et après
survey-tpl-self-assessment-intro = Dans quelle mesure vous sentez-vous à l’aise ? 1 : pas du tout, 5 : tout à fait.
survey-tpl-self-question = À quel point vous sentez-vous à l’aise avec :

## Bilans et exports (src/features/reports, et la partie bilan de chaque fonction)

cmd-report-summary = graphiques de la vie de la cohorte, envoyés en privé ; « group » : un résumé pour tout le monde
cmd-report-usage = /report [group|web|web revoke|threshold 8] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
cmd-export-summary = les chiffres derrière /report sous forme de fichiers : CSV pour les tableurs, JSON, ou une page Meta-Wiki
cmd-export-usage = /export [csv|json|wikitext] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
report-nothing = Rien à montrer pour l’instant pour { $cohort } depuis le { $since }.
report-header = <b>{ $cohort }</b> : bilan du { $since } au { $until }
report-group-header = <b>Où en est { $cohort }</b> (depuis le { $since })
report-no-images = Cette discussion ne peut pas afficher d’images : voici donc seulement les chiffres.
report-group-posted = J’ai publié le résumé dans le groupe de { $cohort }.
report-error-since = « --since » attend une date comme 2027-01-01 ; « { $value } » n’en est pas une.
report-error-since-future = « --since { $value } » est dans le futur : il n’y a encore rien à présenter.
report-error-what = « --what » accepte un ou plusieurs de : { $allowed }. « { $value } » n’en fait pas partie.
report-error-word = Je ne connais pas « { $word } » ici. Essayez /report, /report group ou /help report.
report-error-no-group = Je ne peux plus atteindre le groupe de cette cohorte, donc je ne peux pas y publier.
export-error-format = Je peux exporter en { $allowed } ; « { $value } » n’en fait pas partie.
export-sent = { $count ->
    [one] Voici votre export { $format } : un fichier.
    [many] Voici votre export { $format } : { $count } fichiers.
   *[other] Voici votre export { $format } : { $count } fichiers.
}
export-inline = Cette discussion ne peut pas recevoir de fichiers : voici le texte de chacun, à copier.
report-few = moins de 5
report-members-title = Membres au fil du temps
report-series-joined = Arrivées
report-series-left = Départs
report-series-members = Dans la cohorte
report-members-now = Aujourd’hui : { $active } actifs, { $paused } en pause, { $left } partis.
report-members-period = Depuis le { $since } : { $joined } arrivées, { $left } départs.
report-axis-month = Mois
report-axis-week = Semaine
report-axis-people = Personnes
report-col-status = Statut
report-col-people = Personnes
report-col-answered = Réponses
report-col-expected = Sollicités
report-col-date = Jour
report-checkins-title = Points d’étape : qui a répondu
report-axis-checkin = Point d’étape
report-axis-rate = Réponses (%)
report-checkins-total = { $count ->
    [one] { $count } point d’étape
    [many] { $count } de points d’étape
   *[other] { $count } points d’étape
} : { $answered ->
    [one] { $answered } réponse
    [many] { $answered } de réponses
   *[other] { $answered } réponses
} sur { $expected } sollicitations ({ $rate } %).
report-checkins-line = { $date } : { $answered } réponses sur { $expected } ({ $rate } %)
report-checkins-hidden = { $date } : moins de { $k ->
    [one] { $k } personne sollicitée
    [many] { $k } de personnes sollicitées
   *[other] { $k } personnes sollicitées
}, non affiché
report-checkins-count = { $count ->
    [one] { $count } point d’étape a eu lieu.
    [many] { $count } de points d’étape ont eu lieu.
   *[other] { $count } points d’étape ont eu lieu.
}
report-mentorships-title = Mentorats
report-axis-mentorships = Mentorats
report-mentorship-status = { $status ->
    [all] demandés
    [accepted] acceptés
    [active] toujours en cours
    [declined] refusés
    [timed_out] sans réponse
   *[asked] en attente
}
report-mentorships-line = { $asked } demandés : { $accepted } acceptés ({ $active } toujours en cours), { $declined } refusés, { $timedOut } sans réponse, { $waiting } en attente.
report-mentorships-group = { $active ->
    [one] { $active } mentorat est en cours.
    [many] { $active } de mentorats sont en cours.
   *[other] { $active } mentorats sont en cours.
}
report-peers-title = Tours entre pairs : vous êtes-vous rencontrés ?
report-axis-round = Tour
report-peer-answer = { $answer ->
    [yes] rencontrés
    [not-yet] pas encore
    [no] pas rencontrés
   *[none] sans réponse
}
report-peers-line = Tour n°{ $number } ({ $date }) : { $yes } sur { $people } se sont rencontrés ({ $rate } %), { $notYet } pas encore, { $no } non, { $silent } sans réponse.
report-peers-hidden = Tour n°{ $number } ({ $date }) : moins de { $k ->
    [one] { $k } personne
    [many] { $k } de personnes
   *[other] { $k } personnes
}, non affiché

## Aide pour /start, guillemets dans un texte entre guillemets
cmd-start-summary = commencer à discuter avec moi en privé (un lien pour rejoindre ou répondre l’ouvre pour vous)
error-quote-inside = Un { $quote } à l’intérieur d’un texte entre guillemets le termine trop tôt. Écrivez-le \{ $quote } ou entourez le texte d’autres guillemets (« … » ou “…”).
keyword-duration-minutes = minute, minutes, min
keyword-duration-hours = heure, heures
keyword-duration-days = jour, jours, j
keyword-duration-weeks = semaine, semaines, sem

## w4-checkins
checkin-next-after-skip = { $next } (celui du { $skipped } est sauté)
checkin-error-duplicate = Le programme n°{ $id } a déjà ce rythme : un second publierait chaque point d’étape et chaque résumé deux fois. Choisissez une autre heure, ou voyez /checkin list.
checkin-error-already-open = Le point d’étape du programme n°{ $id } est déjà ouvert jusqu’au { $closes } : les réponses vont à celui-là.
checkin-stats-open = Ouvert en ce moment : programme n°{ $id }, { $answered } sur { $total } ont répondu jusqu’ici ; clôture le { $closes }.
cohort-error-create-right = Seul un administrateur de cette discussion (ou un coordinateur de sa cohorte) peut créer une cohorte ici.
cohort-timezone-not-given = { $source ->
    [yours] Fuseau horaire : { $timezone } (le vôtre ; aucun n’a été indiqué).
   *[default] Fuseau horaire : { $timezone } (celui par défaut ; aucun n’a été indiqué).
} Les points d’étape le suivent. Changez-le avec /cohort edit --timezone Zone/Ville.
checkin-digest-coordinators-kept = Les réponses partagées sont gardées pour les coordinateurs : ils les lisent en privé avec /checkin digest.
checkin-digest-coordinators-start = { $names } : je ne peux pas encore vous écrire en privé, votre résumé vous attend donc. Ouvrez une discussion privée avec moi et envoyez /checkin digest.
cmd-checkin-digest-summary = le dernier point d’étape tel que le lisent les coordinateurs : qui a participé et les réponses partagées (envoyé en privé)
cmd-checkin-digest-usage = /checkin digest
checkin-answer-updated = Votre réponse à la question { $n } est mise à jour.
timezone-cleared = Votre fuseau horaire est effacé ; les heures s’affichent en { $timezone } (il est { $now }).
## w4-network
cmd-network-summary = réseaux de cohortes : relier des cohortes, partager des apprentissages, les voir côte à côte
cmd-network-usage = /network [list|create|invite|join|leave|hub|settings|report|announce]
cmd-network-list-summary = les réseaux dont fait partie cette cohorte
cmd-network-list-usage = /network list
cmd-network-create-summary = lancer un réseau avec cette cohorte ; vous le coordonnez
cmd-network-create-usage = /network create "Nom"
cmd-network-invite-summary = un code à usage unique pour une cohorte de plus (envoyé en privé)
cmd-network-invite-usage = /network invite ["Réseau"]
cmd-network-join-summary = cette cohorte rejoint un réseau avec un code (sa coordination seulement)
cmd-network-join-usage = /network join CODE
cmd-network-leave-summary = cette cohorte quitte un réseau
cmd-network-leave-usage = /network leave ["Réseau"]
cmd-network-hub-summary = faire de ce chat le carrefour du réseau, où arrive son résumé
cmd-network-hub-usage = /network hub ["Réseau"]
cmd-network-settings-summary = si les partages de cette cohorte attendent l’accord d’une personne qui coordonne
cmd-network-settings-usage = /network settings [--approval on|off] [--announcements on|off] ["Réseau"]
cmd-network-report-summary = les cohortes du réseau côte à côte (envoyé en privé)
cmd-network-report-usage = /network report ["Réseau"]
cmd-share-summary = proposer une de vos réflexions, réponses aux points d’étape ou engagements aux réseaux de votre cohorte
cmd-share-usage = /share [withdraw]
cmd-share-list-summary = choisir un élément à partager
cmd-share-list-usage = /share
cmd-share-withdraw-summary = reprendre un élément avant son envoi
cmd-share-withdraw-usage = /share withdraw
field-network-name = nom du réseau
network-created = Réseau « { $name } » créé avec { $cohort }. Vous le coordonnez. Invitez une autre cohorte avec <code>/network invite</code>.
network-invite-code = Code à usage unique pour « { $name } » : <code>{ $code }</code>. Valable jusqu’au { $until }, pour une seule cohorte. Sa coordination tape <code>/network join { $code }</code> dans le groupe de la cohorte.
network-joined = { $cohort } a rejoint « { $name } ». Cohortes dans le réseau : { $count }.
network-left = { $cohort } a quitté « { $name } ». Les éléments de cette cohorte pas encore envoyés ne partiront pas.
network-list-none = { $cohort } ne fait partie d’aucun réseau. Une personne qui coordonne peut en lancer un avec <code>/network create "Nom"</code> ou en rejoindre un avec un code.
network-list-title = Réseaux de { $cohort } :
network-list-line = • « { $name } » : { $cohorts } ; validation { $approval ->
    [on] activée
   *[off] désactivée
} ; carrefour { $hub ->
    [yes] relié
   *[no] non relié
}
network-approval-set = Les partages de { $cohort } vers « { $name } » { $approval ->
    [on] attendent désormais l’accord d’une personne qui coordonne.
   *[off] partent désormais sans validation.
}
network-error-none = Cette cohorte ne fait partie d’aucun réseau.
network-error-which = Précisez quel réseau : { $names }.
network-error-unknown-name = Aucun réseau nommé « { $name } » ici. Réseaux : { $names }.
network-error-not-network-coordinator = Seules les personnes qui coordonnent un réseau peuvent faire cela, et vous n’en coordonnez aucun.
network-error-too-many = Une cohorte peut faire partie d’au plus { $max ->
    [one] { $max } réseau
    [many] { $max } de réseaux
   *[other] { $max } réseaux
}.
network-error-code-unknown = Ce code est inconnu. Demandez-en un nouveau à la coordination du réseau.
network-error-code-used = Ce code a déjà servi. Chaque code permet à une seule cohorte de rejoindre ; demandez-en un nouveau.
network-error-code-expired = Ce code a expiré. Demandez-en un nouveau à la coordination du réseau.
network-error-already-in = { $cohort } fait déjà partie de « { $name } ». Le code n’a pas été utilisé.
network-error-approval-value = Écrivez <code>--approval on</code> ou <code>--approval off</code>.
network-hub-attached = Ce chat est maintenant le carrefour de « { $name } » : le résumé hebdomadaire des apprentissages partagés du réseau arrivera ici.
network-hub-error-cannot-post = Je ne peux pas publier dans ce chat, il n’est donc pas devenu le carrefour de « { $name } ». Autorisez-moi à y publier puis réessayez.
network-digest-title = Du réseau « { $name } » : ce que ses membres ont choisi de partager ({ $count })
network-digest-language = <b>En { $language }</b>
network-digest-item = • { $text } ({ $cohort })
network-digest-item-named = • { $text } ({ $cohort }, { $author })
network-share-title = Quel élément voulez-vous proposer aux réseaux de votre cohorte ? Rien ne part sans votre choix.
network-share-item = { $n }. { $kind ->
    [reflection] Réflexion
    [checkin] Réponse au point d’étape
   *[commitment] Engagement
} ({ $cohort }) : { $text }
network-share-button = Partager { $n }
network-share-outcome = { $text } — { $status ->
    [done] fait
    [partly] en partie fait
    [not-yet] pas encore
   *[let-go] abandonné
}
network-share-confirm = Vous proposez ceci à { $networks } :
    { $text }
    Le résumé doit-il afficher votre nom ?
network-share-with-name = Partager avec mon nom
network-share-without-name = Partager sans mon nom
network-share-cancel = Annuler
network-share-cancelled = Rien n’a été partagé.
network-share-done = Partagé avec { $networks }. Cela part dans le prochain résumé ; <code>/share withdraw</code> le reprend d’ici là.
network-share-pending = Proposé à { $networks }. Une personne qui coordonne votre cohorte doit d’abord l’approuver ; <code>/share withdraw</code> le reprend.
network-share-error-no-network = Aucune de vos cohortes ne fait partie d’un réseau : il n’y a personne avec qui partager.
network-share-error-nothing = Vous n’avez encore ni réflexion, ni réponse de point d’étape, ni résultat d’engagement à partager.
network-share-error-gone = Cet élément n’est plus à vous ou n’existe plus.
network-share-error-already = Vous avez déjà proposé cet élément à ces réseaux.
network-approve-ask = Une personne de { $cohort } veut partager ceci avec le réseau « { $network } » :
    { $text }
network-approve-yes = Approuver
network-approve-no = Refuser
network-approve-done = Approuvé : cela part dans le prochain résumé.
network-decline-done = Refusé : cela ne partira pas.
network-approve-already = Quelqu’un de la coordination a déjà décidé, ou l’auteur l’a repris.
network-approve-not-coordinator = Seule la coordination de cette cohorte peut décider.
network-withdraw-item = { $n }. { $text }
network-withdraw-button = Reprendre { $n }
network-report-title = « { $name } », les 30 derniers jours (cohortes : { $count })
network-report-line = • { $cohort } : { $members ->
    [one] { $members } membre
    [many] { $members } de membres
   *[other] { $members } membres
}, { $active } ont répondu à un point d’étape, { $checkins ->
    [yes] taux de réponse { $rate } %
   *[no] aucun point d’étape
}
network-report-line-small = • { $cohort } : moins de 5 membres, non affiché
network-report-error-one = « { $name } » n’a qu’une cohorte : rien à comparer pour l’instant. Invitez-en une autre avec <code>/network invite</code>.
mydata-network-shares = Éléments que vous avez partagés avec des réseaux ({ $count }) :
mydata-network-share = • « { $network } » ({ $status ->
    [pending] en attente de validation
    [approved] en attente du résumé
    [declined] refusé
    [withdrawn] repris
   *[sent] envoyé
}, { $named ->
    [yes] avec votre nom
   *[no] sans votre nom
}) : { $text }
mydata-network-coordinator = Vous coordonnez les réseaux { $names }.
cmd-network-announce-summary = annoncer un message au groupe de chaque cohorte du réseau
cmd-network-announce-usage = /network announce TEXTE [--network "Réseau"]
field-announcement = annonce
network-error-announcements-value = Écrivez <code>--announcements on</code> ou <code>--announcements off</code>.
network-announcements-set = Les annonces du réseau { $announcements ->
    [on] arrivent désormais à { $cohort }.
   *[off] n’arrivent plus à { $cohort }.
} (« { $name } »)
network-announcement = <b>Du réseau « { $name } »</b>
    { $text }
network-announce-sent = Annonce de « { $name } » mise en file pour les groupes de cohortes : { $sent } ; sans envoi (refus ou injoignables) : { $skipped }.
## w4-surveys
survey-k-too-few = Moins de { $k ->
    [one] { $k } réponse
    [many] { $k } de réponses
   *[other] { $k } réponses
} : non affiché.
survey-k-too-few-people = Moins de { $k ->
    [one] { $k } personne a répondu
    [many] { $k } de personnes ont répondu
   *[other] { $k } personnes ont répondu
} : rien n’est affiché, pour que personne ne puisse être identifié.
survey-k-change-too-few = { $question } : moins de { $k ->
    [one] { $k } réponse
    [many] { $k } de réponses
   *[other] { $k } réponses
}, non affiché
survey-k-few = moins de { $k }
survey-error-audience-to = Je ne peux pas envoyer à « { $value } ». Utilisez --to cohort, --to gathering:NUMÉRO ou --to role:mentor (ou role:member, role:coordinator).
survey-error-no-gathering = Il n’y a pas de rencontre { $id } dans cette cohorte.
survey-error-nobody = Aucune personne active ne correspond à « { $value } » : rien n’a été envoyé.
survey-chart-before = avant
survey-chart-after = après
survey-chart-change-title = Auto-évaluation, avant et après
survey-chart-means-title = Échelles des sondages : réponse moyenne
survey-chart-theme = Thème
survey-chart-question = Question posée
survey-chart-mean = Moyenne
survey-error-format = « { $value } » n’est pas un format : utilisez --format json ou --format text.
survey-error-export-text = Ce sondage a des textes en plusieurs langues ou un texte d’ouverture : il ne peut être exporté qu’en JSON.
survey-exported = Sondage { $number }, à coller dans /survey import :
survey-exported-file = Le sondage { $number } est dans le fichier ci-dessus ; collez son contenu dans /survey import.
button-survey-delete = Supprimer
survey-delete-confirm =
    { $answers ->
        [one] Supprimer le sondage { $number } « { $title } » et sa réponse ? C’est irréversible.
        [many] Supprimer le sondage { $number } « { $title } » et ses { $answers } réponses ? C’est irréversible.
       *[other] Supprimer le sondage { $number } « { $title } » et ses { $answers } réponses ? C’est irréversible.
    }
survey-delete-cancelled = Rien n’a été supprimé.
survey-deleted = Le sondage { $number } « { $title } » et ses réponses sont supprimés.
survey-error-summary-too-few = Moins de { $k ->
    [one] { $k } personne a répondu
    [many] { $k } de personnes ont répondu
   *[other] { $k } personnes ont répondu
} : rien n’a été publié dans le groupe.
survey-summary-title = <b>Résultats du sondage : { $title }</b> ({ $n ->
    [one] { $n } réponse
    [many] { $n } de réponses
   *[other] { $n } réponses
})
survey-summary-posted = Le résumé du sondage { $number } est publié dans le groupe (sans réponses écrites, seulement les résultats d’assez de personnes).
survey-poll-anonymous-note = Anonyme : le bot compte la réponse sans garder qui l’a donnée. Une réponse chacun.
survey-poll-counted = Comptée, anonymement.
survey-new-title-ask = Un nouveau sondage. Quel est son titre ? (répondez, jusqu’à { $max ->
    [one] { $max } caractère
    [many] { $max } de caractères
   *[other] { $max } caractères
} ; « cancel » arrête)
survey-new-menu = <b>{ $title }</b> : { $count ->
    [one] { $count } question
    [many] { $count } de questions
   *[other] { $count } questions
}, { $anonymous ->
    [yes] anonyme
   *[no] nominatif
}. Et maintenant ?
button-survey-new-add = Ajouter une question
button-survey-new-anonymous = Le rendre anonyme
button-survey-new-named = Le rendre nominatif
button-survey-new-preview = Aperçu
button-survey-new-save = Enregistrer
survey-new-type-ask = Quel type de question ?
button-survey-type-single = Un seul choix
button-survey-type-multi = Plusieurs choix
button-survey-type-scale5 = Échelle 1–5
button-survey-type-scale10 = Échelle 0–10
button-survey-type-yesno = Oui / non
button-survey-type-text = Réponse écrite
survey-new-text-ask = Question { $n } : écrivez-la (répondez, jusqu’à { $max ->
    [one] { $max } caractère
    [many] { $max } de caractères
   *[other] { $max } caractères
}).
survey-new-options-ask = Écrivez les options, une par ligne ou séparées par |, de 2 à { $max }.
survey-new-required-ask = Faut-il obligatoirement y répondre ?
button-survey-new-required = Obligatoire
button-survey-new-optional = Facultative
survey-new-condition-ask = La poser toujours, ou seulement après une réponse ? Pour une condition, répondez par exemple q2=no (question 2 répondue « non »).
button-survey-new-always = Toujours
survey-new-added = Question { $n } ajoutée.
survey-new-no-questions = Pas encore de questions.
survey-new-cancelled = Le nouveau sondage est abandonné ; rien n’a été enregistré.
survey-new-error-full = Un sondage a au plus { $max ->
    [one] { $max } question
    [many] { $max } de questions
   *[other] { $max } questions
}.
survey-new-error-text = Écrivez de 1 à { $max ->
    [one] { $max } caractère
    [many] { $max } de caractères
   *[other] { $max } caractères
}, s’il vous plaît.
survey-new-error-options = Donnez de 2 à { $max ->
    [one] { $max } option
    [many] { $max } d’options
   *[other] { $max } options
}, chacune de { $len ->
    [one] { $len } caractère
    [many] { $len } de caractères
   *[other] { $len } caractères
} au plus.
survey-new-error-condition = Écrivez la condition sous la forme qN=réponse, N étant une question précédente (1 à { $max }).
survey-new-error-empty = Ajoutez au moins une question avant d’enregistrer.
cmd-survey-new-summary = écrire un sondage pas à pas, en privé (question, type, options, condition, aperçu)
cmd-survey-new-usage = /survey new
cmd-survey-import-summary = créer un sondage à partir d’un JSON collé ou du format texte court (docs/surveys.md)
cmd-survey-import-usage = /survey import [--anonymous] + JSON ou Titre + une question par ligne
cmd-survey-export-summary = la définition d’un sondage, à garder ou importer ailleurs (envoyée en privé)
cmd-survey-export-usage = /survey export ID [--format json|text]
cmd-survey-delete-summary = supprimer un sondage et ses réponses (demande d’abord)
cmd-survey-delete-usage = /survey delete ID
cmd-survey-poll-summary = une seule question en sondage rapide dans le groupe
cmd-survey-poll-usage = /survey poll "Question ?" "A" "B" [--anonymous] [--deadline 2d]
cmd-survey-threshold-summary = ancien nom de /cohort edit --smallest-group : sur combien de personnes un résultat doit porter pour être affiché (3 ou plus ; 5 par défaut)
cmd-survey-threshold-usage = /survey threshold [NOMBRE]
## w4-gatherings
cmd-gathering-ics-summary = le fichier calendrier d'une rencontre, envoyé en privé
cmd-gathering-ics-usage = /gathering ics NUMÉRO
cmd-gathering-feed-summary = le lien d'abonnement au calendrier de la cohorte (en privé) ; reset en crée un nouveau et désactive l'ancien
cmd-gathering-feed-usage = /gathering feed [reset]
cmd-gathering-code-summary = fixer le code de salle nécessaire pour « Je suis là » (affiché en privé)
cmd-gathering-code-usage = /gathering code NUMÉRO [code|-]
cmd-gathering-settings-summary = quand partent les rappels et quand le suivi pose ses questions
cmd-gathering-settings-usage = /gathering settings [--reminders 7d,1d,1h] [--steps 1,7,30,90]
gathering-settings = Rappels avant une rencontre : { $reminders }. Suivi, en jours après : { $steps } (le premier demande ce que chacun va essayer).
gathering-settings-saved = Enregistré. Rappels avant une rencontre : { $reminders }. Suivi, en jours après : { $steps }.
gathering-settings-error-reminders = « { $value } » n'est pas une liste de rappels : indiquez jusqu'à { $max ->
    [one] { $max } délai
    [many] { $max } de délais
   *[other] { $max } délais
} avant le début, comme 7d,1d,1h (de 15m à 60d), ou - pour aucun.
gathering-settings-error-steps = « { $value } » n'est pas une séquence de suivi : indiquez de 2 à { $max ->
    [one] { $max } jour
    [many] { $max } de jours
   *[other] { $max } jours
} après la rencontre, croissants, comme 1,7,30,90.
gathering-reminder-in = Dans { $span } : { $answer ->
    [maybe] (vous avez dit peut-être)
   *[going] (vous avez dit que vous venez)
}
gathering-commit-ask-days = Merci d'être venu·e à « { $title } » ({ $cohort }). Qu'allez-vous essayer dans les prochaines semaines ? Écrivez une à trois choses, chacune avec /commit, par exemple : <code>/commit organiser un premier édithon --by 2027-05-01</code>. Vous seul·e les lisez, sauf si vous ajoutez --visibility mentor ou coordinators. Je vous demanderai où vous en êtes { $days ->
    [one] { $days } jour après la rencontre.
    [many] { $days } de jours après la rencontre.
   *[other] { $days } jours après la rencontre.
}
gathering-followup-target = Votre date visée : { $date }.
commit-error-bad-date = « { $value } » n'est pas une date : écrivez-la comme 2027-04-30.
commit-error-date-past = Le { $value } est déjà passé : donnez un jour à partir d'aujourd'hui.
commit-error-date-too-far = Le { $value } est à plus d'un an : choisissez une étape plus proche.
commit-saved-target = Date visée : { $date }.
commitment-target = (pour le { $date })
commitment-status-word = { $status ->
    [done] fait
    [partly] fait en partie
    [not-yet] pas encore
    [let-go] abandonné
   *[open] ouvert
}
commitment-visibility-word = { $visibility ->
    [mentor] vous et votre mentor
    [coordinators] vous et la coordination
   *[me] vous seul·e
}
gathering-answer-word = { $answer ->
    [going] je viens
    [maybe] peut-être
    [no] je ne viens pas
   *[waitlist] en liste d'attente
}
gathering-present-word = { $present ->
    [yes] oui
   *[no] non
}
commitment-answer-not-yet-peer = Noté : pas encore. Quelque chose vous bloque ? { $peer } travaille aussi sur « { $topic } » : d'un geste, je lui transmets ce que vous vouliez essayer et lui demande de vous contacter.
button-commitment-ask-peer = Demander de l'aide à { $peer }
commitment-help-to-peer = { $mentee } ({ $cohort }) bloque sur ce qu'il ou elle voulait essayer après une rencontre : « { $text } ». Vous travaillez tous deux sur « { $topic } » : pourriez-vous prendre contact ?
gathering-ics-join = Rejoindre en ligne : { $url }
gathering-ics-caption = « { $title } » pour votre calendrier
gathering-ics-sent = Je vous ai envoyé « { $title } » pour votre calendrier, en privé.
gathering-ics-unreachable = Je ne peux pas vous envoyer de fichier en privé : ouvrez une discussion privée avec moi (envoyez-y /start) puis réessayez.
gathering-feed = Le calendrier de la cohorte : abonnez-vous à <code>{ $webcal }</code> (ou { $https }) dans votre application de calendrier. Les rencontres, changements et annulations s'y affichent d'eux-mêmes. Ne le partagez qu'avec les membres : qui a le lien lit les rencontres. /gathering feed reset crée un nouveau lien et désactive celui-ci.
gathering-feed-reset = Nouveau lien du calendrier : <code>{ $webcal }</code> (ou { $https }). L'ancien ne fonctionne plus ; les personnes abonnées ont besoin du nouveau.
gathering-feed-no-url = Le bot n'a pas d'adresse publique configurée (PUBLIC_URL) : je ne peux pas donner de lien de calendrier. Demandez à l'exploitant ; en attendant, /gathering ics NUMÉRO envoie une rencontre en fichier.
gathering-code-error-format = « { $value } » ne peut pas être un code de salle : 3 à 12 lettres ou chiffres.
gathering-code-set = Code de salle pour n° { $number } « { $title } » : <b>{ $code }</b>. Annoncez-le dans la salle ; chacun se déclare présent avec /here { $code } (de préférence en privé avec moi). /gathering code { $number } - le retire.
gathering-code-cleared = « Je suis là » pour n° { $number } « { $title } » ne demande plus de code.
gathering-here-needs-code = Cette rencontre a un code de salle, annoncé sur place : envoyez /here { $number } CODE (de préférence en privé avec moi).
gathering-error-wrong-code = Ce n'est pas le code de salle. Vérifiez-le auprès des organisateurs sur place.
## w4-pairing
pair-confirmed-requests = Mentors sollicités : { $mentors }. Demandes envoyées : { $requests }. Chaque mentor a { $hours } h pour répondre ; sans réponse, la personne est proposée au mentor suivant le mieux placé.
pair-by-hand-in-group = Former un binôme à la main se fait dans le groupe de la cohorte : envoyez-y /pair @mentor @mentoré.
pair-mine-no-cohort = Vous n’êtes encore dans aucune cohorte. Rejoignez-en une dans son groupe avec /join.
pair-mine-cohort = <b>{ $name }</b>
pair-intro-time-one-zone = • { $when } ({ $zone })
pair-intro-reach = Écrivez directement à { $other } : touchez son nom.
pair-intro-times-both = Quelques créneaux pour vous rencontrer, aux heures d’éveil de vous deux :
pair-ended-unpaired = { $person }, une personne coordinatrice a mis fin à votre mentorat avec { $other } dans { $name }.
pair-ended-left = { $person }, { $other } a quitté { $name } : votre mentorat a donc pris fin.
pair-ended-away = { $person }, { $other } s’absente de { $name } pour un moment : votre mentorat a donc pris fin.
pair-ended-next-mentor = Je sollicite pour vous le mentor suivant le mieux placé ; vous serez prévenu dès que quelqu’un accepte.
mydata-someone-who-left = une personne partie
pair-reason-language-unknown = aucune langue indiquée
person-pick = Plusieurs membres s’appellent « { $who } ». De qui parlez-vous ?
pair-ask-open-private = <a href="{ $link }">Ouvrez une conversation privée avec moi</a> et ces demandes vous y parviendront.
pair-ended-you-left = { $person }, vous avez quitté { $name } : votre mentorat avec { $other } a donc pris fin.
pair-ended-you-away = { $person }, vous vous absentez de { $name } pour un moment : votre mentorat avec { $other } a donc pris fin, et un autre mentor lui est proposé.
## w4-reports
cmd-audit-summary = qui a fait quoi dans la cohorte (rôles, binômes, exports, sondages), envoyé en privé
cmd-audit-usage = /audit [--since 2027-01-01]
audit-empty = Rien encore dans le journal d’audit de { $cohort }.
audit-header = <b>Journal d’audit de { $cohort }</b> : { $count ->
    [one] la dernière entrée
    [many] les { $count } dernières entrées, les plus récentes d’abord
   *[other] les { $count } dernières entrées, les plus récentes d’abord
} (identifiants et réglages seulement).
audit-error-word = /audit accepte seulement --since 2027-01-01 ; je ne connais pas « { $word } » ici.
report-web-not-set-up = La page de rapport n’est pas configurée sur ce bot : l’opérateur doit définir PUBLIC_URL (docs/configuration.md).
report-web-link = Votre page de rapport privée pour { $cohort } (valable { $hours } h). Ne la transmettez pas : quiconque a le lien peut lire la page jusqu’à son expiration. /report web revoke désactive tous les liens.
report-web-revoked = Tous les liens de page de rapport de { $cohort } donnés jusqu’ici ne fonctionnent plus.
report-web-title = Rapport : { $cohort }
report-web-downloads = Téléchargements
report-web-audit = Journal d’audit
report-web-audit-when = Quand
report-web-audit-who = Qui
report-web-audit-action = Action effectuée
report-web-audit-details = Détails
report-web-expires = Ce lien fonctionne jusqu’au { $at }.
network-hub-error-not-admin = Seul un administrateur ou une administratrice de ce chat peut en faire le carrefour d’un réseau.
## lead: nudge fallback
checkin-nudge-group = { $person }, j’ai une question pour vous à propos de la cohorte. Je ne peux pas vous écrire en premier : ouvrez { $link } et appuyez sur Démarrer pour la lire.
checkin-nudge-group-private = { $person }, j’ai une question pour vous à propos de la cohorte. Écrivez-moi en privé pour la lire.
## w5-gatherings
gathering-code-error-digits = « { $value } » ne contient que des chiffres, et /here le lirait comme un numéro de rencontre. Choisissez un code de salle avec au moins une lettre, ou envoyez /gathering code { $number } et j’en invente un.
## w5-nethub
network-offer-ask = Proposer ceci au réseau { $networks } ? { $kind ->
    [reflection] Votre réflexion
    [checkin] Votre réponse au point d’étape
   *[commitment] Où en est votre engagement
} :
    { $text }
    Rien ne part si vous ne le choisissez pas ici (ou plus tard avec <code>/share</code>).
network-offer-no = Pas celui-ci
network-digest-theme-language = <b>{ $themes } · en { $language }</b>
network-report-gatherings = { "  " }rencontres : { $gatherings }, engagements : { $commitments }, tenus : { $done }, en partie : { $partly } ({ $rate } % tenus)
network-report-chart-title = « { $name } » : réponse aux points d’étape et suivis tenus par cohorte
network-report-axis-response = Réponse aux points d’étape
network-report-axis-followups = Suivis tenus
cmd-network-export-summary = les chiffres du réseau en fichiers, à partir des exports des cohortes (envoyés en privé)
cmd-network-export-usage = /network export [csv|json|wikitext] ["Réseau"]
network-hub-channel-code = Pour faire d’une chaîne Telegram le point de rencontre de « { $name } » : ajoutez-moi à la chaîne comme administrateur autorisé à publier, puis publiez ceci dans l’heure :
    <code>/network hub { $code }</code>
    Je confirmerai dans la chaîne, retirerai cette publication et vous le dirai ici. Pour un groupe ou un salon Matrix, lancez plutôt <code>/network hub</code> dedans.
network-hub-channel-done = La chaîne { $channel } est maintenant le point de rencontre de « { $name } ».
network-hub-channel-bad-code = Ce code de point de rencontre est inconnu, déjà utilisé ou expiré. Une personne qui coordonne le réseau en obtient un nouveau en m’envoyant <code>/network hub</code> en privé.
network-space-created = J’ai créé l’espace Matrix « { $name } » et vous y ai invité ; salons de cohortes dedans : { $count }. Les salons des cohortes qui rejoignent ou quittent le réseau y sont ajoutés ou retirés.
network-space-synced = L’espace de « { $name } » est de nouveau à jour ; salons de cohortes dedans : { $count }.
network-space-error-platform = Les espaces sont propres à Matrix : lancez ceci sur Matrix. Sur Telegram, utilisez un groupe ou une chaîne comme point de rencontre (<code>/network hub</code>).
cmd-network-space-summary = un espace Matrix qui regroupe les salons des cohortes du réseau, tenu à jour
cmd-network-space-usage = /network space ["Réseau"]
## w5-surveys
button-survey-back = « Retour
survey-back-first = C’est la première question : il n’y a pas de réponse précédente à changer.
survey-dm-your-answer = Votre réponse jusqu’ici : { $answer }
survey-back-none = Aucune question de sondage ne vous attend. /surveys liste vos sondages ouverts.
survey-dm-back-hint = Pour changer votre réponse précédente, écrivez « retour ».
smallest-group-is = Le plus petit groupe affiché de la cohorte est de { $count ->
    [one] { $count } personne
    [many] { $count } de personnes
   *[other] { $count } personnes
} : les résultats des sondages, ainsi que les rapports et synthèses hors de la vue privée des coordinateurs, ne montrent aucun effectif, part ou moyenne portant sur moins de personnes.
smallest-group-set = Désormais, les effectifs, parts et moyennes doivent porter sur au moins { $count ->
    [one] { $count } personne
    [many] { $count } de personnes
   *[other] { $count } personnes
} pour être affichés (sondages, rapports, synthèses).
smallest-group-moved = C’est maintenant un seul réglage de la cohorte pour les sondages, les rapports et tout décompte : /cohort edit --smallest-group NOMBRE (de 3 à 100 ; 5 par défaut).
smallest-group-error = Le plus petit groupe affiché est un nombre entier de { $min } à { $max } ; « { $value } » n’en est pas un.
cohort-card-smallest-group = Plus petit groupe affiché : { $count ->
    [one] { $count } personne
    [many] { $count } de personnes
   *[other] { $count } personnes
} (les décomptes plus petits ne sont pas montrés).
survey-status-word = { $status ->
    [draft] pas encore envoyé
    [closed] clos
   *[open] ouvert
}
## w5-netmatch
cmd-network-meet-summary = rencontrer quelqu'un d'une autre cohorte du réseau (oui ou non ; réponse en privé)
cmd-network-meet-usage = /network meet [on|off] ["Réseau"]
cmd-network-round-summary = présenter les membres inscrits à quelqu'un d'une autre cohorte (coordinateurs du réseau)
cmd-network-round-usage = /network round [every 2w|off] ["Réseau"]
network-meet-status-title = Rencontres avec d'autres cohortes :
network-meet-status-line = • « { $network } » (via { $cohort }) : { $state ->
    [on] oui
   *[off] non
  }
network-meet-explain = Quand un coordinateur du réseau lance un tour, vous êtes présenté·e en privé à quelqu'un d'une autre cohorte, de préférence avec une langue et un thème en commun. Cette personne voit votre nom, votre cohorte et comment vous joindre (votre @nom Telegram ou votre identifiant Matrix) ; vous voyez les siens.
network-meet-button-on = Oui, présentez-moi
network-meet-button-off = Non, arrêter
network-meet-on = Vous serez présenté·e à quelqu'un d'une autre cohorte dans { $networks }. Cette personne verra votre nom, votre cohorte et comment vous joindre. <code>/network meet off</code> arrête cela.
network-meet-off = Vous ne serez plus présenté·e à personne dans { $networks }.
network-meet-off-already = Vous n'étiez pas inscrit·e aux rencontres là-bas.
network-meet-error-paused = Vous êtes en pause dans cette cohorte : revenez d'abord, puis inscrivez-vous.
network-meet-error-no-network = Aucune de vos cohortes ici ne fait partie d'un réseau.
network-round-error-one = « { $name } » n'a qu'une cohorte : il n'y a encore personne d'une autre cohorte à rencontrer.
network-round-error-few = Moins de deux membres de « { $name } » se sont inscrits avec <code>/network meet on</code> : pas de tour.
network-round-done = Tour { $number } de « { $name } » : { $groups ->
    [one] { $groups } présentation
    [many] { $groups } de présentations
   *[other] { $groups } présentations
} pour { $people ->
    [one] { $people } personne
    [many] { $people } de personnes
   *[other] { $people } personnes
}. Personne trouvé cette fois : { $unplaced }. Groupes avec deux personnes d'une même cohorte (personne d'autre ne convenait) : { $same }. Impossible d'écrire en privé à : { $unreached }.
network-meet-intro = { $person }, dans le réseau « { $network } » vous rencontrez { $group ->
    [pair] quelqu'un
   *[triad] deux personnes
  } d'une autre cohorte :
network-meet-intro-other = • { $name } ({ $cohort })
network-meet-intro-other-elsewhere = • { $name } ({ $cohort }), sur { $platform } : { $reach }
network-meet-intro-other-writes = • { $name } ({ $cohort }), sur { $platform } : cette personne a votre contact et vous écrira en premier.
network-meet-intro-common = En commun : { $common }.
network-meet-common-languages = vous parlez { $languages }
network-meet-common-topics = intérêt pour { $topics }
network-meet-common-none = aucune langue ni aucun thème indiqué ; dites bonjour et voyez
network-meet-intro-next = Écrivez-vous et convenez d'un moment : un appel ou quelques messages suffisent.
network-meet-nobody = { $person }, personne d'une autre cohorte de « { $network } » ne vous correspondait pour ce tour. Vous restez inscrit·e pour le suivant.
mydata-network-meet = Réseaux où vous rencontrez des personnes d'autres cohortes ({ $count }) :
mydata-network-meet-on = • « { $network } », via { $cohort }, depuis le { $since }
mydata-network-meet-round = • « { $network } », tour { $number } ({ $when }) : vous avez rencontré { $others }
## w5-reports2
report-chart-too-few = Graphique : rien à montrer pour l’instant. Il apparaît dès qu’il compte { $min } personnes ou plus.
export-file-too-large = { $file } n’a pas été envoyé : avec { $size } Mo, il dépasse ce que cette discussion accepte ({ $limit } Mo). Téléchargez-le depuis votre page de rapport : /report web

## w5-gqa
gathering-report-people = La réponse et la présence de chacun :
gathering-ics-hint = Pour votre agenda : /gathering ics { $number }
button-gathering-keep = Non, le garder
gathering-kept = Rien ne change : « { $title } » est maintenu.
report-gathering-line-let-go = n° { $number } { $title } : { $going } inscrits, { $present } présents ; { $commitments ->
    [one] { $commitments } engagement
    [many] { $commitments } d’engagements
   *[other] { $commitments } engagements
} : { $done } faits, { $partly } en partie, { $letgo } abandonnés, { $open } en cours

## w5-spolish
# Words that take a survey question back to the previous one when typed (English is accepted too).
keyword-back = retour, revenir
survey-closed-unfinished = Le sondage « { $title } » a été clos avant que vous ne le terminiez : cette réponse n’a pas été enregistrée.
survey-error-json-type = Question { $n } : « { $type } » n’est pas un type de question. Utilisez single, multi, scale5, scale10, yesno ou text.
survey-error-too-many-options = La question { $n } a trop d’options (au plus { $max }).
survey-error-question-too-long = Question { $n } : son texte ou l’une de ses options est trop long (au plus { $max ->
    [one] { $max } caractère
    [many] { $max } de caractères
   *[other] { $max } caractères
}).
survey-error-title-too-long = Le titre, le texte d’ouverture ou le texte de remerciement est trop long (au plus { $max ->
    [one] { $max } caractère
    [many] { $max } de caractères
   *[other] { $max } caractères
}).
survey-error-send-poll = Le sondage { $number } est un vote rapide dans le groupe : on y répond là, il ne s’envoie pas en privé. /survey results { $number } en montre les résultats.

## w6-netment
network-report-mentorships = { "  " }mentorats : { $active } en cours ; demandés : { $asked }, acceptés : { $accepted }

## w3-net-web
cmd-network-page-summary = un lien vers la page web des partages du réseau (envoyé en privé ; revoke désactive tous les liens)
cmd-network-page-usage = /network page [revoke] ["Réseau"]
network-page-link = La page web des partages de « { $name } » (valable { $hours } h). Elle montre ce que les membres ont choisi de partager, avec les noms seulement là où ils l'ont accepté ; quiconque a le lien peut la lire jusqu'à son expiration. <code>/network page revoke</code> désactive tous les liens.
network-page-revoked = Aucun des liens donnés jusqu'ici vers la page de « { $name } » ne fonctionne plus. <code>/network page</code> en donne un nouveau.
network-page-not-set-up = La page du réseau n'est pas configurée sur ce bot : l'opérateur définit PUBLIC_URL (docs/configuration.md).
network-page-title = Partagé dans le réseau « { $name } »
network-page-intro = Les apprentissages que les membres de { $cohorts ->
    [one] sa cohorte
    [many] ses { $cohorts } cohortes
   *[other] ses { $cohorts } cohortes
} ont choisi de partager, par thème et par langue. Un élément retiré par son auteur n'apparaît plus ici.
network-page-nothing = Rien n'a encore été partagé.
network-page-expires = Ce lien fonctionne jusqu'au { $at }.
network-page-refused-title = Ce lien ne fonctionne pas
network-page-refused = Le lien a expiré, a été révoqué, a été modifié ou mène à une autre page. Un coordinateur du réseau en obtient un nouveau avec /network page.
network-withdraw-title-any = Vos éléments partagés. En reprendre un l'exclut des prochains résumés et l'enlève de la page du réseau (un résumé déjà publié reste) :
network-withdraw-done-any = Repris : il ne sera plus envoyé et n'est plus sur la page du réseau.
network-withdraw-none-any = Vous n'avez aucun élément partagé à reprendre.
mydata-network-page = Les éléments approuvés, envoyés ou non, figurent aussi sur la page web de chaque réseau, pour quiconque a son lien, jusqu'à ce que vous les retiriez (<code>/share withdraw</code>).
network-round-rhythm-usage = Dites à quelle fréquence : <code>/network round every 2w</code> (1 à 12 semaines) ou <code>/network round off</code>.
network-round-rhythm-weeks = Les tours ont lieu toutes les 1 à { $max ->
    [one] { $max } semaine
    [many] { $max } de semaines
   *[other] { $max } semaines
}, par ex. <code>/network round every 2w</code>.
network-round-rhythm-set = Les tours entre cohortes de « { $name } » ont désormais lieu d'eux-mêmes { $weeks ->
    [one] chaque semaine
    [many] toutes les { $weeks } semaines
   *[other] toutes les { $weeks } semaines
} ; le premier le { $next }. <code>/network round off</code> les arrête.
network-round-rhythm-off = Les tours entre cohortes de « { $name } » n'ont plus lieu d'eux-mêmes ; <code>/network round</code> en lance toujours un.
network-round-rhythm-skipped = Pas de tour entre cohortes de « { $name } » cette fois : il faut deux cohortes et au moins deux membres inscrits avec <code>/network meet on</code>.
network-round-rhythm-note = Ce tour a eu lieu de lui-même ({ $weeks ->
    [one] chaque semaine
    [many] toutes les { $weeks } semaines
   *[other] toutes les { $weeks } semaines
}) ; le prochain le { $next }.
## w3-net-e2e
network-meet-intro-you-write = Vous n'avez pas de nom d'utilisateur public sur { $platform }, donc { $name } ne peut pas vous écrire : écrivez en premier, s'il vous plaît.
## w3-edges-pair
pair-ended-group = { $person }, votre mentorat dans { $name } a pris fin.
pair-open-private = <a href="{ $link }">Ouvrez une conversation privée avec moi</a> et ce genre de nouvelles vous y parviendra.
## w3-edges-tg
timezone-every-cohort = Vous avez un seul fuseau horaire pour toutes vos cohortes : --cohort ne le change pas pour une seule.
