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
error-text-too-long = El campo { $field } es demasiado largo: tiene { $length } y el máximo es { $max ->
    [one] un carácter
    [many] { $max } caracteres
   *[other] { $max } caracteres
}.
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
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no] [--smallest-group 5]
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
    [many] { $count } miembros
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
    [many] { $count } miembros
   *[other] { $count } miembros
}
members-line = • { $name }{ $username ->
    [none] {""}
   *[other] {" "}({ $username })
} — { $role }, { $status }
members-on-break-count = { $count ->
    [one] Un miembro más está en pausa.
    [many] { $count } miembros más están en pausa.
   *[other] { $count } miembros más están en pausa.
}
members-left-count = { $count ->
    [one] Una persona más dejó la cohorte.
    [many] { $count } personas más dejaron la cohorte.
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
    [many] { $value } personas
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
    [many] Estás en { $count } cohortes:
   *[other] Estás en { $count } cohortes:
}
mydata-membership = • <b>{ $cohort }</b>: { $role }, { $status }, desde { $joined }
mydata-profile = { "  " }idiomas: { $languages }; región: { $region }; temas: { $topics }; zona horaria: { $timezone }; cupo de mentoría: { $capacity }; busca mentoría: { $wantsMentor }; presentación: { $about }
mydata-audit = { $count ->
    [0] No hay cambios de coordinación registrados a tu nombre.
    [one] Hay un cambio de coordinación registrado a tu nombre.
    [many] Hay { $count } cambios de coordinación registrados a tu nombre.
   *[other] Hay { $count } cambios de coordinación registrados a tu nombre.
}
mydata-footer = No guardo los mensajes del chat, solo lo que respondes a los check-ins y reflexiones (arriba). /forgetme borra todo esto.
forgetme-confirm = Esto borra tu cuenta aquí, tu perfil y tu membresía en { $count ->
    [one] una cohorte
    [many] { $count } cohortes
   *[other] { $count } cohortes
}. Las acciones de coordinación que hiciste quedan registradas sin tu nombre. Esto no se puede deshacer.
forgetme-done = Listo: borré todo lo que guardaba sobre ti. Si me vuelves a escribir, empiezo de cero.

## Check-ins

cmd-checkin-summary = check-ins periódicos: verlos; la coordinación los programa
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats|digest]
cmd-checkin-list-summary = ver los calendarios de check-in de la cohorte
cmd-checkin-list-usage = /checkin list
cmd-checkin-schedule-summary = añadir un calendario de check-in en la zona horaria de la cohorte
cmd-checkin-schedule-usage = /checkin schedule semanal lun 18:00 | cada 2 semanas jue 09:30 | mensual primer mar 17:00 | cron 0 18 * * 1 [--window 2d] [--remind 6h] [--question "…"]… [--digest group|coordinators] [--inactive-after 3]
cmd-checkin-now-summary = publicar un check-in ahora
cmd-checkin-now-usage = /checkin now [número]
cmd-checkin-skip-summary = saltar el próximo check-in de un calendario
cmd-checkin-skip-usage = /checkin skip número
cmd-checkin-pause-summary = pausar un calendario
cmd-checkin-pause-usage = /checkin pause número
cmd-checkin-resume-summary = reanudar un calendario pausado
cmd-checkin-resume-usage = /checkin resume número
cmd-checkin-delete-summary = borrar un calendario y sus check-ins
cmd-checkin-delete-usage = /checkin delete número
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
checkin-error-questions = Como mucho { $max ->
    [one] una pregunta
    [many] { $max } preguntas
   *[other] { $max } preguntas
}, por favor.
checkin-error-question-length = Una pregunta puede tener como mucho { $max ->
    [one] un carácter
    [many] { $max } caracteres
   *[other] { $max } caracteres
}.
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
}, respuestas abiertas durante { $window }
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
checkin-dm-intro = Check-in de { $name }. Responde una pregunta cada vez; escribe «saltar» para saltar una.
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
    [many] { $count } personas todavía no respondieron.
   *[other] { $count } personas todavía no respondieron.
}
checkin-digest-title = <b>Resumen del check-in, { $name }</b>
checkin-digest-count = { $count ->
    [0] Nadie participó
    [one] Participó una persona
    [many] Participaron { $count } personas
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
    [many] los últimos { $count } check-ins
   *[other] los últimos { $count } check-ins
}</b>
checkin-stats-line = { $name }: { $answered }/{ $total }, racha { $streak }
checkin-stats-inactive = Faltaron a { $count ->
    [one] un check-in
    [many] { $count } check-ins
   *[other] { $count } check-ins
} o más seguidos: { $names }
checkin-error-inactive-after = «{ $value }» no es un número de check-ins de 0 a 20 (0: nunca).
checkin-nudge = ¡Hola, { $person }! Te perdiste { $count ->
    [one] el último check-in
    [many] los últimos { $count } check-ins
   *[other] los últimos { $count } check-ins
} de { $name }. Sin presión: ¿sigues en el grupo, quieres un descanso de dos semanas o prefieres salir de la cohorte?
button-nudge-in = Sigo aquí
button-nudge-pause = Un descanso de dos semanas
button-nudge-leave = Salir de la cohorte
nudge-still-in = ¡Qué bien! Nos vemos en el próximo check-in de { $name }.
nudge-left = Saliste de { $name }. /join en el grupo te trae de vuelta cuando quieras, con tu perfil tal como estaba.
mydata-checkins = { $count ->
    [0] No respondiste ningún check-in.
    [one] Tus respuestas de check-in (una):
    [many] Tus respuestas de check-in ({ $count }):
   *[other] Tus respuestas de check-in ({ $count }):
}
mydata-checkin-answer = • { $cohort }, { $date }: { $answers } (compartidas: { $shared })

## Reflections

cmd-reflect-summary = escribir una reflexión, en privado; elige quién puede leerla
cmd-reflect-usage = /reflect … [--visibility me|mentor|coordinators|cohort] [--cohort "Nombre"]
cmd-reflections-summary = ver tus reflexiones, o con “shared” las que otras personas te dejan leer (en privado)
cmd-reflections-usage = /reflections [shared] [--cohort "Nombre"]
reflect-error-not-member = Las reflexiones pertenecen a una cohorte: únete a una con /join.
reflect-error-too-long = Una reflexión puede tener como mucho { $max ->
    [one] un carácter
    [many] { $max } caracteres
   *[other] { $max } caracteres
}.
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
    [many] Tus reflexiones ({ $count }):
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
    [many] { $count } parejas
   *[other] { $count } parejas
})
pair-preview-line = • { $mentee } ← { $mentor }: { $reasons }
pair-unmatched-no-feasible-mentor = • { $mentee }: ningún mentor encaja (sin idioma común o excluido)
pair-unmatched-all-feasible-mentors-full = • { $mentee }: los mentores que encajan no tienen lugar
pair-preview-confirm = /pair confirm pregunta a estos mentores; /pair mentors de nuevo recalcula.
pair-confirmed = { $count ->
    [one] Pregunté a un mentor.
    [many] Pregunté a { $count } mentores.
   *[other] Pregunté a { $count } mentores.
} Cada uno tiene { $hours ->
    [one] una hora
    [many] { $hours } horas
   *[other] { $hours } horas
} para responder; sin respuesta, la persona se ofrece al siguiente mejor mentor.
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
    [many] las { $count } mentorías
   *[other] las { $count } mentorías
} de { $who }?
button-unpair-confirm = Terminar
unpair-done = { $count ->
    [one] Una mentoría terminó.
    [many] { $count } mentorías terminaron.
   *[other] { $count } mentorías terminaron.
}
mydata-mentorships = { $count ->
    [0] No tienes mentorías.
    [one] Tu mentoría (una):
    [many] Tus mentorías ({ $count }):
   *[other] Tus mentorías ({ $count }):
}
mydata-mentorship-mentor = • { $cohort }: mentor de { $other } ({ $status })
mydata-mentorship-mentee = • { $cohort }: acompañado por { $other } ({ $status })
cmd-pair-peers-summary = hacer ahora una ronda entre pares: parejas (un trío si el número es impar), con compañeros nuevos cuando se puede
cmd-pair-peers-usage = /pair peers
cmd-pair-rounds-summary = rondas entre pares automáticas cada pocas semanas, o apagadas; días hasta "¿se reunieron?"
cmd-pair-rounds-usage = /pair rounds [every 2w | off | follow-up 3d]
cmd-pair-stats-summary = las rondas hasta ahora: grupos, y quién dijo que se vio (te llega en privado)
cmd-pair-stats-usage = /pair stats
pair-round-title = <b>Ronda entre pares { $number } en { $name }</b>: saluden a sus compañeros y busquen un momento para hablar.
pair-round-line = • { $names }
pair-round-line-why = • { $names }: { $reasons }
pair-round-unplaced = • { $who }: esta vez nadie encaja, lo siento.
pair-round-unplaced-count = • { $count ->
    [one] Para una persona nadie encaja esta vez, lo siento.
    [many] Para { $count } personas nadie encaja esta vez, lo siento.
   *[other] Para { $count } personas nadie encaja esta vez, lo siento.
}
pair-round-unplaced-dm = Hola, { $person }. En la ronda entre pares { $number } de { $name } esta vez nadie encajó contigo, lo siento. Lo intentaré de nuevo en la próxima ronda.
pair-round-unplaced-coordinators = Ronda entre pares { $number } de { $name }: esta vez nadie encajó con { $names }. Solo la coordinación lee esto.
pair-round-follow-up = El { $when } le preguntaré a cada quien si se reunieron.
pair-round-dm = ¡Hola, { $person }! En la ronda entre pares { $number } de { $name } estás con { $others }. Salúdalos y busquen juntos un momento para hablar.
pair-met-question = ¡Hola, { $person }! ¿Te viste con { $others } (ronda entre pares { $number } de { $name })?
button-pair-met-yes = Sí
button-pair-met-no = No
button-pair-met-not-yet = Todavía no
pair-met-thanks-yes = ¡Estupendo, gracias!
pair-met-thanks-no = Gracias por decirlo. Quizá en la próxima ronda.
pair-met-thanks-not-yet = Anotado. Aún puedes responder Sí más tarde.
pair-peers-error-paused = { $name } está en pausa: no hay rondas entre pares hasta que se reanude.
pair-peers-error-too-few = Una ronda entre pares necesita al menos dos miembros activos (los que están en pausa quedan fuera).
pair-rounds-off = Las rondas entre pares están apagadas. /pair rounds every 2w las inicia; "¿se reunieron?" llega { $days ->
    [one] un día
    [many] { $days } días
   *[other] { $days } días
} después de cada ronda.
pair-rounds-on = Rondas entre pares cada { $weeks ->
    [one] semana
    [many] { $weeks } semanas
   *[other] { $weeks } semanas
}; la próxima el { $next }. "¿Se reunieron?" llega { $days ->
    [one] un día
    [many] { $days } días
   *[other] { $days } días
} después de cada ronda.
pair-rounds-set = Rondas entre pares cada { $weeks ->
    [one] semana
    [many] { $weeks } semanas
   *[other] { $weeks } semanas
}; la primera el { $next }. /pair peers hace una ahora.
pair-rounds-turned-off = Las rondas entre pares están apagadas.
pair-rounds-follow-up-set = "¿Se reunieron?" llegará { $days ->
    [one] un día
    [many] { $days } días
   *[other] { $days } días
} después de cada ronda.
pair-rounds-error-usage = Di cada cuánto: /pair rounds every 2w, /pair rounds every 1w o /pair rounds off.
pair-rounds-error-weeks = Las rondas son cada 1 a { $max ->
    [one] { $max } semana
    [many] { $max } de semanas
   *[other] { $max } semanas
}, p. ej. /pair rounds every 2w.
pair-rounds-error-days = "¿Se reunieron?" llega de 1 a { $max ->
    [one] { $max } día
    [many] { $max } de días
   *[other] { $max } días
} después de una ronda, p. ej. /pair rounds follow-up 3d.
pair-stats-none = Aún no hay rondas entre pares: /pair peers hace una.
pair-stats-title = <b>Rondas entre pares</b> ({ $count })
pair-stats-line = • Ronda { $number } ({ $date }): { $groups ->
    [one] un grupo
    [many] { $groups } grupos
   *[other] { $groups } grupos
}, { $people ->
    [one] una persona
    [many] { $people } personas
   *[other] { $people } personas
}. Se reunieron: sí { $yes }, no { $no }, todavía no { $notYet }, sin respuesta { $unanswered }
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
pair-settings = Ajustes de emparejamiento: parejas sin idioma común: { $bridging }; los mentores responden en { $hours ->
    [one] una hora
    [many] { $hours } horas
   *[other] { $hours } horas
}.
pair-settings-saved = Guardado. Parejas sin idioma común: { $bridging }; los mentores responden en { $hours ->
    [one] una hora
    [many] { $hours } horas
   *[other] { $hours } horas
}.
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
    [many] Tus rondas de pares ({ $count }):
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

