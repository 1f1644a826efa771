# cohort-bot — español (neutro, pensado para América Latina).
# Translated from en.ftl; keep the same ids, variables, tags and command words.
# Informal "tú" for one person, "ustedes" for a group. Prefer neutral phrasing
# ("quien coordina", "te damos la bienvenida") over gendered adjectives.

language-name = Español

## Shared words

value-none = —
value-yes = sí
value-no = no
cancelled = Cancelado. No se cambió nada.
done = Listo.
usage-line = Uso: <code>{ $usage }</code>
role-name = { $role ->
    [mentor] mentor
    [coordinator] coordinador
   *[member] miembro
}
status-name = { $status ->
    [paused] en pausa
    [left] de baja
    [archived] archivado
   *[active] activo
}
field-cohort-name = nombre de la cohorte
field-languages = idiomas
field-region = región
field-themes = ejes temáticos
field-topics = temas
field-about = presentación
button-cancel = Cancelar
button-archive-confirm = Sí, archivarla
button-forget-confirm = Sí, borrar mis datos

## Errors

error-internal = Lo siento, algo falló de mi lado. Vuelve a intentarlo en un minuto.
error-unknown-command = No conozco el comando { $command }. Envía /help para ver lo que puedo hacer.
error-unknown-command-suggest = No conozco el comando { $command }. ¿Quisiste decir { $suggestion }?
error-unknown-subcommand = “{ $sub }” no es algo que haga este comando.
error-unknown-subcommand-suggest = “{ $sub }” no es algo que haga este comando. ¿Quisiste decir “{ $suggestion }”?
error-missing-subcommand = Este comando necesita una palabra que indique qué hacer.
error-unclosed-quote = Hay unas comillas sin cerrar: agrega { $quote } al final del texto.
error-unknown-flag = No conozco la opción { $flag }.
error-flag-needs-value = La opción { $flag } necesita un valor, por ejemplo { $flag }=valor.
error-missing-argument = Falta algo aquí ({ $argument }).
error-unexpected-words = No esperaba “{ $words }” aquí.
error-nothing-to-change = Dime qué cambiar, con al menos una opción.
error-group-only = { $command } funciona en un chat grupal, donde está la cohorte.
error-no-cohort-here = Todavía no hay ninguna cohorte en este chat. Quien administre el grupo puede crear una con <code>/cohort create "Nombre"</code>.
error-not-member = Solo quienes forman parte de esta cohorte pueden hacer eso. Envía /join para unirte.
error-needs-role = Solo quien tenga el rol de { $role } en esta cohorte puede hacer eso.
error-text-empty = El campo { $field } no tiene caracteres visibles.
error-text-too-long = El campo { $field } es demasiado largo: tiene { $length } caracteres y el máximo es { $max }.
error-too-many-items = Demasiados elementos en { $field }: el máximo es { $max }.
error-bad-timezone = “{ $value }” no es una zona horaria que yo conozca. Usa un nombre como America/Mexico_City, America/Bogota o America/Santiago.
error-bad-language = “{ $value }” no es un código de idioma. Usa códigos como es, en, ar o pt-BR.
error-unsupported-language = Todavía no hablo “{ $value }”. Hablo: { $available }.
error-bad-until = “{ $value }” no es una fecha ni una duración. Usa una fecha como 2026-12-24, o una duración como 12h, 3d o 2w (horas, días, semanas).
error-until-past = { $value } ya pasó.
error-until-too-far = { $value } está a más de un año.
error-bad-number = El campo { $field } debe ser un número entero de { $min } a { $max } (recibí “{ $value }”).
error-bad-yes-no = Responde { $field } con sí o no (recibí “{ $value }”).
error-bad-role = “{ $value }” no es un rol. Los roles son member (miembro), mentor y coordinator (coordinador).
error-bad-profile-field = “{ $value }” no es un campo del perfil. Campos: { $fields }.
error-unknown-person = Todavía no conozco a { $who }. Conozco a las personas cuando escriben en un chat donde estoy.
error-not-in-cohort = { $name } no forma parte de esta cohorte.
error-cohort-exists = Este chat ya tiene una cohorte: { $name }. Archívala primero para empezar otra.
error-cohort-archived = La cohorte { $name } está archivada.
error-unknown-cohort = No estás en ninguna cohorte llamada “{ $value }”. Tus cohortes: { $cohorts }.
private-not-understood = Respondo a comandos. Envía /help para verlos.

## Buttons

action-stale = Este botón ya no es válido.
action-not-yours = Este botón es para otra persona.

## /help

cmd-help-summary = lo que puedo hacer aquí
cmd-help-usage = /help [comando]
help-title-group = <b>Comandos que puedes usar en este grupo</b>
help-title-private = <b>Comandos que puedes usar aquí</b>
help-line = { $usage } — { $summary }
help-footer = Envía <code>/help comando</code> para saber más sobre uno.
help-where-group = Funciona en un chat grupal.
help-where-private = Funciona en un chat privado conmigo.

## /start

