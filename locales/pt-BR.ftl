# cohort-bot — português do Brasil.
# Mensagens em marcação: <b>, <i>, <code>, <a href="…">. As variáveis são escapadas pelo bot.
# Toda chave de en.ftl precisa existir aqui: um teste falha se faltar alguma.

language-name = Português (Brasil)

## Palavras comuns

value-none = —
value-yes = sim
value-no = não
cancelled = Cancelado. Nada foi alterado.
done = Pronto.
usage-line = Uso: <code>{ $usage }</code>
role-name = { $role ->
    [mentor] mentor
    [coordinator] coordenador
   *[member] membro
}
status-name = { $status ->
    [paused] em pausa
    [left] saiu
    [archived] arquivada
   *[active] ativo
}
field-cohort-name = nome da turma
field-languages = idiomas
field-region = região
field-themes = temas
field-topics = tópicos
field-about = texto “sobre mim”
button-cancel = Cancelar
button-archive-confirm = Sim, arquivar
button-forget-confirm = Sim, apagar meus dados

## Erros

error-internal = Desculpe, algo deu errado do meu lado. Tente de novo em um minuto.
error-unknown-command = Não conheço o comando { $command }. Envie /help para ver o que posso fazer.
error-unknown-command-suggest = Não conheço o comando { $command }. Você quis dizer { $suggestion }?
error-unknown-subcommand = “{ $sub }” não é algo que este comando faz.
error-unknown-subcommand-suggest = “{ $sub }” não é algo que este comando faz. Você quis dizer “{ $suggestion }”?
error-missing-subcommand = Este comando precisa de uma palavra dizendo o que fazer.
error-unclosed-quote = Há uma aspa sem fechar: adicione { $quote } no final do texto.
error-unknown-flag = Não conheço a opção { $flag }.
error-flag-needs-value = A opção { $flag } precisa de um valor, como { $flag }=valor.
error-missing-argument = Está faltando algo aqui ({ $argument }).
error-unexpected-words = Eu não esperava “{ $words }” aqui.
error-nothing-to-change = Diga o que mudar, com pelo menos uma opção.
error-group-only = { $command } funciona em um grupo, onde está a turma.
error-no-cohort-here = Ainda não há turma neste chat. Um administrador do grupo pode criar uma com <code>/cohort create "Nome"</code>.
error-not-member = Só membros desta turma podem fazer isso. Envie /join para entrar.
error-needs-role = Só um { $role } desta turma pode fazer isso.
error-text-empty = O campo { $field } não tem nenhum caractere visível.
error-text-too-long = Longo demais: o campo { $field } pode ter no máximo { $max ->
    [one] { $max } caractere
    [many] { $max } caracteres
   *[other] { $max } caracteres
} (este tem { $length }).
error-too-many-items = { $field } demais: no máximo { $max }.
error-bad-timezone = “{ $value }” não é um fuso horário que eu conheça. Use um nome como America/Sao_Paulo, Africa/Maputo ou Europe/Lisbon.
error-bad-language = “{ $value }” não é um código de idioma. Use códigos como pt-BR, en, es ou ar.
error-unsupported-language = Ainda não falo “{ $value }”. Eu falo: { $available }.
error-bad-until = “{ $value }” não é uma data nem uma duração. Use uma data como 2026-12-24, ou 12h, 3d, 2w.
error-until-past = { $value } já passou.
error-until-too-far = { $value } está a mais de um ano daqui.
error-bad-number = O campo { $field } deve ser um número inteiro de { $min } a { $max } (não “{ $value }”).
error-bad-yes-no = Responda { $field } com sim ou não (não “{ $value }”).
error-bad-role = “{ $value }” não é um papel. Os papéis são member, mentor e coordinator.
error-bad-profile-field = “{ $value }” não é um campo do perfil. Campos: { $fields }.
error-unknown-person = Ainda não conheço { $who }. Passo a conhecer as pessoas quando elas escrevem em um chat onde estou.
error-not-in-cohort = { $name } não é membro desta turma.
error-cohort-exists = Este chat já tem uma turma: { $name }. Arquive-a primeiro para começar outra.
error-cohort-archived = A turma { $name } está arquivada.
error-unknown-cohort = Você não está em uma turma chamada “{ $value }”. Suas turmas: { $cohorts }.
private-not-understood = Eu respondo a comandos. Envie /help para vê-los.

## Botões

action-stale = Este botão não é mais válido.
action-not-yours = Este botão é para outra pessoa.

## /help

cmd-help-summary = o que posso fazer aqui
cmd-help-usage = /help [comando]
help-title-group = <b>Comandos que você pode usar neste grupo</b>
help-title-private = <b>Comandos que você pode usar aqui</b>
help-line = { $usage } — { $summary }
help-footer = Envie <code>/help comando</code> para saber mais sobre um deles.
help-where-group = Funciona em um grupo.
help-where-private = Funciona em um chat privado comigo.

## /start

start-welcome = Olá, { $name }! Eu organizo turmas de aprendizagem entre pares: check-ins, mentoria, reflexões. Envie /help para ver o que você pode fazer, ou abra o link de convite de uma turma.
start-joined = Boas-vindas à { $name }! Conte sobre você ao seu mentor e à coordenação, aqui no privado, com <code>/profile set about …</code>. Envie /help para ver mais.
start-bad-link = Este link de convite não é mais válido. Peça um novo à coordenação.

## /cohort