## Gatherings and the follow-up loop (src/features/gatherings)
cmd-gathering-summary = encuentros de esta cohorte: anunciar, responder, informar
cmd-gathering-usage = /gathering [list|show|create|edit|cancel|report|mark|ics|feed|code|settings] [NÚMERO]
cmd-gathering-list-summary = los próximos encuentros
cmd-gathering-list-usage = /gathering list
cmd-gathering-show-summary = un encuentro, con las respuestas hasta ahora (cifras)
cmd-gathering-show-usage = /gathering show NÚMERO
cmd-gathering-create-summary = anunciar un encuentro (hora en la zona horaria de la cohorte, o --timezone)
cmd-gathering-create-usage = /gathering create "Título" --at 2027-03-14 10:00 [--until 17:00] [--place "…"] [--online https://…] [--capacity 40] [--description "…"] [--timezone Área/Ciudad]
cmd-gathering-edit-summary = cambiar un encuentro; una nueva hora mueve todos los recordatorios
cmd-gathering-edit-usage = /gathering edit NÚMERO [--title "…"] [--at 2027-03-14 10:00] [--until 17:00] [--place "…"|-] [--online URL|-] [--capacity N|-] [--description "…"|-]
cmd-gathering-cancel-summary = cancelar un encuentro (pregunta antes; se avisa a quienes respondieron)
cmd-gathering-cancel-usage = /gathering cancel NÚMERO
cmd-gathering-report-summary = respuestas, asistencia y compromisos de un encuentro (te llega en privado)
cmd-gathering-report-usage = /gathering report NÚMERO
cmd-gathering-mark-summary = marcar a alguien presente o ausente después del inicio
cmd-gathering-mark-usage = /gathering mark NÚMERO @usuario present|absent
cmd-here-summary = decir que estás en el encuentro que está ocurriendo
cmd-here-usage = /here [NÚMERO] [código]
cmd-commit-summary = decir qué vas a probar después de un encuentro (hasta 3; solo tú lo lees salvo que lo compartas)
cmd-commit-usage = /commit lo que vas a probar [--visibility me|mentor|coordinators] [--gathering NÚMERO] [--by YYYY-MM-DD] [--cohort "Nombre"]
cmd-commitments-summary = tus compromisos y cómo van
cmd-commitments-usage = /commitments
field-gathering-title = título
field-gathering-capacity = cupo
field-gathering-number = número de encuentro
field-place = lugar
field-description = descripción
field-commitment = compromiso
button-gathering-going = Voy
button-gathering-maybe = Tal vez
button-gathering-no = No voy
button-gathering-here = Estoy aquí
button-gathering-cancel-confirm = Sí, cancelarlo
button-commitment-done = Hecho
button-commitment-partly = En parte
button-commitment-not-yet = Todavía no
button-commitment-let-go = Lo dejo
gathering-card-title = <b>#{ $number } { $title }</b>
gathering-card-when = Cuándo: { $when }
gathering-card-place = Dónde: { $place }
gathering-card-online = En línea: { $url }
gathering-card-capacity = Cupo: { $capacity }
gathering-card-description = { $description }
gathering-created = Nuevo encuentro:
gathering-edited = Encuentro modificado:
gathering-rsvp-prompt = ¿Vienes? Elige una respuesta; puedes cambiarla después.
gathering-dst-gap = Esa hora no existe la noche en que se adelantan los relojes: tomé la primera hora válida después.
gathering-dst-ambiguous = Esa hora ocurre dos veces la noche en que se atrasan los relojes: tomé la primera.
gathering-counts = Van: { $going } · tal vez: { $maybe } · no van: { $no } · lista de espera: { $waitlist } · presentes: { $present }
gathering-rsvp-going = Vas a “{ $title }”: { $when }.
gathering-rsvp-maybe = Tal vez a “{ $title }”: { $when }.
gathering-rsvp-no = Anotado: no vas a “{ $title }”.
gathering-rsvp-waitlist = “{ $title }” está lleno: quedas en la lista de espera y te escribiré si se libera un lugar.
gathering-promoted = Se liberó un lugar: ahora vas a “{ $title }”, { $when }.
gathering-list-title = Próximos encuentros:
gathering-list-line = #{ $number } { $title }: { $when }
gathering-list-none = No hay encuentros próximos. Quienes coordinan anuncian uno con /gathering create.
gathering-is-cancelled = Este encuentro fue cancelado.
gathering-cancel-confirm = ¿Cancelar “{ $title }”? { $count ->
    [0] Nadie respondió todavía.
    [one] Se avisará a una persona que respondió.
    [many] Se avisará a { $count } personas que respondieron.
   *[other] Se avisará a { $count } personas que respondieron.
}
gathering-cancelled = El encuentro #{ $number } “{ $title }” está cancelado.
gathering-cancelled-dm = “{ $title }” ({ $when }) está cancelado. Disculpa el cambio de planes.
gathering-reminder = { $kind ->
    [week] En una semana:
    [day] Mañana:
   *[hour] En una hora:
} { $answer ->
    [maybe] (dijiste tal vez)
   *[going] (dijiste que vas)
}
gathering-reminder-link = “{ $title }” empieza en 10 minutos. Únete aquí: { $url }
gathering-starts-now = #{ $number } “{ $title }” está empezando. ¿Estás aquí? Presiona el botón (o escribe /here).
gathering-here-recorded = ¡Bienvenida, bienvenido! Quedas marcado como presente en “{ $title }”.
gathering-marked-present = { $name } queda presente en “{ $title }”.
gathering-marked-absent = { $name } queda ausente de “{ $title }”.
gathering-commit-ask = Gracias por venir a “{ $title }” ({ $cohort }). ¿Qué vas a probar en las próximas semanas? Escribe de una a tres cosas, cada una con /commit, por ejemplo: <code>/commit organizar un primer editatón</code>. Solo tú las lees, salvo que agregues --visibility mentor o coordinators. Te preguntaré cómo va en una semana, un mes y tres meses.
gathering-followup-week = Una semana después de “{ $title }”: ¿cómo va “{ $text }”?
gathering-followup-later = Después de “{ $title }” querías probar: “{ $text }”. ¿Lo hiciste?
commitment-answer-done = ¡Bien hecho! “{ $text }” está hecho.
commitment-answer-partly = Anotado: hecho en parte. Te volveré a preguntar más adelante.
commitment-answer-not-yet = Anotado: todavía no. Te volveré a preguntar; si algo te frena, tu mentora o mentor o alguien que coordina puede ayudarte.
commitment-answer-let-go = Anotado: dejas “{ $text }”. No te preguntaré más por eso.
commit-saved = Guardado para “{ $title }”. { $visibility ->
    [mentor] Tú y tu mentora o mentor pueden leerlo.
    [coordinators] Tú y quienes coordinan pueden leerlo.
   *[me] Solo tú puedes leerlo.
} { $left ->
    [0] Con eso son tres: te preguntaré cómo van.
    [one] Puedes agregar uno más.
    [many] Puedes agregar { $left } más.
   *[other] Puedes agregar { $left } más.
}
commit-error-no-gathering = No encontré un encuentro reciente tuyo para guardar esto. Indica uno con --gathering NÚMERO.
commit-error-too-many = Ya tienes { $max ->
    [one] { $max } compromiso
    [many] { $max } de compromisos
   *[other] { $max } compromisos
} para este encuentro: menos, con seguimiento, funcionan mejor.
commit-error-visibility = “{ $value }” no es me, mentor ni coordinators.
commitments-title = Tus compromisos:
commitments-line = • { $cohort }, “{ $title }”: { $text } ({ $status })
commitments-none = Todavía no tienes compromisos. Después de un encuentro, usa /commit para decir qué vas a probar.
gathering-error-bad-date = No entiendo “{ $value }” como fecha y hora. Escríbela así: 2027-03-14 10:00.
gathering-error-past = Esa hora ya pasó.
gathering-error-too-far = Eso es más de dos años en el futuro.
gathering-error-end-before-start = El final debe ser después del inicio.
gathering-error-too-long = Un encuentro puede durar como máximo 14 días.
gathering-error-bad-link = “{ $value }” no es un enlace web: solo se aceptan enlaces http:// y https://.
gathering-error-link-too-long = Ese enlace es demasiado largo (máximo { $max ->
    [one] { $max } carácter
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}).
gathering-error-unknown = No hay un encuentro #{ $number } en esta cohorte. /gathering list los muestra.
gathering-error-unknown-button = Este encuentro ya no existe.
gathering-error-cancelled = Este encuentro fue cancelado.
gathering-error-finished = Este encuentro ya terminó.
gathering-error-not-started = Este encuentro todavía no empezó.
gathering-error-not-now = No hay ningún encuentro ahora: “Estoy aquí” vale desde media hora antes del inicio hasta el final.
gathering-error-join-first = Solo quienes integran esta cohorte pueden responder: primero usa /join.
gathering-error-nothing-to-change = Nada que cambiar: indica al menos una --opción.
gathering-summary-intro = Cómo va el seguimiento, { $days ->
    [one] { $days } día después:
    [many] { $days } de días después:
   *[other] { $days } días después:
}
gathering-report-title = <b>#{ $number } { $title }</b>
gathering-report-commitments = Compromisos: { $count } de { $people ->
    [one] { $people } persona
    [many] { $people } de personas
   *[other] { $people } personas
} · hechos { $done } · en parte { $partly } · todavía no { $not-yet } · dejados { $let-go } · abiertos { $open }
gathering-report-shared = Compartidos con quienes coordinan:
gathering-report-shared-line = • { $name } ({ $status }): { $text }
gathering-report-person = • { $name }: { $answer }, presente: { $present }
mydata-gatherings = { $count ->
    [0] No respondiste a ningún encuentro.
    [one] Tus respuestas a encuentros (una):
    [many] Tus respuestas a encuentros ({ $count }):
   *[other] Tus respuestas a encuentros ({ $count }):
}
mydata-gathering = • { $cohort }, “{ $title }”: { $answer }, presente: { $present }
mydata-commitments = { $count ->
    [0] No hiciste compromisos.
    [one] Tus compromisos (uno):
    [many] Tus compromisos ({ $count }):
   *[other] Tus compromisos ({ $count }):
}
mydata-commitment = • { $cohort } ({ $status }, { $visibility }): { $text }
report-gatherings-title = Encuentros: respuestas, asistencia y compromisos
report-gathering-line = #{ $number } { $title }: { $going } van, { $present } presentes; { $commitments ->
    [one] { $commitments } compromiso
    [many] { $commitments } de compromisos
   *[other] { $commitments } compromisos
}: { $done } hechos, { $partly } en parte, { $open } abiertos
report-gathering-going = van
report-gathering-present = presentes
report-gathering-axis = encuentro
report-gathering-count = personas
gathering-rsvp-noted = Anotado. Te envié los detalles en privado.
gathering-moved = “{ $title }” tiene un nuevo horario: { $when }.
commitment-answer-not-yet-mentor = Anotado: todavía no. ¿Algo te frena? { $mentor }, tu mentora o mentor, puede ayudarte: con un toque le cuento lo que querías probar.
button-commitment-ask-mentor = Pedir ayuda a mi mentora o mentor
commitment-help-to-mentor = { $mentee } ({ $cohort }) está trabado con lo que quería probar después de un encuentro: “{ $text }”. ¿Puedes contactarle?
commitment-help-sent = Le avisé a { $mentor }. Se pondrá en contacto.
commitment-help-unreachable = Ahora no puedo escribirle a { $mentor } en privado: por favor, contáctale directamente.
cmd-hope-summary = antes de un encuentro, cuéntales a quienes lo organizan qué esperas aprender o en qué necesitas ayuda
cmd-hope-usage = /hope lo que esperas aprender [--gathering NÚMERO] [--cohort "Nombre"] (/hope - lo borra)
field-intention = expectativa
gathering-reminder-hope = ¿Qué esperas aprender o en qué necesitas ayuda? Cuéntaselo en privado a quienes organizan con /hope …
hope-saved = Gracias: quienes organizan “{ $title }” lo leerán (solo ellos y tú).
hope-cleared = Borrado para “{ $title }”.
hope-error-no-gathering = No encontré un próximo encuentro al que hayas respondido. Responde primero, o indícalo con --gathering NÚMERO.
hope-error-started = Ese encuentro ya empezó.
gathering-report-hopes = Lo que las personas esperan aprender:
gathering-report-hope-line = • { $name }: { $text }
mydata-gathering-hope =   lo que esperas aprender: { $text }
## Surveys (src/features/surveys)
cmd-survey-summary = encuestas: plantillas, crear, enviar, resultados, cerrar (coordinación)
cmd-survey-usage = /survey [templates|new|create|import|export|edit|show|send|poll|results|threshold|close|delete|list]
cmd-survey-templates-summary = las encuestas listas para usar: después de un encuentro, 30 días después, autoevaluación
cmd-survey-templates-usage = /survey templates
cmd-survey-create-summary = crea una encuesta a partir de una plantilla o de una definición breve (docs/surveys.md)
cmd-survey-create-usage = /survey create feedback|followup|self-assessment [--anonymous] | /survey create Título + una pregunta por línea
cmd-survey-edit-summary = cambia las preguntas de una encuesta (una versión nueva si alguien ya respondió)
cmd-survey-edit-usage = /survey edit ID + la nueva definición
cmd-survey-show-summary = vista previa de las preguntas de una encuesta (te la envío en privado)
cmd-survey-show-usage = /survey show ID
cmd-survey-send-summary = envía una encuesta a la cohorte, a cada persona en privado
cmd-survey-send-usage = /survey send ID [--to cohort|gathering:N|role:mentor] [--deadline 7d] [--remind 1d]
cmd-survey-results-summary = los resultados de una encuesta: una pregunta se muestra cuando la han respondido al menos tantas personas como el grupo más pequeño que se muestra en la cohorte (te los envío en privado)
cmd-survey-results-usage = /survey results ID [--group]
cmd-survey-close-summary = cierra una encuesta: no se aceptan más respuestas
cmd-survey-close-usage = /survey close ID
cmd-survey-list-summary = las encuestas de la cohorte
cmd-survey-list-usage = /survey list
cmd-surveys-summary = tus encuestas abiertas, para responder o cambiar tus respuestas (en privado)
cmd-surveys-usage = /surveys
button-survey-skip = Omitir
button-survey-done = Listo
button-survey-yes = Sí
button-survey-no = No
button-survey-answer = Responder «{ $title }»
button-survey-change = Cambiar mis respuestas a «{ $title }»
survey-dm-intro = <b>{ $title }</b> { $anonymous ->
    [yes] (anónima: nadie, ni siquiera la coordinación, puede ver cuáles respuestas son tuyas)
   *[no] (la coordinación ve tus respuestas; los resultados solo muestran totales de { $k ->
        [one] { $k } persona
        [many] { $k } de personas
       *[other] { $k } personas
    } o más)
}
survey-dm-question = Pregunta { $n } de { $total }:
survey-dm-text-hint = Responde con un texto breve.
survey-dm-text-hint-optional = Responde con un texto breve, o «skip» para omitirla.
survey-dm-multi-hint = Elige todas las que correspondan y luego presiona «Listo».
survey-dm-scale-hint = De { $min } a { $max }.
survey-answer-saved = Guardado.
survey-thanks = ¡Gracias por tus respuestas!
survey-done-anonymous = Tus respuestas se guardaron sin tu nombre. Ya no se pueden cambiar.
survey-done-named = Puedes cambiar tus respuestas hasta la fecha límite con /surveys.
survey-changing = Tus respuestas anteriores se conservan hasta que las reemplaces.
survey-already-answered = Ya respondiste esta encuesta.
survey-invite-group = Una encuesta breve, «{ $title }». Si no te escribí sobre ella en privado, abre { $link } para responder allí.
survey-invite-group-nolink = Una encuesta breve, «{ $title }». Si no te escribí sobre ella en privado, escríbeme allí y envía /surveys.
survey-reminder = Un recordatorio: «{ $title }» cierra en { $left ->
    [one] más o menos { $left } hora
    [many] unas { $left } de horas
   *[other] unas { $left } horas
}. Envía /surveys para responder o continuar.
survey-error-definition = Esta definición de encuesta no es válida (en { $where }). Consulta el formato en docs/surveys.md.
survey-error-json = No puedo leer este JSON.
survey-error-line = La línea { $n } no es una pregunta. Escribe «tipo: pregunta», por ejemplo «scale5: ¿Qué tan útil fue?».
survey-error-type = Línea { $n }: «{ $type }» no es un tipo de pregunta. Usa single, multi, scale5, scale10, yesno o text.
survey-error-too-long = Esta definición es demasiado larga (como máximo { $max ->
    [one] { $max } carácter
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}).
survey-error-too-many = Una encuesta tiene como máximo { $max ->
    [one] { $max } pregunta
    [many] { $max } de preguntas
   *[other] { $max } preguntas
}.
survey-error-no-template = No existe la plantilla «{ $name }». Plantillas: { $templates }.
survey-error-no-themes = La autoevaluación pregunta por los temas de la cohorte, y esta cohorte no tiene ninguno. Agrégalos con /cohort edit --themes "…".
survey-error-not-found = No hay ninguna encuesta { $id } en esta cohorte. Mira /survey list.
survey-error-not-member = No formas parte de la cohorte de esta encuesta.
survey-error-closed = Esta encuesta está cerrada.
survey-error-unknown = Esta encuesta ya no existe.
survey-error-remind = «{ $value }» no es un lapso como 1d o 12h.
survey-error-range = Responde con un número del { $min } al { $max }.
survey-error-required = Esta pregunta necesita una respuesta.
survey-error-use-buttons = Responde con los botones de la pregunta.
survey-error-answer-too-long = Esa respuesta es demasiado larga (como máximo { $max ->
    [one] { $max } carácter
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}).
survey-created = La encuesta { $number } está lista: «{ $title }», { $questions ->
    [one] una pregunta
    [many] { $questions } preguntas
   *[other] { $questions } preguntas
}, { $anonymous ->
    [yes] anónima
   *[no] con nombre
}. Revísala con /survey show { $number } y envíala con /survey send { $number }.
survey-edited = La encuesta { $number } tiene ahora la versión { $version }. Las respuestas anteriores se quedan con la versión que respondieron.
survey-sent = Encuesta { $number } enviada: { $dm } en privado, { $group } con un enlace aquí. Fecha límite: { $deadline }.
survey-closed = La encuesta { $number } está cerrada. Mira /survey results { $number }.
survey-list-title = <b>Encuestas</b>
survey-list-none = Todavía no hay encuestas. Empieza con /survey templates.
survey-list-line = { $number }. { $title } ({ $status }, { $anonymous ->
    [yes] anónima
   *[no] con nombre
})
survey-show-title = <b>Encuesta { $number }: { $title }</b> ({ $status }, { $anonymous ->
    [yes] anónima
   *[no] con nombre
})
survey-show-if = solo si { $question } = { $equals }
survey-show-optional = (opcional)
survey-show-deadline = Fecha límite: { $at }
survey-templates-title = <b>Plantillas de encuesta</b>
survey-template-line = • { $name }: { $about }
survey-templates-hint = Crea una con /survey create NOMBRE [--anonymous].
survey-results-title = <b>Resultados de la encuesta { $number }: { $title }</b> ({ $status })
survey-results-none = Todavía no hay respuestas.
survey-results-version = <b>Versión { $n }</b>
survey-results-people = { $n ->
    [one] Respondió { $n } persona.
    [many] Respondieron { $n } de personas.
   *[other] Respondieron { $n } personas.
}
survey-results-answered = { $n ->
    [one] { $n } respuesta
    [many] { $n } de respuestas
   *[other] { $n } respuestas
}
survey-results-option = { $option }: { $n } ({ $pct } %)
survey-results-scale = Promedio { $mean }, mediana { $median } (sobre { $max })
survey-results-texts-hidden = Las respuestas escritas solo las ve la coordinación.
survey-change-title = <b>Antes y después</b> (encuesta { $before } → encuesta { $after })
survey-change-paired = { $question }: { $change } en promedio, para { $n ->
    [one] { $n } persona que respondió ambas
    [many] las { $n } de personas que respondieron ambas
   *[other] las { $n } personas que respondieron ambas
}
survey-change-means = { $question }: { $before } → { $after } ({ $change })
surveys-title = <b>Tus encuestas abiertas</b>
surveys-line = • { $cohort }: { $title } ({ $state ->
    [done] respondida
    [started] empezada
   *[new] sin empezar
}, hasta el { $deadline })
surveys-none = No tienes encuestas abiertas.
survey-mydata-named = • Tus respuestas a la encuesta «{ $title }»:
survey-mydata-skipped = (omitida)
survey-mydata-anonymous = • Las respuestas que diste en encuestas anónimas se guardan sin tu nombre ni ningún identificador: no puedo saber cuáles son tuyas, así que no puedo mostrarlas ni borrarlas.
survey-report-title = Encuestas
survey-report-line = { $title }: { $people ->
    [one] respondió { $people } persona
    [many] respondieron { $people } de personas
   *[other] respondieron { $people } personas
}
survey-tpl-feedback-title = Después del encuentro
survey-tpl-feedback-about = opiniones justo después de un encuentro (5 preguntas)
survey-tpl-feedback-intro = Unas preguntas sobre el encuentro, para que el próximo sea mejor.
survey-tpl-feedback-useful = En general, ¿qué tan útil fue el encuentro para ti?
survey-tpl-feedback-best = ¿Qué te ayudó más?
survey-tpl-feedback-best-sessions = Las sesiones
survey-tpl-feedback-best-people = Conocer gente
survey-tpl-feedback-best-practice = La práctica
survey-tpl-feedback-best-materials = Los materiales
survey-tpl-feedback-again = ¿Volverías a un encuentro como este?
survey-tpl-feedback-why-not = ¿Por qué no?
survey-tpl-feedback-change = ¿Qué deberíamos cambiar la próxima vez?
survey-tpl-followup-title = 30 días después
survey-tpl-followup-about = un mes después: qué usaron las personas y qué les frenó (5 preguntas)
survey-tpl-followup-intro = Ya pasó un mes. ¿Qué usaste de lo que aprendiste?
survey-tpl-followup-used = ¿Qué has usado desde entonces?
survey-tpl-followup-used-skills = Habilidades que aprendí
survey-tpl-followup-used-tools = Herramientas que descubrí
survey-tpl-followup-used-contacts = Personas que conocí
survey-tpl-followup-used-nothing = Nada todavía
survey-tpl-followup-blocked = ¿Algo te frenó?
survey-tpl-followup-what-blocked = ¿Qué te frenó?
survey-tpl-followup-recommend = ¿Qué tan probable es que recomiendes esta cohorte a alguien?
survey-tpl-followup-else = ¿Algo más que quieras contarnos?
survey-tpl-self-assessment-title = Autoevaluación
survey-tpl-self-assessment-about = confianza del 1 al 5 en cada tema de la cohorte; úsala antes y después
survey-tpl-self-assessment-intro = ¿Qué tanta confianza sientes? 1 es nada, 5 es mucha.
survey-tpl-self-question = ¿Qué tanta confianza sientes en:
field-timezone = zona horaria
field-capacity = cupo de mentoría
field-wants-mentor = “quiere mentor”
field-stage = etapa
stage-name = { $stage ->
    [newcomer] recién llegado
    [contributor] colaborador
    [organizer] organizador
   *[experienced] experimentado
}
visibility-name = { $visibility ->
    [me] solo tú
    [mentor] tu mentor
    [coordinators] coordinación
   *[cohort] la cohorte
}
checkin-digest-answer = <i>{ $question }</i> { $answer }
checkin-digest-reflection = • { $name }: { $text }
keyword-skip = saltar, omitir, paso
keyword-weekly = semanal, semanalmente
keyword-every = cada
keyword-weeks = semanas, semana
keyword-monthly = mensual, mensualmente
keyword-first = primer, primero, primera
keyword-second = segundo, segunda
keyword-third = tercer, tercero, tercera
keyword-fourth = cuarto, cuarta
keyword-last = último, última, ultimo, ultima
keyword-ignore = {""}
## Informes y exportaciones (src/features/reports y la parte de informe de cada función)
cmd-report-summary = gráficas de la vida de la cohorte, enviadas a ti en privado; "group": un resumen para todas las personas
cmd-report-usage = /report [group|web|web revoke|threshold 8] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
cmd-export-summary = los números detrás de /report como archivos: CSV para hojas de cálculo, JSON o una página para Meta-Wiki
cmd-export-usage = /export [csv|json|wikitext] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
report-nothing = Todavía no hay nada que mostrar de { $cohort } desde el { $since }.
report-header = <b>{ $cohort }</b>: informe del { $since } al { $until }
report-group-header = <b>Cómo le va a { $cohort }</b> (desde el { $since })
report-no-images = Este chat no puede mostrar imágenes; aquí van solo los números.
report-group-posted = Publiqué el resumen en el grupo de { $cohort }.
report-error-since = "--since" necesita una fecha como 2027-01-01; "{ $value }" no lo es.
report-error-since-future = "--since { $value }" está en el futuro: aún no hay nada que informar.
report-error-what = "--what" acepta uno o varios de: { $allowed }. "{ $value }" no es uno de ellos.
report-error-word = No conozco "{ $word }" aquí. Prueba /report, /report group o /help report.
report-error-no-group = Ya no puedo llegar al grupo de esta cohorte, así que no puedo publicar allí.
export-error-format = Puedo exportar como { $allowed }; "{ $value }" no es uno de ellos.
export-sent = { $count ->
    [one] Aquí está tu exportación { $format }: un archivo.
    [many] Aquí está tu exportación { $format }: { $count } archivos.
   *[other] Aquí está tu exportación { $format }: { $count } archivos.
}
export-inline = Este chat no puede recibir archivos; aquí va el texto de cada uno para copiarlo.
report-few = menos de 5
report-members-title = Integrantes a lo largo del tiempo
report-series-joined = Se unieron
report-series-left = Se fueron
report-series-members = En la cohorte
report-members-now = Ahora: { $active } activas, { $paused } en pausa, { $left } se fueron.
report-members-period = Desde el { $since }: { $joined } se unieron, { $left } se fueron.
report-axis-month = Mes
report-axis-week = Semana
report-axis-people = Personas
report-col-status = Estado
report-col-people = Personas
report-col-answered = Respondieron
report-col-expected = Consultadas
report-col-date = Fecha
report-checkins-title = Seguimientos: quién respondió
report-axis-checkin = Seguimiento
report-axis-rate = Respondieron (%)
report-checkins-total = { $count ->
    [one] { $count } seguimiento
    [many] { $count } de seguimientos
   *[other] { $count } seguimientos
}: { $answered ->
    [one] { $answered } respuesta
    [many] { $answered } de respuestas
   *[other] { $answered } respuestas
} de { $expected } consultas ({ $rate } %).
report-checkins-line = { $date }: respondieron { $answered } de { $expected } ({ $rate } %)
report-checkins-hidden = { $date }: menos de { $k ->
    [one] { $k } persona consultada
    [many] { $k } de personas consultadas
   *[other] { $k } personas consultadas
}, no se muestra
report-checkins-count = { $count ->
    [one] Hubo { $count } seguimiento.
    [many] Hubo { $count } de seguimientos.
   *[other] Hubo { $count } seguimientos.
}
report-mentorships-title = Mentorías
report-axis-mentorships = Mentorías
report-mentorship-status = { $status ->
    [all] solicitadas
    [accepted] aceptadas
    [active] siguen activas
    [declined] rechazadas
    [timed_out] sin respuesta
   *[asked] en espera
}
report-mentorships-line = { $asked } solicitadas: { $accepted } aceptadas ({ $active } siguen activas), { $declined } rechazadas, { $timedOut } sin respuesta, { $waiting } en espera.
report-mentorships-group = { $active ->
    [one] Hay { $active } mentoría en curso.
    [many] Hay { $active } de mentorías en curso.
   *[other] Hay { $active } mentorías en curso.
}
report-peers-title = Rondas entre pares: ¿se reunieron?
report-axis-round = Ronda
report-peer-answer = { $answer ->
    [yes] se reunieron
    [not-yet] todavía no
    [no] no se reunieron
   *[none] sin respuesta
}
report-peers-line = Ronda { $number } ({ $date }): { $yes } de { $people } se reunieron ({ $rate } %), { $notYet } todavía no, { $no } no, { $silent } no respondieron.
report-peers-hidden = Ronda { $number } ({ $date }): menos de { $k ->
    [one] { $k } persona
    [many] { $k } de personas
   *[other] { $k } personas
}, no se muestra
# Issue 12 (wave2-edges): /help start, quotes inside quoted text
cmd-start-summary = empezar a hablar conmigo en privado (un enlace para unirte o responder la abre por ti)
error-quote-inside = Unas comillas { $quote } dentro de un texto entre comillas lo terminan antes de tiempo. Escríbelas como \{ $quote } o usa otras comillas (“…” o «…») alrededor del texto.
keyword-duration-minutes = minuto, minutos, min
keyword-duration-hours = hora, horas, hs
keyword-duration-days = día, días
keyword-duration-weeks = semana, semanas, sem