start-welcome = ¡Hola, { $name }! Organizo cohortes de aprendizaje entre pares: seguimientos, mentorías, reflexiones. Envía /help para ver lo que puedes hacer, o abre el enlace para unirte a una cohorte.
start-joined = ¡Te damos la bienvenida a { $name }! Preséntate a tu mentor o mentora y a la coordinación, aquí en privado, con <code>/profile set about …</code>. Envía /help para ver más.
start-bad-link = Este enlace para unirse ya no es válido. Pide uno nuevo a quien coordine la cohorte.

## /cohort

cmd-cohort-summary = ver la cohorte de este chat; quienes coordinan la crean y la gestionan
cmd-cohort-usage = /cohort [show|create|edit|pause|resume|archive]
cmd-cohort-show-summary = mostrar la cohorte
cmd-cohort-show-usage = /cohort
cmd-cohort-create-summary = crear la cohorte de este chat o tema
cmd-cohort-create-usage = /cohort create "Nombre" [--languages es,pt] [--region "…"] [--themes "a, b"] [--timezone Área/Ciudad] [--language es]
cmd-cohort-edit-summary = cambiar el nombre, el contexto o los ajustes de la cohorte
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no]
cmd-cohort-pause-summary = pausar la cohorte, si quieres hasta una fecha
cmd-cohort-pause-usage = /cohort pause [--until 2026-12-24|2w]
cmd-cohort-resume-summary = reanudar una cohorte en pausa
cmd-cohort-resume-usage = /cohort resume
cmd-cohort-archive-summary = archivar la cohorte (pide confirmación)
cmd-cohort-archive-usage = /cohort archive
cohort-none-yet = Todavía no hay ninguna cohorte en este chat. Quien administre el grupo puede crear una con <code>/cohort create "Nombre"</code>.
cohort-created = Se creó la cohorte <b>{ $name }</b>. Para unirse, basta con enviar /join o abrir el enlace de abajo.
cohort-edited = Cambios: { $fields }.
cohort-card-title = <b>{ $name }</b>
cohort-card-status = Estado: { $status }
cohort-card-status-until = Estado: { $status } hasta { $until }
cohort-card-languages = Idiomas: { $languages }
cohort-card-region = Región: { $region }
cohort-card-themes = Ejes temáticos: { $themes }
cohort-card-timezone = Zona horaria: { $timezone }
cohort-card-language = El bot habla: { $language }
cohort-card-members = { $count ->
    [one] Un miembro
   *[other] { $count } miembros
}
cohort-card-names-in-group-on = En el grupo nombro a quienes no han respondido, están en pausa o no encontraron pareja.
cohort-card-names-in-group-off = En el grupo cuento, sin nombres, a quienes no han respondido, están en pausa o no encontraron pareja; la coordinación recibe los nombres en privado.
cohort-card-join-link = Enlace para unirse: <a href="{ $link }">{ $link }</a>
cohort-paused = La cohorte { $name } está en pausa. No hay nada programado hasta /cohort resume.
cohort-paused-until = La cohorte { $name } está en pausa hasta { $until }.
cohort-already-paused = La cohorte ya está en pausa.
cohort-not-paused = La cohorte no está en pausa.
cohort-resumed = La cohorte { $name } vuelve a estar activa.
cohort-resumed-auto = Terminó la pausa: la cohorte { $name } vuelve a estar activa.
cohort-archive-confirm = ¿Archivar <b>{ $name }</b>? Quienes participan siguen en el chat, pero la cohorte termina y se podrá crear una nueva aquí.
cohort-archived = La cohorte { $name } quedó archivada.
bot-added = ¡Hola! Organizo cohortes de aprendizaje entre pares. Quien administre el grupo puede iniciar una con <code>/cohort create "Nombre"</code>; envíen /help para ver más.
room-encrypted = Esta sala tiene cifrado de extremo a extremo y todavía no puedo leer mensajes cifrados, así que los comandos de aquí quedarán sin respuesta. Usen una sala sin cifrar para la cohorte o pidan a quien me opera que active el soporte de cifrado.
bot-added-with-cohort = ¡Hola de nuevo! La cohorte { $name } sigue aquí. Envíen /help para ver lo que puedo hacer.

## Members