cmd-cohort-summary = ver a turma deste chat; a coordenação cria e administra
cmd-cohort-usage = /cohort [show|create|edit|pause|resume|archive]
cmd-cohort-show-summary = mostrar a turma
cmd-cohort-show-usage = /cohort
cmd-cohort-create-summary = criar a turma deste chat ou tópico
cmd-cohort-create-usage = /cohort create "Nome" [--languages pt-BR,en] [--region "…"] [--themes "a, b"] [--timezone Região/Cidade] [--language pt-BR]
cmd-cohort-edit-summary = mudar o nome, o contexto ou as configurações da turma
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no]
cmd-cohort-pause-summary = pausar a turma, se quiser até uma data
cmd-cohort-pause-usage = /cohort pause [--until 2026-12-24|2w]
cmd-cohort-resume-summary = retomar uma turma pausada
cmd-cohort-resume-usage = /cohort resume
cmd-cohort-archive-summary = arquivar a turma (pede confirmação)
cmd-cohort-archive-usage = /cohort archive
cohort-none-yet = Ainda não há turma neste chat. Um administrador do grupo pode criar uma com <code>/cohort create "Nome"</code>.
cohort-created = Turma <b>{ $name }</b> criada. Os membros entram com /join ou pelo link abaixo.
cohort-edited = Alterado: { $fields }.
cohort-card-title = <b>{ $name }</b>
cohort-card-status = Situação: { $status }
cohort-card-status-until = Situação: { $status } até { $until }
cohort-card-languages = Idiomas: { $languages }
cohort-card-region = Região: { $region }
cohort-card-themes = Temas: { $themes }
cohort-card-timezone = Fuso horário: { $timezone }
cohort-card-language = O bot fala: { $language }
cohort-card-members = { $count ->
    [one] { $count } membro
    [many] { $count } membros
   *[other] { $count } membros
}
cohort-card-names-in-group-on = No grupo, eu digo o nome de quem não respondeu, de quem está em pausa e de quem ficou sem par.
cohort-card-names-in-group-off = No grupo, eu só conto, sem nomes, quem não respondeu, está em pausa ou ficou sem par; a coordenação recebe os nomes no privado.
cohort-card-join-link = Link de convite: <a href="{ $link }">{ $link }</a>
cohort-paused = { $name } está em pausa. Nada fica agendado até /cohort resume.
cohort-paused-until = { $name } está em pausa até { $until }.
cohort-already-paused = A turma já está em pausa.
cohort-not-paused = A turma não está em pausa.
cohort-resumed = { $name } está ativa de novo.
cohort-resumed-auto = A pausa acabou: { $name } está ativa de novo.
cohort-archive-confirm = Arquivar <b>{ $name }</b>? Os membros continuam no chat, mas a turma para e uma nova pode ser criada aqui.
cohort-archived = { $name } foi arquivada.
bot-added = Olá! Eu organizo turmas de aprendizagem entre pares. Um administrador do grupo pode começar uma com <code>/cohort create "Nome"</code>; envie /help para ver mais.
room-encrypted = Esta sala tem criptografia de ponta a ponta e eu ainda não consigo ler mensagens criptografadas, então os comandos aqui ficam sem resposta. Use uma sala sem criptografia para a turma, ou peça a quem me administra para ativar o suporte a criptografia.
bot-added-with-cohort = Olá de novo! A turma { $name } continua aqui. Envie /help para ver o que posso fazer.

## Membros

cmd-join-summary = entrar na turma deste chat
cmd-join-usage = /join
cmd-leave-summary = sair da turma deste chat
cmd-leave-usage = /leave
cmd-members-summary = listar os membros da turma
cmd-members-usage = /members [--all]
cmd-role-summary = dar um papel a alguém
cmd-role-usage = /role @pessoa member|mentor|coordinator
join-welcome = Boas-vindas à { $name }, { $person }!
join-welcome-dm = Boas-vindas à { $name }! Conte sobre você ao seu mentor e à coordenação, aqui no privado, com <code>/profile set about …</code>. Envie /help para ver mais.
join-already = Você já é membro de { $name }.
join-in-private = Para entrar em uma turma, envie /join no grupo dela ou abra o link de convite.
leave-done = Você saiu de { $name }. Seu perfil fica guardado caso você volte; /forgetme apaga tudo.
leave-not-member = Você não é membro de { $name }.
cmd-pause-summary = fazer uma pausa: nenhum check-in ou par chega até você até ela acabar
cmd-pause-usage = /pause [--until 2026-12-24|2w] (no privado: [--cohort "Nome"])
cmd-resume-summary = encerrar sua pausa antes
cmd-resume-usage = /resume (no privado: [--cohort "Nome"])
pause-done-until = Você está em pausa de { $name } até { $until }: nenhum check-in, lembrete ou par chega até você. /resume encerra a pausa antes.
resume-done = Que bom ter você de volta em { $name }: os check-ins voltam a chegar até você.
resume-not-paused = Você não está em pausa de { $name }.
pause-ended-dm = Sua pausa de { $name } acabou: os check-ins voltam a chegar até você. /pause começa outra.
members-title = <b>{ $name }</b>: { $count ->
    [one] { $count } membro
    [many] { $count } membros
   *[other] { $count } membros
}
members-line = • { $name }{ $username ->
    [none] {""}
   *[other] {" "}({ $username })
} — { $role }, { $status }
members-on-break-count = { $count ->
    [one] Mais { $count } membro está em pausa.
    [many] Mais { $count } membros estão em pausa.
   *[other] Mais { $count } membros estão em pausa.
}
members-left-count = { $count ->
    [one] Mais { $count } pessoa saiu da turma.
    [many] Mais { $count } pessoas saíram da turma.
   *[other] Mais { $count } pessoas saíram da turma.
}
members-names-sent-privately = Enviei a lista completa para você no privado.
members-names-not-in-group = Os nomes não aparecem no grupo (/cohort edit --names-in-group yes faz com que apareçam).
members-none = { $name } ainda não tem membros.
role-set = { $name } agora é { $role }.
role-admin-note = { $name } é administrador deste chat e continua na coordenação daqui enquanto for administrador.
role-admin-granted-note = { $name } também é administrador deste chat. O papel concedido mantém a pessoa na coordenação se ela deixar de ser administradora; <code>/role @pessoa member</code> retira o papel.
members-coordinator = { $source ->
    [admin] coordenador (administrador do chat)
    [both] coordenador (administrador do chat, e também com /role)
   *[granted] coordenador (concedido com /role)
}
members-roles-note = Os administradores do chat fazem parte da coordenação enquanto forem administradores. Um papel dado com /role vale até que <code>/role @pessoa member</code> o retire.
role-unchanged = { $name } já é { $role }.