## w4-checkins
checkin-next-after-skip = { $next } (se salta el del { $skipped })
checkin-error-duplicate = El calendario #{ $id } ya tiene este mismo ritmo: otro publicaría cada check-in y cada resumen dos veces. Elige otra hora o mira /checkin list.
checkin-error-already-open = El check-in del calendario #{ $id } ya está abierto hasta { $closes }: las respuestas van a ese.
checkin-stats-open = Abierto ahora: calendario #{ $id }, { $answered } de { $total } respondieron hasta ahora; cierra { $closes }.
cohort-error-create-right = Solo quien administra este chat (o coordina su cohorte) puede crear una cohorte aquí.
cohort-timezone-not-given = { $source ->
    [yours] Zona horaria: { $timezone } (la tuya; no se indicó ninguna).
   *[default] Zona horaria: { $timezone } (la predeterminada; no se indicó ninguna).
} Los check-ins la siguen. Cámbiala con /cohort edit --timezone Área/Ciudad.
checkin-digest-coordinators-kept = Las respuestas compartidas quedan guardadas para la coordinación: las lee en privado con /checkin digest.
checkin-digest-coordinators-start = { $names }: todavía no puedo escribirte en privado, así que tu resumen te espera. Abre un chat privado conmigo y envía /checkin digest.
cmd-checkin-digest-summary = el último check-in tal como lo lee la coordinación: quién participó y las respuestas compartidas (te llega en privado)
cmd-checkin-digest-usage = /checkin digest
checkin-answer-updated = Tu respuesta a la pregunta { $n } quedó actualizada.
timezone-cleared = Borré tu zona horaria; las horas se muestran en { $timezone } (hora actual: { $now }).
## w4-network
cmd-network-summary = redes de cohortes: unir cohortes, compartir aprendizajes, verlas lado a lado
cmd-network-usage = /network [list|create|invite|join|leave|hub|settings|report|announce]
cmd-network-list-summary = las redes de las que forma parte esta cohorte
cmd-network-list-usage = /network list
cmd-network-create-summary = iniciar una red con esta cohorte; tú la coordinas
cmd-network-create-usage = /network create "Nombre"
cmd-network-invite-summary = un código de un solo uso para una cohorte más (te llega en privado)
cmd-network-invite-usage = /network invite ["Red"]
cmd-network-join-summary = esta cohorte se une a una red con un código (solo su coordinación)
cmd-network-join-usage = /network join CÓDIGO
cmd-network-leave-summary = esta cohorte deja una red
cmd-network-leave-usage = /network leave ["Red"]
cmd-network-hub-summary = convertir este chat en el punto de encuentro de la red, donde llega su resumen
cmd-network-hub-usage = /network hub ["Red"]
cmd-network-settings-summary = si lo que comparte esta cohorte espera la aprobación de su coordinación
cmd-network-settings-usage = /network settings [--approval on|off] [--announcements on|off] ["Red"]
cmd-network-report-summary = las cohortes de la red lado a lado (en privado)
cmd-network-report-usage = /network report ["Red"]
cmd-share-summary = ofrecer una de tus reflexiones, respuestas de seguimiento o compromisos a las redes de tu cohorte
cmd-share-usage = /share [withdraw]
cmd-share-list-summary = elegir algo para compartir
cmd-share-list-usage = /share
cmd-share-withdraw-summary = retirar algo antes de que se envíe
cmd-share-withdraw-usage = /share withdraw
field-network-name = nombre de la red
network-created = Red «{ $name }» creada con { $cohort }. Tú la coordinas. Invita a otra cohorte con <code>/network invite</code>.
network-invite-code = Código de un solo uso para «{ $name }»: <code>{ $code }</code>. Válido hasta { $until }, para una sola cohorte. Su coordinación escribe <code>/network join { $code }</code> en el grupo de la cohorte.
network-joined = { $cohort } se unió a «{ $name }». Cohortes en la red ahora: { $count }.
network-left = { $cohort } dejó «{ $name }». Lo que esta cohorte aún no había enviado no saldrá.
network-list-none = { $cohort } no está en ninguna red. Su coordinación puede iniciar una con <code>/network create "Nombre"</code> o unirse a una con un código.
network-list-title = Redes de { $cohort }:
network-list-line = • «{ $name }»: { $cohorts }; aprobación { $approval ->
    [on] activada
   *[off] desactivada
}; punto de encuentro { $hub ->
    [yes] conectado
   *[no] sin conectar
}
network-approval-set = Lo que { $cohort } comparte con «{ $name }» { $approval ->
    [on] ahora espera la aprobación de su coordinación.
   *[off] ahora sale sin aprobación.
}
network-error-none = Esta cohorte no está en ninguna red.
network-error-which = Di qué red: { $names }.
network-error-unknown-name = Aquí no hay ninguna red llamada «{ $name }». Redes: { $names }.
network-error-not-network-coordinator = Solo quienes coordinan una red pueden hacer esto, y tú no coordinas ninguna.
network-error-too-many = Una cohorte puede estar como máximo en { $max ->
    [one] { $max } red
    [many] { $max } de redes
   *[other] { $max } redes
}.
network-error-code-unknown = Este código no existe. Pide uno nuevo a la coordinación de la red.
network-error-code-used = Este código ya se usó. Cada código sirve para que se una una sola cohorte; pide uno nuevo.
network-error-code-expired = Este código ha caducado. Pide uno nuevo a la coordinación de la red.
network-error-already-in = { $cohort } ya está en «{ $name }». El código no se usó.
network-error-approval-value = Escribe <code>--approval on</code> o <code>--approval off</code>.
network-hub-attached = Este chat es ahora el punto de encuentro de «{ $name }»: aquí llegará cada semana el resumen de aprendizajes compartidos de la red.
network-hub-error-cannot-post = No puedo publicar en ese chat, así que no se convirtió en el punto de encuentro de «{ $name }». Déjame publicar allí e inténtalo de nuevo.
network-digest-title = De la red «{ $name }»: lo que sus miembros eligieron compartir ({ $count })
network-digest-language = <b>En { $language }</b>
network-digest-item = • { $text } ({ $cohort })
network-digest-item-named = • { $text } ({ $cohort }, { $author })
network-share-title = ¿Qué quieres ofrecer a las redes de tu cohorte? Nada sale si no lo eliges.
network-share-item = { $n }. { $kind ->
    [reflection] Reflexión
    [checkin] Respuesta de seguimiento
   *[commitment] Compromiso
} ({ $cohort }): { $text }
network-share-button = Compartir { $n }
network-share-outcome = { $text } — { $status ->
    [done] hecho
    [partly] hecho en parte
    [not-yet] todavía no
   *[let-go] lo dejé
}
network-share-confirm = Ofreces esto a { $networks }:
    { $text }
    ¿Debe el resumen mostrar tu nombre?