cmd-join-summary = unirte a la cohorte de este chat
cmd-join-usage = /join
cmd-leave-summary = salir de la cohorte de este chat
cmd-leave-usage = /leave
cmd-members-summary = ver quiénes forman parte de la cohorte
cmd-members-usage = /members [--all]
cmd-role-summary = asignar un rol a alguien
cmd-role-usage = /role @usuario member|mentor|coordinator
join-welcome = ¡{ $person }, te damos la bienvenida a { $name }!
join-welcome-dm = ¡Te damos la bienvenida a { $name }! Preséntate a tu mentor o mentora y a la coordinación, aquí en privado, con <code>/profile set about …</code>. Envía /help para ver más.
join-already = Ya formas parte de { $name }.
join-in-private = Para unirte a una cohorte, envía /join en su grupo o abre su enlace para unirse.
leave-done = Saliste de { $name }. Guardo tu perfil por si vuelves; /forgetme borra todo.
leave-not-member = No formas parte de { $name }.
cmd-pause-summary = tomar un descanso: no te llegan check-ins ni emparejamientos hasta que termine
cmd-pause-usage = /pause [--until 2026-12-24|2w] (en privado: [--cohort "Nombre"])
cmd-resume-summary = terminar tu descanso antes
cmd-resume-usage = /resume (en privado: [--cohort "Nombre"])
pause-done-until = Estás de descanso de { $name } hasta el { $until }: no te llegan check-ins, recordatorios ni emparejamientos. /resume lo termina antes.
resume-done = Bienvenida o bienvenido de vuelta a { $name }: los check-ins vuelven a llegarte.
resume-not-paused = No estás de descanso de { $name }.
pause-ended-dm = Tu descanso de { $name } terminó: los check-ins vuelven a llegarte. /pause toma otro.
members-title = <b>{ $name }</b>: { $count ->
    [one] un miembro
   *[other] { $count } miembros
}
members-line = • { $name }{ $username ->
    [none] {""}
   *[other] {" "}({ $username })
} — { $role }, { $status }
members-on-break-count = { $count ->
    [one] Un miembro más está en pausa.
   *[other] { $count } miembros más están en pausa.
}
members-left-count = { $count ->
    [one] Una persona más dejó la cohorte.
   *[other] { $count } personas más dejaron la cohorte.
}
members-names-sent-privately = Te envié la lista completa en privado.
members-names-not-in-group = Sus nombres no se muestran en el grupo (/cohort edit --names-in-group yes los muestra).
members-none = { $name } todavía no tiene miembros.
role-set = Ahora { $name } tiene el rol de { $role }.
role-admin-note = { $name } administra este chat y conserva aquí el rol de coordinación mientras lo administre.
role-admin-granted-note = { $name } también administra este chat. El rol asignado le mantiene la coordinación si deja de administrarlo; <code>/role @usuario member</code> se lo retira.
members-coordinator = { $source ->
    [admin] coordinador (administra el chat)
    [both] coordinador (administra el chat; también asignado con /role)
   *[granted] coordinador (asignado con /role)
}
members-roles-note = Quienes administran el chat coordinan mientras lo administren. Un rol asignado con /role se mantiene hasta que <code>/role @usuario member</code> lo retire.
role-unchanged = { $name } ya tiene el rol de { $role }.

## /profile

cmd-profile-summary = ver o cambiar tu perfil
cmd-profile-usage = /profile [show|set|clear]
cmd-profile-show-summary = mostrar tu perfil (quienes coordinan: el de otra persona, que les llega en privado)
cmd-profile-show-usage = /profile [show] [@usuario] [--cohort "Nombre"]
cmd-profile-set-summary = definir un campo: languages (idiomas), region (región), topics (temas), timezone (zona horaria), capacity (cupo de mentoría), wants-mentor (buscas mentoría), stage (etapa); en privado también preferences (preferencias) y about (presentación)
cmd-profile-set-usage = /profile set campo valor [--cohort "Nombre"]
cmd-profile-clear-summary = borrar un campo
cmd-profile-clear-usage = /profile clear campo [--cohort "Nombre"]
profile-title = <b>{ $name }</b> en { $cohort } — { $role }, { $status }
profile-languages = Idiomas: { $value }
profile-region = Región: { $value }
profile-topics = Temas: { $value }
profile-timezone = Zona horaria: { $value }
profile-capacity = Cupo de mentoría: { $value ->
    [0] no
    [one] una persona
   *[other] { $value } personas
}
profile-wants-mentor = Busca mentoría: { $value }
profile-about = Presentación: { $value }
profile-updated = Guardé el campo { $field } en: { $cohorts }.
profile-cleared = Borré el campo { $field } en: { $cohorts }.
profile-no-cohorts = Todavía no estás en ninguna cohorte. Únete a una con /join en su grupo o con su enlace para unirse.

## /language and /timezone

cmd-language-summary = elegir el idioma en que te escribo
cmd-language-usage = /language [código]
cmd-timezone-summary = ver o definir tu zona horaria
cmd-timezone-usage = /timezone [Área/Ciudad]
language-current = Te escribo en { $language }. Elige otro:
language-set = A partir de ahora te escribo en { $language }.
language-group-note = En este grupo sigo hablando el idioma de la cohorte.
timezone-current = Tu zona horaria: { $timezone } (hora actual: { $now }).
timezone-set = Tu zona horaria ahora es { $timezone } (hora actual: { $now }).

## /mydata and /forgetme

cmd-mydata-summary = todo lo que guardo sobre ti
cmd-mydata-usage = /mydata
cmd-forgetme-summary = borrar todo lo que guardo sobre ti
cmd-forgetme-usage = /forgetme
mydata-title = <b>Lo que guardo sobre ti</b>
mydata-account = Nombre: { $name } (usuario: { $username }), id de { $platform }: { $id }
mydata-settings = Idioma: { $language } (el de tu app: { $hint }), zona horaria: { $timezone }
mydata-since = Te conozco desde { $date }
mydata-memberships = { $count ->
    [0] No estás en ninguna cohorte.
    [one] Estás en una cohorte:
   *[other] Estás en { $count } cohortes:
}
mydata-membership = • <b>{ $cohort }</b>: { $role }, { $status }, desde { $joined }
mydata-profile = { "  " }idiomas: { $languages }; región: { $region }; temas: { $topics }; zona horaria: { $timezone }; cupo de mentoría: { $capacity }; busca mentoría: { $wantsMentor }; presentación: { $about }
mydata-audit = { $count ->
    [0] No hay cambios de coordinación registrados a tu nombre.
    [one] Hay un cambio de coordinación registrado a tu nombre.
   *[other] Hay { $count } cambios de coordinación registrados a tu nombre.
}
mydata-footer = No guardo los mensajes del chat, solo lo que respondes a los check-ins y reflexiones (arriba). /forgetme borra todo esto.
forgetme-confirm = Esto borra tu cuenta aquí, tu perfil y tu membresía en { $count ->
    [one] una cohorte
   *[other] { $count } cohortes
}. Las acciones de coordinación que hiciste quedan registradas sin tu nombre. Esto no se puede deshacer.
forgetme-done = Listo: borré todo lo que guardaba sobre ti. Si me vuelves a escribir, empiezo de cero.