## /profile

cmd-profile-summary = ver ou mudar seu perfil
cmd-profile-usage = /profile [show|set|clear]
cmd-profile-show-summary = mostrar seu perfil (coordenação: o de alguém, enviado no privado)
cmd-profile-show-usage = /profile [show] [@pessoa] [--cohort "Nome"]
cmd-profile-set-summary = definir um campo: languages, region, topics, timezone, capacity, wants-mentor, stage; no privado também preferences e about
cmd-profile-set-usage = /profile set campo valor [--cohort "Nome"]
cmd-profile-clear-summary = apagar um campo
cmd-profile-clear-usage = /profile clear campo [--cohort "Nome"]
profile-title = <b>{ $name }</b> em { $cohort } — { $role }, { $status }
profile-languages = Idiomas: { $value }
profile-region = Região: { $value }
profile-topics = Tópicos: { $value }
profile-timezone = Fuso horário: { $value }
profile-capacity = Pode mentorar: { $value ->
    [0] não
    [one] { $value } pessoa
    [many] { $value } pessoas
   *[other] { $value } pessoas
}
profile-wants-mentor = Quer um mentor: { $value }
profile-about = Sobre: { $value }
profile-updated = Salvei seu campo { $field } para { $cohorts }.
profile-cleared = Apaguei seu campo { $field } para { $cohorts }.
profile-no-cohorts = Você ainda não está em nenhuma turma. Entre em uma com /join no grupo dela, ou pelo link de convite.

## /language e /timezone

cmd-language-summary = escolher o idioma em que escrevo para você
cmd-language-usage = /language [código]
cmd-timezone-summary = ver ou definir seu fuso horário
cmd-timezone-usage = /timezone [Região/Cidade]
language-current = Escrevo para você em { $language }. Escolha outro:
language-set = A partir de agora escrevo para você em { $language }.
language-group-note = Neste grupo continuo falando o idioma da turma.
timezone-current = Seu fuso horário: { $timezone } (agora são { $now }).
timezone-set = Seu fuso horário agora é { $timezone } (agora são { $now }).

## /mydata e /forgetme

cmd-mydata-summary = tudo o que guardo sobre você
cmd-mydata-usage = /mydata
cmd-forgetme-summary = apagar tudo o que guardo sobre você
cmd-forgetme-usage = /forgetme
mydata-title = <b>O que guardo sobre você</b>
mydata-account = Nome: { $name } (usuário: { $username }), { $platform } id { $id }
mydata-settings = Idioma: { $language } (seu aplicativo diz: { $hint }), fuso horário: { $timezone }
mydata-since = Conhecido desde { $date }
mydata-memberships = { $count ->
    [0] Você não está em nenhuma turma.
    [one] Você está em { $count } turma:
    [many] Você está em { $count } turmas:
   *[other] Você está em { $count } turmas:
}
mydata-membership = • <b>{ $cohort }</b>: { $role }, { $status }, desde { $joined }
mydata-profile = { "  " }idiomas { $languages }; região { $region }; tópicos { $topics }; fuso horário { $timezone }; pode mentorar { $capacity }; quer um mentor { $wantsMentor }; sobre: { $about }
mydata-audit = { $count ->
    [0] Você não fez nenhuma alteração de coordenação.
    [one] { $count } alteração de coordenação está registrada em seu nome.
    [many] { $count } alterações de coordenação estão registradas em seu nome.
   *[other] { $count } alterações de coordenação estão registradas em seu nome.
}
mydata-footer = Não guardo mensagens do chat, só o que você responde nos check-ins e nas reflexões (listado acima). /forgetme apaga tudo isso.
forgetme-confirm = Isto apaga sua conta aqui, seu perfil e sua participação em { $count ->
    [one] { $count } turma
    [many] { $count } turmas
   *[other] { $count } turmas
}. As ações de coordenação que você fez continuam registradas sem o seu nome. Não dá para desfazer.
forgetme-done = Pronto: apaguei tudo o que eu guardava sobre você. Se você me escrever de novo, começo do zero.

## Check-ins