network-share-with-name = Compartir con mi nombre
network-share-without-name = Compartir sin mi nombre
network-share-cancel = Cancelar
network-share-cancelled = No se compartió nada.
network-share-done = Compartido con { $networks }. Sale en el próximo resumen; <code>/share withdraw</code> lo retira hasta entonces.
network-share-pending = Ofrecido a { $networks }. Primero lo aprueba la coordinación de tu cohorte; <code>/share withdraw</code> lo retira.
network-share-error-no-network = Ninguna de tus cohortes está en una red, así que no hay con quién compartir.
network-share-error-nothing = Todavía no tienes reflexiones, respuestas de seguimiento ni resultados de compromisos para compartir.
network-share-error-gone = Eso ya no es tuyo para compartir (o ya no existe).
network-share-error-already = Ya ofreciste esto a estas redes.
network-approve-ask = Alguien de { $cohort } quiere compartir esto con la red «{ $network }»:
    { $text }
network-approve-yes = Aprobar
network-approve-no = Rechazar
network-approve-done = Aprobado: sale en el próximo resumen.
network-decline-done = Rechazado: no saldrá.
network-approve-already = Otra persona de la coordinación ya decidió, o quien lo escribió lo retiró.
network-approve-not-coordinator = Solo la coordinación de esa cohorte puede decidir.
network-withdraw-item = { $n }. { $text }
network-withdraw-button = Retirar { $n }
network-report-title = «{ $name }», los últimos 30 días (cohortes: { $count })
network-report-line = • { $cohort }: { $members ->
    [one] { $members } miembro
    [many] { $members } de miembros
   *[other] { $members } miembros
}, { $active } respondieron a un seguimiento, { $checkins ->
    [yes] respuesta { $rate } %
   *[no] sin seguimientos
}
network-report-line-small = • { $cohort }: menos de 5 miembros, no se muestra
network-report-error-one = «{ $name }» tiene una sola cohorte: aún no hay nada que comparar. Invita a otra con <code>/network invite</code>.
mydata-network-shares = Lo que compartiste con redes ({ $count }):
mydata-network-share = • «{ $network }» ({ $status ->
    [pending] espera aprobación
    [approved] espera el resumen
    [declined] rechazado
    [withdrawn] retirado
   *[sent] enviado
}, { $named ->
    [yes] con tu nombre
   *[no] sin tu nombre
}): { $text }
mydata-network-coordinator = Coordinas las redes { $names }.
cmd-network-announce-summary = anunciar un mensaje al grupo de cada cohorte de la red
cmd-network-announce-usage = /network announce TEXTO [--network "Red"]
field-announcement = anuncio
network-error-announcements-value = Escribe <code>--announcements on</code> o <code>--announcements off</code>.
network-announcements-set = Los anuncios de la red { $announcements ->
    [on] ahora llegan a { $cohort }.
   *[off] ya no llegan a { $cohort }.
} («{ $name }»)
network-announcement = <b>De la red «{ $name }»</b>
    { $text }