## Check-ins

cmd-checkin-summary = check-ins periódicos: verlos; la coordinación los programa
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats]
cmd-checkin-list-summary = ver los calendarios de check-in de la cohorte
cmd-checkin-list-usage = /checkin list
cmd-checkin-schedule-summary = añadir un calendario de check-in en la zona horaria de la cohorte
cmd-checkin-schedule-usage = /checkin schedule weekly mon 18:00 | every 2 weeks thu 09:30 | monthly first tue 17:00 | cron 0 18 * * 1 [--window 2d] [--remind 6h] [--question "…"]… [--digest group|coordinators] [--inactive-after 3]
cmd-checkin-now-summary = publicar un check-in ahora
cmd-checkin-now-usage = /checkin now [id]
cmd-checkin-skip-summary = saltar el próximo check-in de un calendario
cmd-checkin-skip-usage = /checkin skip id
cmd-checkin-pause-summary = pausar un calendario
cmd-checkin-pause-usage = /checkin pause id
cmd-checkin-resume-summary = reanudar un calendario pausado
cmd-checkin-resume-usage = /checkin resume id
cmd-checkin-delete-summary = borrar un calendario y sus check-ins
cmd-checkin-delete-usage = /checkin delete id
checkin-question-1 = ¿Qué hiciste desde el último check-in?
checkin-question-2 = ¿En qué vas a trabajar ahora?
checkin-question-3 = ¿Hay algo que te frene, o alguien puede ayudarte?
checkin-error-pattern = No entiendo «{ $pattern }» como calendario. Prueba: weekly mon 18:00, every 2 weeks thu 09:30, monthly first tue 17:00 o cron 0 18 * * 1.
checkin-error-weekday = «{ $word }» no es un día de la semana (mon, tue, wed, thu, fri, sat, sun).
checkin-error-time = «{ $word }» no es una hora del día (00:00 a 23:59).
checkin-error-nth = «{ $word }» no es first, second, third, fourth ni last.
checkin-error-every = «{ $word }» semanas: elige de 1 a 8.
checkin-error-cron = «{ $field }» no es un campo cron válido (minuto hora día mes día-de-semana).
checkin-error-never = Ese calendario nunca ocurre (esa fecha no existe).
checkin-error-too-often = Los check-ins pueden ser como mucho uno por hora.
checkin-error-span = { $flag } «{ $value }» no es una duración entre 10m y 14d (como 90m, 6h, 2d).
checkin-error-remind-window = El recordatorio debe llegar antes del cierre: haz --remind más corto que --window.
checkin-error-window-overlap = La ventana de respuestas dura más que el tiempo entre dos check-ins: acorta --window.
checkin-error-digest = «{ $value }» no es group ni coordinators.
checkin-error-questions = Como mucho { $max } preguntas, por favor.
checkin-error-question-length = Una pregunta puede tener como mucho { $max } caracteres.
checkin-error-no-schedule = Aquí no hay un calendario de check-in «{ $id }». /checkin list los muestra.
checkin-error-not-active = El calendario #{ $id } está en pausa: no hay próximo check-in que saltar.
checkin-error-already-paused = El calendario #{ $id } ya está en pausa.
checkin-error-not-paused = El calendario #{ $id } no está en pausa.
checkin-error-not-member = Solo quienes son miembros de esta cohorte pueden responder sus check-ins. Usa /join primero.
checkin-error-closed = Este check-in está cerrado: ya no se aceptan respuestas.
checkin-error-on-break = Estás de descanso de esta cohorte, así que los check-ins no te cuentan. Usa /resume primero para responder.
checkin-none-yet = Aquí todavía no hay check-ins programados. Coordinación: /checkin schedule weekly mon 18:00
checkin-scheduled = El calendario de check-in #{ $id } está listo.
checkin-list-title = <b>Calendarios de check-in</b>
checkin-schedule-line = #{ $id }: { $pattern } ({ $timezone }), { $status ->
    [paused] en pausa
   *[other] próximo { $next }
}, respuestas abiertas { $window ->
    [one] una hora
   *[other] { $window } horas
}
checkin-skipped = Se saltará el check-in del calendario #{ $id } del { $when }.
checkin-paused = El calendario #{ $id } está en pausa.
checkin-resumed = El calendario #{ $id } vuelve a funcionar; próximo check-in { $next }.
checkin-delete-confirm = ¿Borrar el calendario #{ $id } ({ $pattern }) con sus check-ins y respuestas? No se puede deshacer.
checkin-deleted = El calendario #{ $id } está borrado.
button-checkin-delete-confirm = Borrarlo
button-checkin-private = Responder en privado
button-checkin-share = Compartir con la cohorte
button-checkin-keep-private = Mantenerlo privado
checkin-prompt = <b>¡Hora del check-in, { $name }!</b> Las respuestas están abiertas hasta { $closes }.
checkin-prompt-how = Responde a este mensaje para contestar aquí (una línea por pregunta), o responde en privado.
checkin-private-started = Te escribí en privado.
checkin-dm-first = No puedo escribirte primero: abre un chat privado conmigo y vuelve a pulsar el botón.
checkin-dm-link = { $person }, no puedo escribirte primero. Abre { $link } y pulsa Iniciar: tus respuestas empiezan ahí.
checkin-dm-first-link = No puedo escribirte primero: usa el enlace que publiqué.
checkin-dm-intro = Check-in de { $name }. Responde una pregunta cada vez; escribe «skip» para saltar una.
checkin-dm-question = ({ $n }/{ $total }) { $question }
checkin-dm-done = ¡Gracias! Respondiste { $answered } de { $total }. ¿Compartir tus respuestas en el resumen?
checkin-will-share = Tus respuestas aparecerán en el resumen.
checkin-kept-private = Tus respuestas quedan privadas: el resumen solo te cuenta.
checkin-reflect-offer = ¿Quieres escribir una breve reflexión sobre lo que aprendiste? Solo tú la leerás, salvo que elijas otra cosa.
button-reflect-write = Escribir una reflexión
button-reflect-not-now = Ahora no
checkin-reflect-ask = Escribe tu reflexión en tu próximo mensaje (o «skip»).
checkin-reflect-later = De acuerdo. Cuando quieras: /reflect seguido de unas líneas.
button-visibility-mentor = Compartir con mi mentora o mentor
button-visibility-coordinators = Compartir con la coordinación
button-visibility-cohort = Compartir con la cohorte
checkin-answer-saved = Gracias, tu respuesta quedó anotada.
checkin-reminder-dm = El check-in de { $name } cierra pronto y todavía no tengo tu respuesta.
checkin-reminder-group = El check-in cierra pronto; faltan: { $names }.
checkin-reminder-group-count = El check-in cierra pronto; { $count ->
    [one] una persona todavía no respondió.
   *[other] { $count } personas todavía no respondieron.
}
checkin-digest-title = <b>Resumen del check-in, { $name }</b>
checkin-digest-count = { $count ->
    [0] Nadie participó
    [one] Participó una persona
   *[other] Participaron { $count } personas
} (de { $total }).
checkin-digest-who = Gracias a { $names }.
checkin-digest-coordinators-only = Las respuestas van solo a la coordinación.
checkin-digest-reflections = <b>Reflexiones compartidas</b>
cmd-checkin-stats-summary = quién participó en los últimos check-ins, y quién dejó de hacerlo (te llega en privado)
cmd-checkin-stats-usage = /checkin stats
checkin-stats-none = Todavía no se cerró ningún check-in.
checkin-stats-title = <b>Participación en { $count ->
    [one] el último check-in
   *[other] los últimos { $count } check-ins
}</b>
checkin-stats-line = { $name }: { $answered }/{ $total }, racha { $streak }
checkin-stats-inactive = Faltaron a { $count } o más seguidos: { $names }
checkin-error-inactive-after = «{ $value }» no es un número de check-ins de 0 a 20 (0: nunca).
checkin-nudge = ¡Hola, { $person }! Te perdiste los últimos { $count } check-ins de { $name }. Sin presión: ¿sigues en el grupo, quieres un descanso de dos semanas o prefieres salir de la cohorte?
button-nudge-in = Sigo aquí
button-nudge-pause = Un descanso de dos semanas
button-nudge-leave = Salir de la cohorte
nudge-still-in = ¡Qué bien! Nos vemos en el próximo check-in de { $name }.
nudge-left = Saliste de { $name }. /join en el grupo te trae de vuelta cuando quieras, con tu perfil tal como estaba.
mydata-checkins = { $count ->
    [0] No respondiste ningún check-in.
    [one] Tus respuestas de check-in (una):
   *[other] Tus respuestas de check-in ({ $count }):
}
mydata-checkin-answer = • { $cohort }, { $date }: { $answers } (compartidas: { $shared })