cmd-checkin-summary = check-ins regulares: veja-os; a coordenação agenda
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats]
cmd-checkin-list-summary = listar os agendamentos de check-in desta turma
cmd-checkin-list-usage = /checkin list
cmd-checkin-schedule-summary = adicionar um agendamento de check-in no fuso horário da turma
cmd-checkin-schedule-usage = /checkin schedule semanal seg 18:00 | a cada 2 semanas qui 09:30 | mensal primeira ter 17:00 | cron 0 18 * * 1 [--window 2d] [--remind 6h] [--question "…"]… [--digest group|coordinators] [--inactive-after 3]
cmd-checkin-now-summary = publicar um check-in agora
cmd-checkin-now-usage = /checkin now [número]
cmd-checkin-skip-summary = pular o próximo check-in de um agendamento
cmd-checkin-skip-usage = /checkin skip número
cmd-checkin-pause-summary = pausar um agendamento
cmd-checkin-pause-usage = /checkin pause número
cmd-checkin-resume-summary = retomar um agendamento pausado
cmd-checkin-resume-usage = /checkin resume número
cmd-checkin-delete-summary = apagar um agendamento e seus check-ins
cmd-checkin-delete-usage = /checkin delete número
checkin-question-1 = O que você fez desde o último check-in?
checkin-question-2 = No que você vai trabalhar agora?
checkin-question-3 = Algo está travando você, ou alguém pode ajudar?
checkin-error-pattern = Não consigo ler “{ $pattern }” como agendamento. Tente: semanal seg 18:00, a cada 2 semanas qui 09:30, mensal primeira ter 17:00, ou cron 0 18 * * 1.
checkin-error-weekday = “{ $word }” não é um dia da semana (seg, ter, qua, qui, sex, sáb, dom).
checkin-error-time = “{ $word }” não é um horário (de 00:00 a 23:59).
checkin-error-nth = “{ $word }” não é primeira, segunda, terceira, quarta ou última.
checkin-error-every = “{ $word }” semanas: escolha de 1 a 8.
checkin-error-cron = “{ $field }” não é um campo cron válido (minuto hora dia mês dia-da-semana).
checkin-error-never = Esse agendamento nunca acontece (essa data não existe).
checkin-error-too-often = Os check-ins podem acontecer no máximo uma vez por hora.
checkin-error-span = { $flag } “{ $value }” não é uma duração entre 10m e 14d (como 90m, 6h, 2d).
checkin-error-remind-window = O lembrete precisa vir antes de as respostas fecharem: deixe --remind menor que --window.
checkin-error-window-overlap = A janela de respostas é maior que o intervalo entre dois check-ins: diminua --window.
checkin-error-digest = “{ $value }” não é group nem coordinators.
checkin-error-questions = No máximo { $max ->
    [one] { $max } pergunta
    [many] { $max } perguntas
   *[other] { $max } perguntas
}, por favor.
checkin-error-question-length = Uma pergunta pode ter no máximo { $max ->
    [one] { $max } caractere
    [many] { $max } caracteres
   *[other] { $max } caracteres
}.
checkin-error-no-schedule = Não há agendamento de check-in “{ $id }” aqui. /checkin list mostra os que existem.
checkin-error-not-active = O agendamento nº { $id } está pausado: não há próximo check-in para pular.
checkin-error-already-paused = O agendamento nº { $id } já está pausado.
checkin-error-not-paused = O agendamento nº { $id } não está pausado.
checkin-error-not-member = Só membros desta turma podem responder aos check-ins dela. Primeiro /join.
checkin-error-closed = Este check-in está fechado: as respostas não são mais aceitas.
checkin-error-on-break = Você está em pausa desta turma, então os check-ins não contam você. Primeiro /resume para responder.
checkin-none-yet = Ainda não há check-ins agendados aqui. Coordenação: /checkin schedule semanal seg 18:00
checkin-scheduled = O agendamento de check-in nº { $id } está criado.
checkin-list-title = <b>Agendamentos de check-in</b>
checkin-schedule-line = nº { $id }: { $pattern } ({ $timezone }), { $status ->
    [paused] pausado
   *[other] próximo { $next }
}, respostas abertas por { $window ->
    [one] { $window } hora
    [many] { $window } horas
   *[other] { $window } horas
}
checkin-skipped = O check-in do agendamento nº { $id } em { $when } será pulado.
checkin-paused = O agendamento nº { $id } está pausado.
checkin-resumed = O agendamento nº { $id } voltou a funcionar; próximo check-in { $next }.
checkin-delete-confirm = Apagar o agendamento nº { $id } ({ $pattern }) com seus check-ins e respostas? Não dá para desfazer.
checkin-deleted = O agendamento nº { $id } foi apagado.
button-checkin-delete-confirm = Apagar
button-checkin-private = Responder no privado
button-checkin-share = Compartilhar com a turma
button-checkin-keep-private = Manter privado
checkin-prompt = <b>Hora do check-in, { $name }!</b> As respostas ficam abertas até { $closes }.
checkin-prompt-how = Responda a esta mensagem para responder aqui (uma linha por pergunta), ou responda no privado.
checkin-private-started = Escrevi para você no privado.
checkin-dm-first = Não consigo escrever para você primeiro: abra um chat privado comigo e depois toque no botão de novo.
checkin-dm-link = { $person }, não consigo escrever para você primeiro. Abra { $link } e toque em Iniciar: suas respostas começam lá.
checkin-dm-first-link = Não consigo escrever para você primeiro: use o link que publiquei.
checkin-dm-intro = Check-in de { $name }. Responda uma pergunta por vez; escreva “pular” para pular uma.
checkin-dm-question = ({ $n }/{ $total }) { $question }
checkin-dm-done = Obrigado! Você respondeu { $answered } de { $total }. Compartilhar suas respostas no resumo?
checkin-will-share = Suas respostas vão aparecer no resumo.
checkin-kept-private = Suas respostas ficam privadas: o resumo só conta você.
checkin-reflect-offer = Quer escrever uma breve reflexão sobre o que aprendeu? Só você vai ler, a menos que escolha outra coisa.
button-reflect-write = Escrever uma reflexão
button-reflect-not-now = Agora não
checkin-reflect-ask = Escreva sua reflexão na próxima mensagem (ou “pular”).
checkin-reflect-later = Tudo bem. Quando quiser: /reflect seguido de algumas linhas.
button-visibility-mentor = Compartilhar com meu mentor
button-visibility-coordinators = Compartilhar com a coordenação
button-visibility-cohort = Compartilhar com a turma
checkin-answer-saved = Obrigado, sua resposta foi registrada.
checkin-reminder-dm = O check-in de { $name } fecha em breve e ainda não tenho sua resposta.
checkin-reminder-group = O check-in fecha em breve; ainda faltam: { $names }.
checkin-reminder-group-count = O check-in fecha em breve; { $count ->
    [one] { $count } pessoa ainda não respondeu.
    [many] { $count } pessoas ainda não responderam.
   *[other] { $count } pessoas ainda não responderam.
}
checkin-digest-title = <b>Resumo do check-in, { $name }</b>
checkin-digest-count = { $count ->
    [0] Ninguém participou
    [one] { $count } pessoa participou
    [many] { $count } pessoas participaram
   *[other] { $count } pessoas participaram
} (de { $total }).
checkin-digest-who = Obrigado a { $names }.
checkin-digest-coordinators-only = As respostas vão só para a coordenação.
checkin-digest-reflections = <b>Reflexões compartilhadas</b>
cmd-checkin-stats-summary = quem participou dos últimos check-ins e quem sumiu (enviado no privado)
cmd-checkin-stats-usage = /checkin stats
checkin-stats-none = Nenhum check-in fechou ainda.
checkin-stats-title = <b>Participação { $count ->
    [one] no último check-in
    [many] nos últimos { $count } check-ins
   *[other] nos últimos { $count } check-ins
}</b>
checkin-stats-line = { $name }: { $answered }/{ $total }, sequência { $streak }
checkin-stats-inactive = Faltaram a { $count ->
    [one] { $count } check-in
    [many] { $count } check-ins
   *[other] { $count } check-ins
} ou mais seguidos: { $names }
checkin-error-inactive-after = “{ $value }” não é um número de check-ins de 0 a 20 (0: nunca).
checkin-nudge = Olá, { $person }! Você perdeu { $count ->
    [one] o último check-in
    [many] os últimos { $count } check-ins
   *[other] os últimos { $count } check-ins
} de { $name }. Sem pressão: você continua com a gente, quer uma pausa de duas semanas ou prefere sair da turma?
button-nudge-in = Continuo aqui
button-nudge-pause = Uma pausa de duas semanas
button-nudge-leave = Sair da turma
nudge-still-in = Que bom! Até o próximo check-in de { $name }.
nudge-left = Você saiu de { $name }. /join no grupo traz você de volta quando quiser, com seu perfil como estava.
mydata-checkins = { $count ->
    [0] Você não respondeu a nenhum check-in.
    [one] Suas respostas de check-in ({ $count }):
    [many] Suas respostas de check-in ({ $count }):
   *[other] Suas respostas de check-in ({ $count }):
}
mydata-checkin-answer = • { $cohort }, { $date }: { $answers } (compartilhado: { $shared })