network-announce-sent = Anuncio de «{ $name }» en cola para grupos de cohortes: { $sent }; sin envío (no lo quieren o no se puede): { $skipped }.
## w4-surveys
survey-k-too-few = Menos de { $k ->
    [one] { $k } respuesta
    [many] { $k } de respuestas
   *[other] { $k } respuestas
}: no se muestra.
survey-k-too-few-people = Respondieron menos de { $k ->
    [one] { $k } persona
    [many] { $k } de personas
   *[other] { $k } personas
}: no se muestra nada, para que nadie pueda ser identificado.
survey-k-change-too-few = { $question }: menos de { $k ->
    [one] { $k } respuesta
    [many] { $k } de respuestas
   *[other] { $k } respuestas
}, no se muestra
survey-k-few = menos de { $k }
survey-error-audience-to = No puedo enviar a “{ $value }”. Usa --to cohort, --to gathering:NÚMERO o --to role:mentor (o role:member, role:coordinator).
survey-error-no-gathering = No hay ningún encuentro { $id } en esta cohorte.
survey-error-nobody = Ninguna persona activa coincide con “{ $value }”: no se envió nada.
survey-chart-before = antes
survey-chart-after = después
survey-chart-change-title = Autoevaluación, antes y después
survey-chart-means-title = Escalas de las encuestas: respuesta media
survey-chart-theme = Tema
survey-chart-question = Pregunta
survey-chart-mean = Media
survey-error-format = “{ $value }” no es un formato: usa --format json o --format text.
survey-error-export-text = Esta encuesta tiene textos en varios idiomas o un texto de apertura: solo se puede exportar como JSON.
survey-exported = Encuesta { $number }, para pegar en /survey import:
survey-exported-file = La encuesta { $number } está en el archivo de arriba; pega su contenido en /survey import.
button-survey-delete = Eliminar
survey-delete-confirm =
    { $answers ->
        [one] ¿Eliminar la encuesta { $number } “{ $title }” con su única respuesta? No se puede deshacer.
        [many] ¿Eliminar la encuesta { $number } “{ $title }” con sus { $answers } respuestas? No se puede deshacer.
       *[other] ¿Eliminar la encuesta { $number } “{ $title }” con sus { $answers } respuestas? No se puede deshacer.
    }