## Reflections

cmd-reflect-summary = escribir una reflexión, en privado; elige quién puede leerla
cmd-reflect-usage = /reflect … [--visibility me|mentor|coordinators|cohort] [--cohort "Nombre"]
cmd-reflections-summary = ver tus reflexiones, o con “shared” las que otras personas te dejan leer (en privado)
cmd-reflections-usage = /reflections [shared] [--cohort "Nombre"]
reflect-error-not-member = Las reflexiones pertenecen a una cohorte: únete a una con /join.
reflect-error-too-long = Una reflexión puede tener como mucho { $max } caracteres.
reflect-error-visibility = «{ $value }» no es me, mentor, coordinators ni cohort.
reflect-saved = Guardada en { $cohort }. { $visibility ->
    [me] Solo tú puedes leerla.
    [mentor] Tú y tu mentor o mentora pueden leerla.
    [coordinators] Tú y la coordinación pueden leerla.
   *[cohort] La cohorte puede leerla, y aparecerá en el próximo resumen.
}
reflections-title = <b>Tus reflexiones</b>
reflections-none = Todavía no escribiste reflexiones. /reflect … escribe una.
reflections-line = { $date }, { $cohort } ({ $visibility }): { $text }
reflections-shared-title = <b>Reflexiones compartidas contigo</b> (últimos 90 días)
reflections-shared-none = Nadie compartió una reflexión contigo en los últimos 90 días.
reflections-shared-line = { $date }, { $cohort }, { $name } ({ $visibility }): { $text }
mydata-reflections = { $count ->
    [0] No escribiste reflexiones.
    [one] Tus reflexiones (una):
   *[other] Tus reflexiones ({ $count }):
}
mydata-reflection = • { $cohort }, { $date } ({ $visibility }): { $text }