## Reflexões

cmd-reflect-summary = escrever uma reflexão, no privado; escolher quem pode ler
cmd-reflect-usage = /reflect … [--visibility me|mentor|coordinators|cohort] [--cohort "Nome"]
cmd-reflections-summary = listar suas reflexões, ou com “shared” as que outras pessoas deixam você ler (no privado)
cmd-reflections-usage = /reflections [shared] [--cohort "Nome"]
reflect-error-not-member = As reflexões pertencem a uma turma: entre em uma com /join primeiro.
reflect-error-too-long = Uma reflexão pode ter no máximo { $max ->
    [one] { $max } caractere
    [many] { $max } caracteres
   *[other] { $max } caracteres
}.
reflect-error-visibility = “{ $value }” não é me, mentor, coordinators nem cohort.
reflect-saved = Salva em { $cohort }. { $visibility ->
    [me] Só você pode ler.
    [mentor] Você e seu mentor podem ler.
    [coordinators] Você e a coordenação podem ler.
   *[cohort] A turma pode ler, e ela aparece no próximo resumo.
}
reflections-title = <b>Suas reflexões</b>
reflections-none = Você ainda não escreveu nenhuma reflexão. /reflect … escreve uma.
reflections-line = { $date }, { $cohort } ({ $visibility }): { $text }
reflections-shared-title = <b>Reflexões compartilhadas com você</b> (últimos 90 dias)
reflections-shared-none = Ninguém compartilhou uma reflexão com você nos últimos 90 dias.
reflections-shared-line = { $date }, { $cohort }, { $name } ({ $visibility }): { $text }
mydata-reflections = { $count ->
    [0] Você não escreveu reflexões.
    [one] Suas reflexões ({ $count }):
    [many] Suas reflexões ({ $count }):
   *[other] Suas reflexões ({ $count }):
}
mydata-reflection = • { $cohort }, { $date } ({ $visibility }): { $text }

## Pares