survey-delete-cancelled = No se eliminó nada.
survey-deleted = La encuesta { $number } “{ $title }” y sus respuestas se eliminaron.
survey-error-summary-too-few = Respondieron menos de { $k ->
    [one] { $k } persona
    [many] { $k } de personas
   *[other] { $k } personas
}: no se publicó nada en el grupo.
survey-summary-title = <b>Resultados de la encuesta: { $title }</b> ({ $n ->
    [one] { $n } respuesta
    [many] { $n } de respuestas
   *[other] { $n } respuestas
})
survey-summary-posted = El resumen de la encuesta { $number } está publicado en el grupo (sin respuestas escritas, solo resultados de suficientes personas).
survey-poll-anonymous-note = Anónima: el bot cuenta la respuesta sin guardar quién la dio. Una respuesta por persona.
survey-poll-counted = Contada, de forma anónima.
survey-new-title-ask = Una encuesta nueva. ¿Cuál es su título? (responde, hasta { $max ->
    [one] { $max } carácter
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}; “cancel” detiene)
survey-new-menu = <b>{ $title }</b>: { $count ->
    [one] { $count } pregunta
    [many] { $count } de preguntas
   *[other] { $count } preguntas
}, { $anonymous ->
    [yes] anónima
   *[no] con nombre
}. ¿Y ahora?
button-survey-new-add = Añadir una pregunta
button-survey-new-anonymous = Hacerla anónima
button-survey-new-named = Hacerla con nombre
button-survey-new-preview = Vista previa
button-survey-new-save = Guardar
survey-new-type-ask = ¿Qué tipo de pregunta?
button-survey-type-single = Una opción
button-survey-type-multi = Varias opciones
button-survey-type-scale5 = Escala 1–5
button-survey-type-scale10 = Escala 0–10
button-survey-type-yesno = Sí / no
button-survey-type-text = Respuesta escrita
survey-new-text-ask = Pregunta { $n }: escríbela (responde, hasta { $max ->
    [one] { $max } carácter
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}).
survey-new-options-ask = Escribe las opciones, una por línea o separadas por |, de 2 a { $max }.
survey-new-required-ask = ¿Hay que responderla obligatoriamente?
button-survey-new-required = Obligatoria
button-survey-new-optional = Opcional
survey-new-condition-ask = ¿Preguntarla siempre, o solo tras una respuesta? Para una condición responde como q2=no (la pregunta 2 respondida “no”).
button-survey-new-always = Siempre
survey-new-added = Pregunta { $n } añadida.
survey-new-no-questions = Todavía no hay preguntas.
survey-new-cancelled = La encuesta nueva se descartó; no se guardó nada.
survey-new-error-full = Una encuesta tiene como máximo { $max ->
    [one] { $max } pregunta
    [many] { $max } de preguntas
   *[other] { $max } preguntas
}.
survey-new-error-text = Escribe de 1 a { $max ->
    [one] { $max } carácter
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}, por favor.
survey-new-error-options = Da de 2 a { $max ->
    [one] { $max } opción
    [many] { $max } de opciones
   *[other] { $max } opciones
}, cada una de hasta { $len ->
    [one] { $len } carácter
    [many] { $len } de caracteres
   *[other] { $len } caracteres
}.
survey-new-error-condition = Escribe la condición como qN=respuesta, con N una pregunta anterior (1 a { $max }).
survey-new-error-empty = Añade al menos una pregunta antes de guardar.
cmd-survey-new-summary = escribir una encuesta paso a paso, en privado (pregunta, tipo, opciones, condición, vista previa)
cmd-survey-new-usage = /survey new
cmd-survey-import-summary = crear una encuesta a partir de JSON pegado o del formato de texto corto (docs/surveys.md)
cmd-survey-import-usage = /survey import [--anonymous] + JSON o Título + una pregunta por línea
cmd-survey-export-summary = la definición de una encuesta, para guardarla o importarla en otro lugar (te la envío en privado)
cmd-survey-export-usage = /survey export ID [--format json|text]
cmd-survey-delete-summary = eliminar una encuesta y sus respuestas (pregunta antes)
cmd-survey-delete-usage = /survey delete ID
cmd-survey-poll-summary = una sola pregunta como encuesta rápida en el grupo
cmd-survey-poll-usage = /survey poll "¿Pregunta?" "A" "B" [--anonymous] [--deadline 2d]
cmd-survey-threshold-summary = nombre antiguo de /cohort edit --smallest-group: cuántas personas necesita un resultado para mostrarse (3 o más; 5 por defecto)
cmd-survey-threshold-usage = /survey threshold [NÚMERO]
## w4-gatherings
cmd-gathering-ics-summary = el archivo de calendario de un encuentro, enviado en privado
cmd-gathering-ics-usage = /gathering ics NÚMERO
cmd-gathering-feed-summary = el enlace de suscripción al calendario de la cohorte (en privado); reset crea uno nuevo y anula el anterior
cmd-gathering-feed-usage = /gathering feed [reset]
cmd-gathering-code-summary = fija el código de sala que hace falta para «Estoy aquí» (te lo muestro en privado)
cmd-gathering-code-usage = /gathering code NÚMERO [código|-]
cmd-gathering-settings-summary = cuándo salen los recordatorios y cuándo pregunta el seguimiento
cmd-gathering-settings-usage = /gathering settings [--reminders 7d,1d,1h] [--steps 1,7,30,90]
gathering-settings = Recordatorios antes de un encuentro: { $reminders }. Seguimiento, en días después: { $steps } (el primero pregunta qué van a probar).
gathering-settings-saved = Guardado. Recordatorios antes de un encuentro: { $reminders }. Seguimiento, en días después: { $steps }.
gathering-settings-error-reminders = «{ $value }» no es una lista de recordatorios: escribe hasta { $max ->
    [one] { $max } plazo
    [many] { $max } de plazos
   *[other] { $max } plazos
} antes del inicio, como 7d,1d,1h (de 15m a 60d), o - para ninguno.
gathering-settings-error-steps = «{ $value }» no es una secuencia de seguimiento: escribe de 2 a { $max ->
    [one] { $max } día
    [many] { $max } de días
   *[other] { $max } días
} después del encuentro, en orden creciente, como 1,7,30,90.
gathering-reminder-in = Dentro de { $span }: { $answer ->
    [maybe] (dijiste quizás)
   *[going] (dijiste que vas)
}
gathering-commit-ask-days = Gracias por venir a “{ $title }” ({ $cohort }). ¿Qué vas a probar en las próximas semanas? Escribe de una a tres cosas, cada una con /commit, por ejemplo: <code>/commit organizar un primer editatón --by 2027-05-01</code>. Solo tú las lees, salvo que añadas --visibility mentor o coordinators. Te preguntaré cómo va { $days ->
    [one] { $days } día después del encuentro.
    [many] { $days } de días después del encuentro.
   *[other] { $days } días después del encuentro.
}
gathering-followup-target = Tu fecha objetivo: { $date }.
commit-error-bad-date = «{ $value }» no es una fecha: escríbela como 2027-04-30.
commit-error-date-past = { $value } ya pasó: indica un día de hoy en adelante.
commit-error-date-too-far = { $value } está a más de un año: elige un paso más cercano.
commit-saved-target = Fecha objetivo: { $date }.
commitment-target = (para el { $date })
commitment-status-word = { $status ->
    [done] hecho
    [partly] hecho en parte
    [not-yet] todavía no
    [let-go] dejado de lado
   *[open] abierto
}
commitment-visibility-word = { $visibility ->
    [mentor] tú y tu mentora o mentor
    [coordinators] tú y la coordinación
   *[me] solo tú
}
gathering-answer-word = { $answer ->
    [going] voy
    [maybe] quizás
    [no] no voy
   *[waitlist] en lista de espera
}
gathering-present-word = { $present ->
    [yes] sí
   *[no] no
}
commitment-answer-not-yet-peer = Anotado: todavía no. ¿Algo te frena? { $peer } también trabaja en «{ $topic }»: con un toque le cuento lo que querías probar y le pido que te contacte.
button-commitment-ask-peer = Pedir ayuda a { $peer }
commitment-help-to-peer = { $mentee } ({ $cohort }) está trabado con lo que quería probar después de un encuentro: “{ $text }”. Ambos trabajan en «{ $topic }»: ¿puedes contactarle?
gathering-ics-join = Unirse en línea: { $url }
gathering-ics-caption = “{ $title }” para tu calendario
gathering-ics-sent = Te envié “{ $title }” para tu calendario en privado.
gathering-ics-unreachable = No puedo enviarte un archivo en privado: abre un chat privado conmigo (envía /start allí) y vuelve a intentarlo.
gathering-feed = El calendario de la cohorte: suscríbete a <code>{ $webcal }</code> (o { $https }) en tu aplicación de calendario. Los encuentros, cambios y cancelaciones aparecen solos. Compártelo solo con miembros: quien tenga el enlace lee los encuentros. /gathering feed reset crea un enlace nuevo y anula este.
gathering-feed-reset = Nuevo enlace del calendario: <code>{ $webcal }</code> (o { $https }). El anterior ya no funciona; quienes se suscribieron necesitan el nuevo.
gathering-feed-no-url = El bot no tiene una dirección pública configurada (PUBLIC_URL), así que no puedo dar un enlace de calendario. Pregunta a quien lo opera; mientras tanto /gathering ics NÚMERO envía un encuentro como archivo.
gathering-code-error-format = «{ $value }» no puede ser un código de sala: de 3 a 12 letras o cifras.
gathering-code-set = Código de sala para #{ $number } “{ $title }”: <b>{ $code }</b>. Anúncialo en la sala; cada persona se marca presente con /here { $code } (mejor en privado conmigo). /gathering code { $number } - lo quita.
gathering-code-cleared = «Estoy aquí» para #{ $number } “{ $title }” ya no necesita código.
gathering-here-needs-code = Este encuentro tiene un código de sala, anunciado en la sala: envía /here { $number } CÓDIGO (mejor en privado conmigo).
gathering-error-wrong-code = Ese no es el código de sala. Compruébalo con quienes organizan en la sala.
## w4-pairing
pair-confirmed-requests = Mentores consultados: { $mentors }. Solicitudes enviadas: { $requests }. Cada mentor tiene { $hours } h para responder; sin respuesta, la persona se ofrece al siguiente mentor más adecuado.
pair-by-hand-in-group = Emparejar a dos personas a mano funciona en el grupo de la cohorte: envía allí /pair @mentor @aprendiz.
pair-mine-no-cohort = Todavía no estás en ninguna cohorte. Únete a una en su grupo con /join.
pair-mine-cohort = <b>{ $name }</b>
pair-intro-time-one-zone = • { $when } ({ $zone })
pair-intro-reach = Escribe directamente a { $other }: toca su nombre.
pair-intro-times-both = Algunos horarios para reuniros, dentro de las horas de vigilia de ambos:
pair-ended-unpaired = { $person }, una persona coordinadora terminó tu mentoría con { $other } en { $name }.
pair-ended-left = { $person }, { $other } dejó { $name }, así que vuestra mentoría ha terminado.
pair-ended-away = { $person }, { $other } estará fuera de { $name } un tiempo, así que vuestra mentoría ha terminado.
pair-ended-next-mentor = Estoy preguntando al siguiente mentor más adecuado para ti; te avisaré cuando alguien acepte.
mydata-someone-who-left = alguien que se fue
pair-reason-language-unknown = sin idioma indicado
person-pick = Hay más de un miembro llamado «{ $who }». ¿A quién te refieres?
pair-ask-open-private = <a href="{ $link }">Abre un chat privado conmigo</a> y estas solicitudes te llegarán allí.
pair-ended-you-left = { $person }, dejaste { $name }, así que tu mentoría con { $other } ha terminado.
pair-ended-you-away = { $person }, estarás fuera de { $name } un tiempo, así que tu mentoría con { $other } ha terminado; se le ofrece otro mentor.
## w4-reports
cmd-audit-summary = quién hizo qué en la cohorte (roles, parejas, exportaciones, encuestas), enviado en privado
cmd-audit-usage = /audit [--since 2027-01-01]
audit-empty = Todavía no hay nada en el registro de auditoría de { $cohort }.
audit-header = <b>Registro de auditoría de { $cohort }</b>: { $count ->
    [one] la última entrada
    [many] las últimas { $count } de entradas, las más recientes primero
   *[other] las últimas { $count } entradas, las más recientes primero
} (solo identificadores y ajustes).
audit-error-word = /audit solo acepta --since 2027-01-01; aquí no conozco «{ $word }».
report-web-not-set-up = La página de informes no está configurada en este bot: el operador debe definir PUBLIC_URL (docs/configuration.md).
report-web-link = Tu página privada de informes de { $cohort } (válida { $hours } h). No la compartas: quien tenga el enlace puede leer la página hasta que caduque. /report web revoke anula todos los enlaces.
report-web-revoked = Ningún enlace a la página de informes de { $cohort } entregado hasta ahora funciona ya.
report-web-title = Informe: { $cohort }
report-web-downloads = Descargas
report-web-audit = Registro de auditoría
report-web-audit-when = Cuándo
report-web-audit-who = Quién
report-web-audit-action = Acción
report-web-audit-details = Detalles
report-web-expires = Este enlace funciona hasta el { $at }.
network-hub-error-not-admin = Solo quien administra este chat puede convertirlo en el punto de encuentro de una red.
## lead: nudge fallback
checkin-nudge-group = { $person }, tengo una pregunta para ti sobre la cohorte. No puedo escribirte primero: abre { $link } y pulsa Iniciar para leerla.
checkin-nudge-group-private = { $person }, tengo una pregunta para ti sobre la cohorte. Escríbeme en privado para leerla.
## w5-gatherings
gathering-code-error-digits = «{ $value }» solo tiene cifras, y /here lo leería como el número de un encuentro. Elige un código de sala con al menos una letra, o envía /gathering code { $number } y me invento uno.
## w5-nethub
network-offer-ask = ¿Ofrecer esto a la red { $networks }? { $kind ->
    [reflection] Tu reflexión
    [checkin] Tu respuesta de seguimiento
   *[commitment] Cómo te fue con tu compromiso
}:
    { $text }
    No se envía nada a menos que lo elijas aquí (o más tarde con <code>/share</code>).