## Pairing

cmd-pair-summary = tu mentora o mentor, o tus mentoreados; la coordinación empareja
cmd-pair-usage = /pair [mentors|confirm] | /pair @mentor @mentoreado
cmd-pair-show-summary = tu mentora o mentor, o tus mentoreados (coordinación: /pair @mentor @mentoreado empareja a mano)
cmd-pair-show-usage = /pair | /pair @mentor @mentoreado
cmd-pair-mentors-summary = ver el mejor mentor para cada miembro que lo pide, y por qué (te llega en privado)
cmd-pair-mentors-usage = /pair mentors
cmd-pair-confirm-summary = preguntar a los mentores de la propuesta
cmd-pair-confirm-usage = /pair confirm
cmd-unpair-summary = terminar las mentorías de alguien (pregunta antes)
cmd-unpair-usage = /unpair @usuario
pair-reason-shared-language = hablan { $values }
pair-reason-language-bridging = sin idioma común (permitido por la coordinación)
pair-reason-same-region = ambos en { $values }
pair-reason-shared-topics = temas: { $values }
pair-reason-timezone-overlap = { $values } horas de vigilia en común
pair-reason-timezone-unknown = zona horaria desconocida
pair-reason-stage-fit = etapas compatibles ({ $values })
pair-reason-stage-mismatch = etapas lejanas ({ $values })
pair-reason-shared-preference = una preferencia en común
pair-reason-repeat = ya emparejados ({ $values })
pair-reason-none = ninguna razón fuerte, salvo la disponibilidad
pair-preview-title = <b>Mentores propuestos</b> ({ $count ->
    [one] una pareja
   *[other] { $count } parejas
})
pair-preview-line = • { $mentee } ← { $mentor }: { $reasons }
pair-unmatched-no-feasible-mentor = • { $mentee }: ningún mentor encaja (sin idioma común o excluido)
pair-unmatched-all-feasible-mentors-full = • { $mentee }: los mentores que encajan no tienen lugar
pair-preview-confirm = /pair confirm pregunta a estos mentores; /pair mentors de nuevo recalcula.
pair-confirmed = { $count ->
    [one] Pregunté a un mentor.
   *[other] Pregunté a { $count } mentores.
} Cada uno tiene { $hours } horas para responder; sin respuesta, la persona se ofrece al siguiente mejor mentor.
pair-asked-one = Pedí a { $mentor } que sea mentor de { $mentee }.
pair-ask = ¡Hola, { $mentor }! ¿Quieres ser mentor o mentora de { $mentee } en { $name }?
pair-why = Por qué tú: { $reasons }.
pair-about = Sobre esta persona: { $about }
pair-ask-deadline = Responde antes del { $when }, por favor.
button-pair-accept = Aceptar
button-pair-decline = Rechazar
pair-answer-late = Esta solicitud ya no está abierta.
pair-accepted-toast = ¡Gracias! Les presenté.
pair-declined-thanks = Gracias por decirlo. Preguntaré a otra persona.
pair-no-next-mentor = Ningún otro mentor está libre para { $mentee } en { $name } ahora. Usa /pair mentors de nuevo cuando alguien tenga lugar.
pair-intro-mentee = { $person }, te presento a tu mentor o mentora { $other } en { $name }.
pair-intro-mentor = { $person }, te presento a { $other }, a quien acompañarás en { $name }.
pair-intro-times = Algunos horarios para encontrarse (18:00 para quien recibe la mentoría):
pair-intro-time = • { $mentee } ({ $menteeZone }) = { $mentor } ({ $mentorZone })
pair-mine-mentor = Tu mentor o mentora: { $other } ({ $status ->
    [asked] preguntado, esperando respuesta
   *[other] confirmado
})
pair-mine-mentee = Acompañas a: { $other } ({ $status ->
    [asked] espera tu respuesta
   *[other] confirmado
})
pair-mine-none = Aún no tienes mentor ni mentoreados en esta cohorte. ¿Quieres uno? /profile set wants-mentor yes
pair-error-two-people = Nombra a dos personas: /pair @mentor @mentoreado
pair-error-self = Nadie puede ser su propio mentor.
pair-error-has-mentor = { $mentee } ya tiene mentor (o se le está preguntando a uno). Primero /unpair { $mentee }.
pair-error-no-mentors = Nadie en esta cohorte se ofrece como mentor todavía: con /profile set capacity 2 se ofrece.
pair-error-no-mentees = Nadie espera mentor: se pide con /profile set wants-mentor yes.
pair-error-no-preview = No hay propuesta que confirmar: /pair mentors la crea.
pair-error-not-paired = { $who } no tiene mentor ni mentoreados.
unpair-confirm = ¿Terminar { $count ->
    [one] la mentoría
   *[other] las { $count } mentorías
} de { $who }?
button-unpair-confirm = Terminar
unpair-done = { $count ->
    [one] Una mentoría terminó.
   *[other] { $count } mentorías terminaron.
}
mydata-mentorships = { $count ->
    [0] No tienes mentorías.
    [one] Tu mentoría (una):
   *[other] Tus mentorías ({ $count }):
}
mydata-mentorship-mentor = • { $cohort }: mentor de { $other } ({ $status })
mydata-mentorship-mentee = • { $cohort }: acompañado por { $other } ({ $status })
cmd-pair-peers-summary = hacer ahora una ronda entre pares: parejas (un trío si el número es impar), con compañeros nuevos cuando se puede
cmd-pair-peers-usage = /pair peers
cmd-pair-rounds-summary = rondas entre pares solas cada pocas semanas, o apagadas; días hasta "¿os visteis?"
cmd-pair-rounds-usage = /pair rounds [every 2w | off | follow-up 3d]
cmd-pair-stats-summary = las rondas hasta ahora: grupos, y quién dijo que se vio (te llega en privado)
cmd-pair-stats-usage = /pair stats
pair-round-title = <b>Ronda entre pares { $number } en { $name }</b>: saluda a tus compañeros y buscad un momento para hablar.
pair-round-line = • { $names }
pair-round-line-why = • { $names }: { $reasons }
pair-round-unplaced = • { $who }: esta vez nadie encaja, lo siento.
pair-round-unplaced-count = • { $count ->
    [one] Para una persona nadie encaja esta vez, lo siento.
   *[other] Para { $count } personas nadie encaja esta vez, lo siento.
}
pair-round-unplaced-dm = Hola, { $person }. En la ronda entre pares { $number } de { $name } esta vez nadie encajó contigo, lo siento. Lo intentaré de nuevo en la próxima ronda.
pair-round-unplaced-coordinators = Ronda entre pares { $number } de { $name }: esta vez nadie encajó con { $names }. Solo la coordinación lee esto.
pair-round-follow-up = El { $when } preguntaré a cada uno si os visteis.
pair-round-dm = ¡Hola, { $person }! En la ronda entre pares { $number } de { $name } estás con { $others }. Saluda y buscad un momento para hablar.
pair-met-question = ¡Hola, { $person }! ¿Te viste con { $others } (ronda entre pares { $number } de { $name })?
button-pair-met-yes = Sí
button-pair-met-no = No
button-pair-met-not-yet = Todavía no
pair-met-thanks-yes = ¡Estupendo, gracias!
pair-met-thanks-no = Gracias por decirlo. Quizá en la próxima ronda.
pair-met-thanks-not-yet = Anotado. Aún puedes responder Sí más tarde.
pair-peers-error-paused = { $name } está en pausa: no hay rondas entre pares hasta que se reanude.
pair-peers-error-too-few = Una ronda entre pares necesita al menos dos miembros activos (los que están en pausa quedan fuera).
pair-rounds-off = Las rondas entre pares están apagadas. /pair rounds every 2w las inicia; "¿os visteis?" llega { $days } días después de cada ronda.
pair-rounds-on = Rondas entre pares cada { $weeks ->
    [one] semana
   *[other] { $weeks } semanas
}; la próxima el { $next }. "¿Os visteis?" llega { $days } días después de cada ronda.
pair-rounds-set = Rondas entre pares cada { $weeks ->
    [one] semana
   *[other] { $weeks } semanas
}; la primera el { $next }. /pair peers hace una ahora.
pair-rounds-turned-off = Las rondas entre pares están apagadas.
pair-rounds-follow-up-set = "¿Os visteis?" llegará { $days } días después de cada ronda.
pair-rounds-error-usage = Di cada cuánto: /pair rounds every 2w, /pair rounds every 1w o /pair rounds off.
pair-rounds-error-weeks = Las rondas son cada 1 a { $max } semanas, p. ej. /pair rounds every 2w.
pair-rounds-error-days = "¿Os visteis?" llega de 1 a { $max } días después de una ronda, p. ej. /pair rounds follow-up 3d.
pair-stats-none = Aún no hay rondas entre pares: /pair peers hace una.
pair-stats-title = <b>Rondas entre pares</b> ({ $count })
pair-stats-line = • Ronda { $number } ({ $date }): { $groups } grupos, { $people } personas. Se vieron: sí { $yes }, no { $no }, todavía no { $notYet }, sin respuesta { $unanswered }
cmd-avoid-summary = no ser emparejado nunca con alguien (en privado; no se le avisa)
cmd-avoid-usage = /avoid [@usuario] [--remove] [--cohort "Nombre"]
avoid-title = <b>Personas con quienes nunca te emparejo</b>
avoid-line = • { $cohort }: { $names }
avoid-none = No evitas a nadie. /avoid @usuario, aquí en privado, y nunca te emparejaré con esa persona; no se le avisa.
avoid-added = Anotado: nunca te emparejaré con { $who } (en { $cohorts }). No se le avisa.
avoid-removed = { $who } puede volver a ser emparejado contigo (en { $cohorts }).
avoid-error-self = No puedes evitarte a ti mismo.
avoid-error-no-shared-cohort = No compartes ninguna cohorte con { $who }.
error-bad-stage = «{ $value }» no es una etapa. Elige una de: { $stages }.
field-preferences = preferencias
profile-stage = Etapa: { $value }
profile-preferences = Preferencias de emparejamiento (solo tú las ves): { $value }
mydata-matching = { "  " }etapa { $stage }; preferencias de emparejamiento { $preferences }; personas que evitas: { $avoid }
cmd-pair-settings-summary = ver o cambiar cómo se emparejan mentores: puente de idiomas, plazo de respuesta
cmd-pair-settings-usage = /pair settings [--bridging yes|no] [--answer-within 72h]
pair-settings = Ajustes de emparejamiento: parejas sin idioma común: { $bridging }; los mentores responden en { $hours } horas.
pair-settings-saved = Guardado. Parejas sin idioma común: { $bridging }; los mentores responden en { $hours } horas.
pair-error-answer-within = «{ $value }» no es un plazo de 12h a 14d (como 48h o 3d).
pair-decline-why = Si quieres, dime por qué (un toque). Solo la coordinación lo ve; a { $mentee } no se le dice quién declinó.
button-decline-no-time = Ahora no tengo tiempo
button-decline-topics = No son mis temas
button-decline-other = Otro motivo
pair-decline-noted = Gracias. Solo la coordinación ve tu motivo; a { $mentee } no se le dice quién declinó.
pair-preview-declined = • { $mentor } rechazó a { $mentee } ({ $reason ->
    [no-time] sin tiempo ahora
    [topics] no son sus temas
    [other] otro motivo
   *[none] sin motivo
})
mydata-peer-groups = { $count ->
    [0] No participaste en rondas de pares.
    [one] Tu ronda de pares (una):
   *[other] Tus rondas de pares ({ $count }):
}
mydata-peer-group = • { $cohort }, ronda { $round }: con { $others } (se encontraron: { $answer })