cmd-pair-summary = seu mentor ou seus mentorados; a coordenação forma os pares de mentoria
cmd-pair-usage = /pair [mentors|confirm] | /pair @mentor @mentorado
cmd-pair-show-summary = seu mentor ou seus mentorados (coordenação: /pair @mentor @mentorado forma um par à mão)
cmd-pair-show-usage = /pair | /pair @mentor @mentorado
cmd-pair-mentors-summary = prévia do melhor mentor para cada membro que quer um, e por quê (enviada no privado)
cmd-pair-mentors-usage = /pair mentors
cmd-pair-confirm-summary = convidar os mentores da prévia
cmd-pair-confirm-usage = /pair confirm
cmd-unpair-summary = encerrar as mentorias de alguém (pede confirmação)
cmd-unpair-usage = /unpair @pessoa
pair-reason-shared-language = os dois falam { $values }
pair-reason-language-bridging = sem idioma em comum (permitido pela coordenação)
pair-reason-same-region = os dois em { $values }
pair-reason-shared-topics = tópicos: { $values }
pair-reason-timezone-overlap = { $values } horas acordados em comum
pair-reason-timezone-unknown = fuso horário desconhecido
pair-reason-stage-fit = etapas compatíveis ({ $values })
pair-reason-stage-mismatch = etapas distantes ({ $values })
pair-reason-shared-preference = uma preferência em comum
pair-reason-repeat = já formaram par antes ({ $values })
pair-reason-none = nenhum motivo forte além da disponibilidade
pair-preview-title = <b>Mentores propostos</b> ({ $count ->
    [one] { $count } par
    [many] { $count } pares
   *[other] { $count } pares
})
pair-preview-line = • { $mentee } ← { $mentor }: { $reasons }
pair-unmatched-no-feasible-mentor = • { $mentee }: nenhum mentor combina (sem idioma em comum, ou excluído)
pair-unmatched-all-feasible-mentors-full = • { $mentee }: os mentores que combinam não têm mais vaga
pair-preview-confirm = /pair confirm convida esses mentores; /pair mentors recalcula.
pair-confirmed = { $count ->
    [one] Convidei { $count } mentor.
    [many] Convidei { $count } mentores.
   *[other] Convidei { $count } mentores.
} Cada um tem { $hours ->
    [one] { $hours } hora
    [many] { $hours } horas
   *[other] { $hours } horas
} para responder; sem resposta, a pessoa mentorada é oferecida ao próximo melhor mentor.
pair-asked-one = Convidei { $mentor } para mentorar { $mentee }.
pair-ask = Olá, { $mentor }! Você aceitaria mentorar { $mentee } em { $name }?
pair-why = Por que você: { $reasons }.
pair-about = Sobre a pessoa: { $about }
pair-ask-deadline = Responda até { $when }, por favor.
button-pair-accept = Aceitar
button-pair-decline = Recusar
pair-answer-late = Este convite não está mais aberto.
pair-accepted-toast = Obrigado! Apresentei vocês um ao outro.
pair-declined-thanks = Obrigado por avisar. Vou convidar outra pessoa.
pair-no-next-mentor = Nenhum outro mentor está livre para { $mentee } em { $name } agora. Use /pair mentors de novo quando alguém tiver vaga.
pair-intro-mentee = { $person }, conheça seu mentor { $other } em { $name }!
pair-intro-mentor = { $person }, conheça seu mentorado { $other } em { $name }!
pair-intro-times = Alguns horários para se encontrarem (18:00 para quem é mentorado):
pair-intro-time = • { $mentee } ({ $menteeZone }) = { $mentor } ({ $mentorZone })
pair-mine-mentor = Seu mentor: { $other } ({ $status ->
    [asked] convidado, aguardando resposta
   *[other] confirmado
})
pair-mine-mentee = Seu mentorado: { $other } ({ $status ->
    [asked] aguardando sua resposta
   *[other] confirmado
})
pair-mine-none = Você ainda não tem mentor nem mentorado nesta turma. Quer um? /profile set wants-mentor yes
pair-error-two-people = Diga o nome de duas pessoas: /pair @mentor @mentorado
pair-error-self = Ninguém pode ser mentor de si mesmo.
pair-error-has-mentor = { $mentee } já tem mentor (ou há um convite em andamento). Primeiro /unpair { $mentee }.
pair-error-no-mentors = Ninguém nesta turma se ofereceu para mentorar ainda: os membros se oferecem com /profile set capacity 2.
pair-error-no-mentees = Ninguém está esperando mentor: os membros pedem com /profile set wants-mentor yes.
pair-error-no-preview = Não há prévia para confirmar: /pair mentors cria uma.
pair-error-not-paired = { $who } não tem mentor nem mentorado.
unpair-confirm = Encerrar { $count ->
    [one] a mentoria
    [many] as { $count } mentorias
   *[other] as { $count } mentorias
} de { $who }?
button-unpair-confirm = Encerrar
unpair-done = { $count ->
    [one] { $count } mentoria encerrada.
    [many] { $count } mentorias encerradas.
   *[other] { $count } mentorias encerradas.
}
mydata-mentorships = { $count ->
    [0] Você não tem mentorias.
    [one] Sua mentoria ({ $count }):
    [many] Suas mentorias ({ $count }):
   *[other] Suas mentorias ({ $count }):
}
mydata-mentorship-mentor = • { $cohort }: mentor de { $other } ({ $status })
mydata-mentorship-mentee = • { $cohort }: mentorado por { $other } ({ $status })
cmd-pair-peers-summary = fazer uma rodada entre pares agora: duplas (um trio se o número for ímpar), com parceiros novos quando possível
cmd-pair-peers-usage = /pair peers
cmd-pair-rounds-summary = rodadas entre pares automáticas a cada poucas semanas, ou desligadas; dias até “vocês se encontraram?”
cmd-pair-rounds-usage = /pair rounds [every 2w | off | follow-up 3d]
cmd-pair-stats-summary = as rodadas entre pares até agora: grupos e quem disse que se encontrou (enviado no privado)
cmd-pair-stats-usage = /pair stats
pair-round-title = <b>Rodada entre pares nº { $number } em { $name }</b>: cumprimente seus parceiros e combinem um horário para conversar.
pair-round-line = • { $names }
pair-round-line-why = • { $names }: { $reasons }
pair-round-unplaced = • { $who }: ninguém combinou desta vez, desculpe.
pair-round-unplaced-count = • { $count ->
    [one] Para { $count } pessoa ninguém combinou desta vez, desculpe.
    [many] Para { $count } pessoas ninguém combinou desta vez, desculpe.
   *[other] Para { $count } pessoas ninguém combinou desta vez, desculpe.
}
pair-round-unplaced-dm = Olá, { $person }. Na rodada entre pares nº { $number } de { $name }, ninguém combinou com você desta vez, desculpe. Vou tentar de novo na próxima rodada.
pair-round-unplaced-coordinators = Rodada entre pares nº { $number } de { $name }: ninguém combinou com { $names } desta vez. Só a coordenação lê isto.
pair-round-follow-up = Em { $when } vou perguntar a cada um se vocês se encontraram.
pair-round-dm = Olá, { $person }! Na rodada entre pares nº { $number } de { $name }, você está com { $others }. Diga oi e combinem um horário para conversar.
pair-met-question = Olá, { $person }! Você se encontrou com { $others } (rodada entre pares nº { $number } de { $name })?
button-pair-met-yes = Sim
button-pair-met-no = Não
button-pair-met-not-yet = Ainda não
pair-met-thanks-yes = Que ótimo, obrigado!
pair-met-thanks-no = Obrigado por avisar. Quem sabe na próxima rodada.
pair-met-thanks-not-yet = Anotado. Você ainda pode responder Sim depois.
pair-peers-error-paused = { $name } está em pausa: nada de rodadas entre pares até retomar.
pair-peers-error-too-few = Uma rodada entre pares precisa de pelo menos dois membros ativos (quem está em pausa fica de fora).
pair-rounds-off = As rodadas entre pares estão desligadas. /pair rounds every 2w liga; “vocês se encontraram?” chega { $days ->
    [one] { $days } dia
    [many] { $days } dias
   *[other] { $days } dias
} depois de cada rodada.
pair-rounds-on = Rodadas entre pares { $weeks ->
    [one] toda semana
    [many] a cada { $weeks } semanas
   *[other] a cada { $weeks } semanas
}; a próxima em { $next }. “Vocês se encontraram?” chega { $days ->
    [one] { $days } dia
    [many] { $days } dias
   *[other] { $days } dias
} depois de cada rodada.
pair-rounds-set = Rodadas entre pares { $weeks ->
    [one] toda semana
    [many] a cada { $weeks } semanas
   *[other] a cada { $weeks } semanas
}; a primeira em { $next }. /pair peers faz uma agora.
pair-rounds-turned-off = As rodadas entre pares estão desligadas.
pair-rounds-follow-up-set = “Vocês se encontraram?” vai chegar { $days ->
    [one] { $days } dia
    [many] { $days } dias
   *[other] { $days } dias
} depois de cada rodada.
pair-rounds-error-usage = Diga com que frequência: /pair rounds every 2w, /pair rounds every 1w ou /pair rounds off.
pair-rounds-error-weeks = As rodadas acontecem a cada 1 a { $max } semanas, por exemplo /pair rounds every 2w.
pair-rounds-error-days = “Vocês se encontraram?” chega de 1 a { $max } dias depois de uma rodada, por exemplo /pair rounds follow-up 3d.
pair-stats-none = Ainda não houve rodadas entre pares: /pair peers faz uma.
pair-stats-title = <b>Rodadas entre pares</b> ({ $count })
pair-stats-line = • Rodada { $number } ({ $date }): { $groups ->
    [one] { $groups } grupo
    [many] { $groups } grupos
   *[other] { $groups } grupos
}, { $people ->
    [one] { $people } pessoa
    [many] { $people } pessoas
   *[other] { $people } pessoas
}. Se encontraram: sim { $yes }, não { $no }, ainda não { $notYet }, sem resposta { $unanswered }
cmd-avoid-summary = nunca formar par com alguém (no privado; a pessoa não fica sabendo)
cmd-avoid-usage = /avoid [@pessoa] [--remove] [--cohort "Nome"]
avoid-title = <b>Pessoas com quem você nunca forma par</b>
avoid-line = • { $cohort }: { $names }
avoid-none = Você não evita ninguém. /avoid @pessoa, aqui no privado, e nunca colocarei vocês juntos; a pessoa não fica sabendo.
avoid-added = Anotado: nunca vou colocar você com { $who } (em { $cohorts }). A pessoa não fica sabendo.
avoid-removed = { $who } pode formar par com você de novo (em { $cohorts }).
avoid-error-self = Você não pode evitar a si mesmo.
avoid-error-no-shared-cohort = Você não está em nenhuma turma com { $who }.
error-bad-stage = “{ $value }” não é uma etapa. Escolha uma destas: { $stages }.
field-preferences = preferências
profile-stage = Etapa: { $value }
profile-preferences = Preferências para formar pares (só você vê): { $value }
mydata-matching = { "  " }etapa { $stage }; preferências para formar pares { $preferences }; pessoas que você evita: { $avoid }
cmd-pair-settings-summary = ver ou mudar como os mentores são escolhidos: pares sem idioma comum, prazo de resposta
cmd-pair-settings-usage = /pair settings [--bridging yes|no] [--answer-within 72h]
pair-settings = Configurações de pares: pares sem idioma em comum: { $bridging }; os mentores respondem em até { $hours ->
    [one] { $hours } hora
    [many] { $hours } horas
   *[other] { $hours } horas
}.
pair-settings-saved = Salvo. Pares sem idioma em comum: { $bridging }; os mentores respondem em até { $hours ->
    [one] { $hours } hora
    [many] { $hours } horas
   *[other] { $hours } horas
}.
pair-error-answer-within = “{ $value }” não é um prazo de 12h a 14d (como 48h ou 3d).
pair-decline-why = Se quiser, diga o motivo (um toque). Só a coordenação vê; { $mentee } não fica sabendo quem recusou.
button-decline-no-time = Sem tempo agora
button-decline-topics = Não são meus temas
button-decline-other = Outro motivo
pair-decline-noted = Obrigado. Só a coordenação vê seu motivo; { $mentee } não fica sabendo quem recusou.
pair-preview-declined = • { $mentor } recusou { $mentee } ({ $reason ->
    [no-time] sem tempo agora
    [topics] não são seus temas
    [other] outro motivo
   *[none] sem motivo informado
})
mydata-peer-groups = { $count ->
    [0] Você não participou de rodadas entre pares.
    [one] Sua rodada entre pares ({ $count }):
    [many] Suas rodadas entre pares ({ $count }):
   *[other] Suas rodadas entre pares ({ $count }):
}
mydata-peer-group = • { $cohort }, rodada { $round }: com { $others } (vocês se encontraram: { $answer })