network-offer-no = Esto no
network-digest-theme-language = <b>{ $themes } · en { $language }</b>
network-report-gatherings = { "  " }encuentros: { $gatherings }, compromisos: { $commitments }, cumplidos: { $done }, en parte: { $partly } ({ $rate } % cumplidos)
network-report-chart-title = «{ $name }»: respuesta a los seguimientos y compromisos cumplidos por cohorte
network-report-axis-response = Respuesta a los seguimientos
network-report-axis-followups = Compromisos cumplidos
cmd-network-export-summary = los números de la red en archivos, a partir de las exportaciones de las cohortes (enviados en privado)
cmd-network-export-usage = /network export [csv|json|wikitext] ["Red"]
network-hub-channel-code = Para que un canal de Telegram sea el punto de encuentro de «{ $name }»: añádeme al canal como administrador con permiso para publicar y publica esto allí antes de una hora:
    <code>/network hub { $code }</code>
    Lo confirmaré en el canal, quitaré esa publicación y te avisaré aquí. Para un grupo o una sala de Matrix, ejecuta <code>/network hub</code> dentro de ellos.
network-hub-channel-done = El canal { $channel } es ahora el punto de encuentro de «{ $name }».
network-hub-channel-bad-code = Este código es desconocido, ya se usó o caducó. Quien coordina la red obtiene uno nuevo enviándome <code>/network hub</code> en privado.
network-space-created = Creé el espacio de Matrix «{ $name }» y te invité; salas de cohortes dentro: { $count }. Las salas de las cohortes que entren o salgan de la red se añaden o se quitan.
network-space-synced = El espacio de «{ $name }» vuelve a estar al día; salas de cohortes dentro: { $count }.
network-space-error-platform = Los espacios son cosa de Matrix: ejecuta esto en Matrix. En Telegram, usa un grupo o un canal como punto de encuentro (<code>/network hub</code>).
cmd-network-space-summary = un espacio de Matrix con las salas de las cohortes de la red, siempre al día
cmd-network-space-usage = /network space ["Red"]
## w5-surveys
button-survey-back = « Atrás
survey-back-first = Esta es la primera pregunta: no hay una respuesta anterior que cambiar.
survey-dm-your-answer = Tu respuesta hasta ahora: { $answer }
survey-back-none = No hay ninguna pregunta de encuesta esperándote. /surveys muestra tus encuestas abiertas.
survey-dm-back-hint = Para cambiar tu respuesta anterior, escribe «atrás».
smallest-group-is = El grupo más pequeño que se muestra en la cohorte es de { $count ->
    [one] { $count } persona
    [many] { $count } de personas
   *[other] { $count } personas
}: los resultados de encuestas, y los informes y resúmenes fuera de la vista privada de la coordinación, no muestran recuentos, porcentajes ni medias de menos personas.
smallest-group-set = A partir de ahora, los recuentos, porcentajes y medias necesitan al menos { $count ->
    [one] { $count } persona
    [many] { $count } de personas
   *[other] { $count } personas
} detrás para mostrarse (encuestas, informes, resúmenes).
smallest-group-moved = Ahora es un único ajuste de la cohorte para encuestas, informes y todo recuento: /cohort edit --smallest-group NÚMERO (de 3 a 100; 5 si no se cambia).
smallest-group-error = El grupo más pequeño que se muestra es un número entero del { $min } al { $max }; «{ $value }» no lo es.
cohort-card-smallest-group = Grupo más pequeño que se muestra: { $count ->
    [one] { $count } persona
    [many] { $count } de personas
   *[other] { $count } personas
} (los recuentos de menos no se muestran).
survey-status-word = { $status ->
    [draft] sin enviar
    [closed] cerrada
   *[open] abierta
}
## w5-netmatch
cmd-network-meet-summary = conocer a alguien de otra cohorte de la red (sí o no; respuesta en privado)
cmd-network-meet-usage = /network meet [on|off] ["Red"]
cmd-network-round-summary = presentar a los miembros inscritos a alguien de otra cohorte (coordinadores de la red)
cmd-network-round-usage = /network round [every 2w|off] ["Red"]
network-meet-status-title = Conocer a personas de otras cohortes:
network-meet-status-line = • «{ $network }» (a través de { $cohort }): { $state ->
    [on] sí
   *[off] no
  }