# Privacidad: lo que es solo para una persona, comandos privados escritos en un grupo, qué cohorte (docs/privacy.md)
private-view-sent = { $person }, te lo envié en privado.
private-view-link = { $person }, esto es solo para ti, no para este grupo: <a href="{ $link }">abre un chat privado conmigo</a> y te lo envío allí.
private-view-write-first = { $person }, esto es solo para ti, no para este grupo: escríbeme en privado primero y luego envía { $command } allí.
private-refused = { $command } es privado, así que solo funciona en un chat privado conmigo.
private-refused-deleted = Quité tu mensaje del grupo.
private-refused-dm = { $person }, te escribí en privado: sigue allí.
private-refused-link = <a href="{ $link }">Sigue en un chat privado conmigo</a>.
private-refused-write-first = Escríbeme en privado y envíalo allí.
private-continue = Intentaste { $command } en un grupo. Aquí queda entre nosotros: { $usage }
private-continue-here = Aquí queda entre nosotros: { $usage }
start-link-expired = Este enlace ya no es válido. Envía el comando otra vez aquí: también funciona en privado.
cohort-choice-ask = ¿Para qué cohorte es { $command }?
cohort-choice-none = No estás en ninguna cohorte donde puedas usar { $command }.
cohort-choice-gone = Esa cohorte ya no es una de las tuyas (o ya no la coordinas).
cohort-choice-name-it = Estás en muchas cohortes: nombra una, como { $command } --cohort "Nombre". Las tuyas: { $cohorts }.
error-cohort-not-here = La cohorte de este grupo es { $name }, no “{ $value }”.
profile-private-hint = Tus preferencias de emparejamiento y tu presentación (“about”) son privadas: envíame /profile en privado para verlas.
pair-ask-privacy = Solo la coordinación ve tu respuesta y el motivo que des; a { $mentee } no se le dice quién declinó.
pair-ask-privacy-group = Nadie aquí ve qué botón tocas: solo la coordinación conoce tu respuesta.
pair-declined-toast-private = Gracias. Te escribí en privado.
pair-declined-toast = Gracias. Solo la coordinación conoce tu respuesta.
pair-no-next-mentor-group = Alguien de esta cohorte sigue esperando mentor o mentora. Coordinación: /pair mentors cuando alguien tenga lugar.
mydata-mentorship-looking = • { $cohort }: estoy buscando mentor o mentora para ti

# Issue 12 (wave2-edges): /help start, quotes inside quoted text
cmd-start-summary = empezar a hablar conmigo en privado (un enlace para unirte o responder la abre por ti)
error-quote-inside = Unas comillas { $quote } dentro de un texto entre comillas lo terminan antes de tiempo. Escríbelas como \{ $quote } o usa otras comillas (“…” o «…») alrededor del texto.