# Privacidade: telas só para uma pessoa, comandos privados digitados em grupo, qual turma (docs/privacy.md)
private-view-sent = { $person }, enviei para você no privado.
private-view-link = { $person }, isto é só para você, não para este grupo: <a href="{ $link }">abra um chat privado comigo</a> e eu envio lá.
private-view-write-first = { $person }, isto é só para você, não para este grupo: primeiro me escreva no privado e depois envie { $command } lá.
private-refused = { $command } é privado, então só funciona em um chat privado comigo.
private-refused-deleted = Tirei sua mensagem do grupo.
private-refused-dm = { $person }, escrevi para você no privado: continue lá.
private-refused-link = <a href="{ $link }">Continuar em um chat privado comigo</a>.
private-refused-write-first = Escreva para mim no privado e envie lá.
private-continue = Você tentou { $command } em um grupo. Aqui fica entre nós: { $usage }
private-continue-here = Aqui fica entre nós: { $usage }
start-link-expired = Este link não é mais válido. Envie o comando de novo aqui: ele também funciona no privado.
cohort-choice-ask = Para qual turma é { $command }?
cohort-choice-none = Você não está em nenhuma turma onde possa usar { $command }.
cohort-choice-gone = Essa turma não é mais sua (ou você não faz mais parte da coordenação dela).
cohort-choice-name-it = Você está em várias turmas: diga o nome de uma, como { $command } --cohort "Nome". As suas: { $cohorts }.
error-cohort-not-here = A turma deste grupo é { $name }, não “{ $value }”.
profile-private-hint = Suas preferências para formar pares e seu texto “sobre mim” são privados: envie /profile para mim no privado para vê-los.
pair-ask-privacy = Só a coordenação vê sua resposta e o motivo que você der; { $mentee } não fica sabendo quem recusou.
pair-ask-privacy-group = Ninguém aqui vê qual botão você toca: só a coordenação fica sabendo da sua resposta.
pair-declined-toast-private = Obrigado. Escrevi para você no privado.
pair-declined-toast = Obrigado. Só a coordenação fica sabendo da sua resposta.
pair-no-next-mentor-group = Alguém nesta turma ainda espera um mentor. Coordenação: /pair mentors quando um mentor tiver vaga.
mydata-mentorship-looking = • { $cohort }: estou procurando um mentor para você

## Palavras para valores, e palavras-chave digitadas (docs/localization.md)

field-timezone = fuso horário
field-capacity = capacidade de mentoria
field-wants-mentor = “quer um mentor”
field-stage = etapa
stage-name = { $stage ->
    [newcomer] iniciante
    [contributor] colaborador
    [organizer] organizador
   *[experienced] experiente
}
visibility-name = { $visibility ->
    [me] só você
    [mentor] seu mentor
    [coordinators] a coordenação
   *[cohort] a turma
}
checkin-digest-answer = <i>{ $question }</i> { $answer }
checkin-digest-reflection = • { $name }: { $text }
keyword-skip = pular, passar
keyword-weekly = semanal, semanalmente
keyword-every = cada, toda, todo
keyword-weeks = semanas, semana
keyword-monthly = mensal, mensalmente
keyword-first = primeira, primeiro
keyword-second = segunda, segundo
keyword-third = terceira, terceiro
keyword-fourth = quarta, quarto
keyword-last = última, último
keyword-ignore = a