network-meet-explain = Cuando un coordinador de la red inicia una ronda, se te presenta en privado a alguien de otra cohorte, de preferencia con un idioma y un tema en común. Esa persona ve tu nombre, tu cohorte y cómo contactarte (tu @usuario de Telegram o tu ID de Matrix); tú ves los suyos.
network-meet-button-on = Sí, preséntame
network-meet-button-off = No, parar
network-meet-on = Se te presentará a alguien de otra cohorte en { $networks }. Esa persona verá tu nombre, tu cohorte y cómo contactarte. <code>/network meet off</code> lo detiene.
network-meet-off = Ya no se te presentará a nadie en { $networks }.
network-meet-off-already = No estabas inscrito/a para conocer a gente allí.
network-meet-error-paused = Estás en pausa en esa cohorte: vuelve primero y luego inscríbete.
network-meet-error-no-network = Ninguna de tus cohortes de aquí está en una red.
network-round-error-one = «{ $name }» tiene una sola cohorte: aún no hay nadie de otra cohorte a quien conocer.
network-round-error-few = Menos de dos miembros de «{ $name }» se inscribieron con <code>/network meet on</code>, así que no hay ronda.
network-round-done = Ronda { $number } de «{ $name }»: { $groups ->
    [one] { $groups } presentación
    [many] { $groups } de presentaciones
   *[other] { $groups } presentaciones
} para { $people ->
    [one] { $people } persona
    [many] { $people } de personas
   *[other] { $people } personas
}. Sin nadie esta vez: { $unplaced }. Grupos con dos personas de una misma cohorte (nadie más encajaba): { $same }. No se les pudo escribir en privado: { $unreached }.
network-meet-intro = { $person }, en la red «{ $network }» vas a conocer a { $group ->
    [pair] alguien
   *[triad] dos personas
  } de otra cohorte:
network-meet-intro-other = • { $name } ({ $cohort })
network-meet-intro-other-elsewhere = • { $name } ({ $cohort }), en { $platform }: { $reach }
network-meet-intro-other-writes = • { $name } ({ $cohort }), en { $platform }: tiene tu contacto y te escribirá primero.
network-meet-intro-common = En común: { $common }.
network-meet-common-languages = habláis { $languages }
network-meet-common-topics = interés en { $topics }
network-meet-common-none = ningún idioma ni tema indicado; saluda y a ver
network-meet-intro-next = Escribíos y acordad un momento: basta una llamada o unos pocos mensajes.
network-meet-nobody = { $person }, en esta ronda nadie de otra cohorte de «{ $network }» encajaba contigo. Sigues inscrito/a para la próxima.
mydata-network-meet = Redes donde conoces a personas de otras cohortes ({ $count }):
mydata-network-meet-on = • «{ $network }», a través de { $cohort }, desde { $since }
mydata-network-meet-round = • «{ $network }», ronda { $number } ({ $when }): conociste a { $others }
## w5-reports2
report-chart-too-few = Gráfico: aún no hay nada que mostrar. Aparece cuando incluye a { $min } personas o más.
export-file-too-large = { $file } no se envió: con { $size } MB supera lo que admite este chat ({ $limit } MB). Descárgalo desde tu página del informe: /report web

## w5-gqa
gathering-report-people = La respuesta y la asistencia de cada persona:
gathering-ics-hint = Para tu calendario: /gathering ics { $number }
button-gathering-keep = No, mantenerlo
gathering-kept = No cambia nada: “{ $title }” sigue en pie.
report-gathering-line-let-go = #{ $number } { $title }: { $going } van, { $present } presentes; { $commitments ->
    [one] { $commitments } compromiso
    [many] { $commitments } de compromisos
   *[other] { $commitments } compromisos
}: { $done } hechos, { $partly } en parte, { $letgo } dejados, { $open } abiertos

## w5-spolish
# Words that take a survey question back to the previous one when typed (English is accepted too).
keyword-back = atrás, volver
survey-closed-unfinished = La encuesta «{ $title }» se cerró antes de que terminaras, así que esta respuesta no se guardó.
survey-error-json-type = Pregunta { $n }: «{ $type }» no es un tipo de pregunta. Usa single, multi, scale5, scale10, yesno o text.
survey-error-too-many-options = La pregunta { $n } tiene demasiadas opciones (como máximo { $max }).
survey-error-question-too-long = Pregunta { $n }: su texto o una de sus opciones es demasiado largo (como máximo { $max ->
    [one] { $max } carácter
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}).
survey-error-title-too-long = El título, el texto de apertura o el de agradecimiento es demasiado largo (como máximo { $max ->
    [one] { $max } carácter
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}).
survey-error-send-poll = La encuesta { $number } es una votación rápida en el grupo: se responde allí, no se envía en privado. /survey results { $number } muestra sus resultados.

## w6-netment
network-report-mentorships = { "  " }mentorías: { $active } en curso; pedidas: { $asked }, aceptadas: { $accepted }

## w3-net-web
cmd-network-page-summary = un enlace a la página web de lo compartido en la red (enviado en privado; revoke anula todos los enlaces)
cmd-network-page-usage = /network page [revoke] ["Red"]
network-page-link = La página web de lo compartido en «{ $name }» (válida { $hours } h). Muestra lo que los miembros eligieron compartir, con nombres solo donde lo aceptaron; quien tenga el enlace puede leerla hasta que caduque. <code>/network page revoke</code> anula todos los enlaces.
network-page-revoked = Ningún enlace a la página de «{ $name }» dado hasta ahora funciona ya. <code>/network page</code> da uno nuevo.
network-page-not-set-up = La página de la red no está configurada en este bot: el operador define PUBLIC_URL (docs/configuration.md).
network-page-title = Compartido en la red «{ $name }»
network-page-intro = Aprendizajes que los miembros de { $cohorts ->
    [one] su cohorte
    [many] sus { $cohorts } cohortes
   *[other] sus { $cohorts } cohortes
} eligieron compartir, por tema e idioma. Lo que su autor retiró ya no aparece aquí.
network-page-nothing = Todavía no se ha compartido nada.
network-page-expires = Este enlace funciona hasta el { $at }.
network-page-refused-title = Este enlace no funciona
network-page-refused = El enlace caducó, fue revocado, fue modificado o es de otra página. Un coordinador de la red obtiene uno nuevo con /network page.
network-withdraw-title-any = Lo que compartiste. Retirar algo lo deja fuera de los próximos resúmenes y lo quita de la página de la red (un resumen ya publicado se queda):
network-withdraw-done-any = Retirado: no volverá a salir y ya no está en la página de la red.
network-withdraw-none-any = No tienes nada compartido que retirar.
mydata-network-page = Lo aprobado, enviado o no, también está en la página web de cada red, para quien tenga su enlace, hasta que lo retires (<code>/share withdraw</code>).
network-round-rhythm-usage = Di cada cuánto: <code>/network round every 2w</code> (de 1 a 12 semanas) o <code>/network round off</code>.
network-round-rhythm-weeks = Las rondas son cada 1 a { $max ->
    [one] { $max } semana
    [many] { $max } de semanas
   *[other] { $max } semanas
}, p. ej. <code>/network round every 2w</code>.
network-round-rhythm-set = Las rondas entre cohortes de «{ $name }» ahora llegan solas { $weeks ->
    [one] cada semana
    [many] cada { $weeks } semanas
   *[other] cada { $weeks } semanas
}; la primera el { $next }. <code>/network round off</code> las detiene.
network-round-rhythm-off = Las rondas entre cohortes de «{ $name }» ya no llegan solas; <code>/network round</code> sigue iniciando una.
network-round-rhythm-skipped = Esta vez no hay ronda entre cohortes de «{ $name }»: hacen falta dos cohortes y al menos dos miembros inscritos con <code>/network meet on</code>.
network-round-rhythm-note = Esta ronda llegó sola ({ $weeks ->
    [one] cada semana
    [many] cada { $weeks } semanas
   *[other] cada { $weeks } semanas
}); la próxima el { $next }.
## w3-net-e2e
network-meet-intro-you-write = No tienes un nombre de usuario público en { $platform }, así que { $name } no puede escribirte: escribe tú primero, por favor.
## w3-edges-pair
pair-ended-group = { $person }, tu mentoría en { $name } ha terminado.
pair-open-private = <a href="{ $link }">Abre un chat privado conmigo</a> y las noticias como esta te llegarán allí.
## w3-edges-tg
timezone-every-cohort = Tienes una sola zona horaria en todas tus cohortes: --cohort no la cambia solo para una.
